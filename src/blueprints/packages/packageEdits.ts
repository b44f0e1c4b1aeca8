// Edits of a blueprint's package lists that keep everything else: unknown keys of each entry,
// the order, every other field of the blueprint. Pure.
import type { Blueprint } from "../../model/blueprint";

export type PackageListKey = "packages" | "modules";
export type PackageEntry = Record<string, unknown> & { name: string; version?: string };

export function entries(blueprint: Blueprint, key: PackageListKey): PackageEntry[] {
    const list = blueprint[key];
    return Array.isArray(list) ? list as PackageEntry[] : [];
}

/** What the user typed as a modules/list glob: as is when it has * or ?, else *term* */
export function searchGlob(term: string): string | null {
    const t = term.trim();
    if (t === "")
        return null;
    return /[*?]/.test(t) ? t : `*${t}*`;
}

export function isGlob(name: string): boolean {
    return /[*?]/.test(name);
}

export function hasPackage(blueprint: Blueprint, name: string): boolean {
    return entries(blueprint, "packages").some(p => p.name === name) || entries(blueprint, "modules").some(p => p.name === name);
}

export function addPackage(blueprint: Blueprint, name: string, version?: string): Blueprint {
    const entry: PackageEntry = version ? { name, version } : { name };
    return { ...blueprint, packages: [...entries(blueprint, "packages"), entry] };
}

export function removePackage(blueprint: Blueprint, key: PackageListKey, index: number): Blueprint {
    return { ...blueprint, [key]: entries(blueprint, key).filter((_p, i) => i !== index) };
}

/** Sets name or version of one entry; an empty version means any version (the key goes) */
export function setPackageField(blueprint: Blueprint, key: PackageListKey, index: number, field: "name" | "version", value: string): Blueprint {
    const list = entries(blueprint, key).map((p, i) => {
        if (i !== index)
            return p;
        const next: PackageEntry = { ...p, [field]: value };
        if (field === "version" && value === "")
            delete next.version;
        return next;
    });
    return { ...blueprint, [key]: list };
}

function globRegExp(glob: string): RegExp {
    return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

/**
 * Pins the edited blueprint's packages and modules to the versions of a frozen blueprint
 * (blueprints/freeze): exact names get the frozen version, a glob is replaced by the
 * packages it expanded to. Entries freeze does not know are left alone.
 */
export function applyFrozen(blueprint: Blueprint, frozen: Blueprint): Blueprint {
    const pinned = [...entries(frozen, "packages"), ...entries(frozen, "modules")];
    const versionOf = new Map(pinned.map(p => [p.name, p.version]));
    const out: Blueprint = { ...blueprint };
    const taken = new Set([...entries(blueprint, "packages"), ...entries(blueprint, "modules")].filter(p => !isGlob(p.name)).map(p => p.name));
    for (const key of ["packages", "modules"] as const) {
        if (!Array.isArray(blueprint[key]))
            continue;
        out[key] = entries(blueprint, key).flatMap(p => {
            if (isGlob(p.name)) {
                const re = globRegExp(p.name);
                const matches = pinned.filter(f => re.test(f.name) && !taken.has(f.name));
                matches.forEach(m => taken.add(m.name));
                return matches.length > 0 ? matches.map(m => ({ name: m.name, version: m.version })) : [p];
            }
            const version = versionOf.get(p.name);
            return version ? [{ ...p, version }] : [p];
        });
    }
    return out;
}

/** The packages a depsolve error names: from "missing packages: a, b", else any name the text mentions */
export function packagesNamedIn(message: string, names: string[]): Set<string> {
    const found = new Set<string>();
    const missing = /missing packages: ([^\n]*)/.exec(message);
    const listed = missing ? missing[1].split(/,\s*/).map(s => s.trim()) : [];
    for (const name of names) {
        if (name === "")
            continue;
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        const bare = listed.some(l => l === name || l.startsWith(`${name}-`));
        if (bare || (!missing && new RegExp(`(^|[\\s:,'"])${escaped}($|[\\s:,'"-])`).test(message)))
            found.add(name);
    }
    return found;
}
