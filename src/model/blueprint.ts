// The Weldr blueprint as the plugin sees it: a plain object whose known fields are typed
// and whose unknown fields are kept as they are (reference §2). Pure.

export interface PackageSpec {
    name: string;
    version?: string;
}

export interface Blueprint {
    name: string;
    description?: string;
    version?: string;
    distro?: string;
    architecture?: string;
    packages?: PackageSpec[];
    modules?: PackageSpec[];
    groups?: { name: string }[];
    enabled_modules?: { name: string; stream?: string }[];
    containers?: Record<string, unknown>[];
    customizations?: Record<string, unknown>;
    [key: string]: unknown;
}

export const BLUEPRINT_NAME_PATTERN = /^[a-zA-Z0-9._-]+$/;

export type BlueprintNameProblem = "empty" | "invalid-characters" | "duplicate" | "too-long";

/** Why a name cannot be used for a new blueprint, or null when it can */
export function blueprintNameProblem(name: string, existing: Iterable<string> = []): BlueprintNameProblem | null {
    if (name.length === 0)
        return "empty";
    if (!BLUEPRINT_NAME_PATTERN.test(name))
        return "invalid-characters";
    // composer stores each blueprint as <name>.toml in a git tree; keep it a sane file name
    if (name.length > 200)
        return "too-long";
    for (const other of existing) {
        if (other === name)
            return "duplicate";
    }
    return null;
}

/** Packages and modules are both installed packages (modules is the legacy name) */
export function packageCount(blueprint: Blueprint): number {
    return (blueprint.packages?.length ?? 0) + (blueprint.modules?.length ?? 0);
}

/** A new, empty blueprint as `blueprints/new` expects it */
export function newBlueprint(name: string, description: string): Blueprint {
    return {
        name,
        description,
        version: "0.0.1",
        packages: [],
        modules: [],
        groups: [],
    };
}
