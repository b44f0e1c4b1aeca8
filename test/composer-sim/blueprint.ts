// Blueprints as osbuild-composer's Weldr store treats them: decoding (JSON/TOML)
// with Go-like type errors, Initialize() defaults, password hashing, version
// bumps and the field order Go's encoder writes. Unknown keys are kept.

import { parse as parseToml } from "smol-toml";

import { cryptSHA512, isCrypted } from "./crypt";
import type { Blueprint } from "./model";

export type Result<T> = { ok: T; error?: undefined } | { ok?: undefined; error: string };

export function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function deepCopy<T>(v: T): T {
    return JSON.parse(JSON.stringify(v)) as T;
}

/** Go's name for a JSON value's kind in "cannot unmarshal X into …" messages. */
function goKind(v: unknown): string {
    if (Array.isArray(v))
        return "array";
    if (v === null)
        return "null";
    if (typeof v === "object")
        return "object";
    return typeof v === "boolean" ? "bool" : typeof v;
}

const FIELD_TYPES: Record<string, { kind: "string" | "array" | "object" | "bool"; go: string }> = {
    name: { kind: "string", go: "string" },
    description: { kind: "string", go: "string" },
    version: { kind: "string", go: "string" },
    packages: { kind: "array", go: "[]blueprint.Package" },
    modules: { kind: "array", go: "[]blueprint.Package" },
    enabled_modules: { kind: "array", go: "[]blueprint.EnabledModule" },
    groups: { kind: "array", go: "[]blueprint.Group" },
    containers: { kind: "array", go: "[]blueprint.Container" },
    customizations: { kind: "object", go: "blueprint.Customizations" },
    distro: { kind: "string", go: "string" },
    architecture: { kind: "string", go: "string" },
    minimal: { kind: "bool", go: "bool" },
};

const ORDER = ["name", "description", "version", "packages", "modules", "enabled_modules", "groups",
    "containers", "customizations", "distro", "architecture", "minimal"];

function matchesKind(v: unknown, kind: string): boolean {
    if (v === null)
        return true; // Go leaves the zero value for null
    switch (kind) {
    case "string": return typeof v === "string";
    case "array": return Array.isArray(v);
    case "object": return isRecord(v);
    default: return typeof v === "boolean";
    }
}

/**
 * Checks the known top-level fields of a decoded blueprint the way Go's decoder
 * would fail on them; keys are matched case-insensitively, as encoding/json does.
 */
export function checkBlueprintShape(raw: unknown, format: "json" | "toml"): Result<Blueprint> {
    if (!isRecord(raw)) {
        return { error: format === "json"
            ? `json: cannot unmarshal ${goKind(raw)} into Go value of type blueprint.Blueprint`
            : "toml: cannot decode into blueprint.Blueprint" };
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
        const known = format === "json" ? ORDER.find(k => k === key.toLowerCase()) ?? key : key;
        out[known in out ? key : known] = value;
    }
    for (const [key, spec] of Object.entries(FIELD_TYPES)) {
        const v = out[key];
        if (v === undefined)
            continue;
        if (!matchesKind(v, spec.kind)) {
            return { error: format === "json"
                ? `json: cannot unmarshal ${goKind(v)} into Go struct field Blueprint.${key} of type ${spec.go}`
                : `toml: line 1: incompatible types: TOML value has type ${goKind(v)}; destination has type ${spec.go}` };
        }
        if (v === null)
            delete out[key];
    }
    for (const list of ["packages", "modules", "groups", "enabled_modules"]) {
        const items = out[list];
        if (!Array.isArray(items))
            continue;
        for (const item of items) {
            if (!isRecord(item) || (item.name !== undefined && typeof item.name !== "string") ||
                (item.version !== undefined && typeof item.version !== "string")) {
                return { error: format === "json"
                    ? `json: cannot unmarshal ${goKind(isRecord(item) ? item.name : item)} into Go struct field Blueprint.${list} of type ${FIELD_TYPES[list].go.replace("[]", "")}`
                    : `toml: incompatible types in ${list}` };
            }
        }
    }
    if (typeof out.name !== "string")
        out.name = "";
    return { ok: out as Blueprint };
}

/** Go-like text for a JSON syntax error. */
function jsonSyntaxError(text: string, err: unknown): string {
    if (text.trim() === "")
        return "EOF";
    const msg = err instanceof Error ? err.message : String(err);
    if (/end of (JSON|data)|Unterminated/i.test(msg))
        return "unexpected EOF";
    const m = /position (\d+)/.exec(msg);
    if (m && Number(m[1]) >= text.trimEnd().length)
        return "unexpected EOF";
    const ch = m ? text[Number(m[1])] : text.trim()[0];
    return `invalid character '${ch ?? "?"}' looking for beginning of value`;
}

/** Decodes a request body as a JSON or TOML blueprint; errors are Go-worded. */
export function decodeBlueprint(body: Buffer, contentType: string): Result<Blueprint> {
    const text = body.toString("utf8");
    if (contentType === "application/json") {
        let raw: unknown;
        try {
            raw = JSON.parse(text);
        } catch (err) {
            return { error: jsonSyntaxError(text, err) };
        }
        return checkBlueprintShape(raw, "json");
    }
    if (contentType === "text/x-toml") {
        let raw: unknown;
        try {
            raw = parseToml(text);
        } catch (err) {
            const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
            return { error: `toml: ${msg}` };
        }
        return checkBlueprintShape(raw, "toml");
    }
    return { error: "blueprint must be in json or toml format" };
}

/** go-semver's parser, returning its error text. */
export function semverError(version: string): string | undefined {
    let v = version;
    const plus = v.indexOf("+");
    const meta = plus >= 0 ? v.slice(plus + 1) : "";
    if (plus >= 0)
        v = v.slice(0, plus);
    const dash = v.indexOf("-");
    const pre = dash >= 0 ? v.slice(dash + 1) : "";
    if (dash >= 0)
        v = v.slice(0, dash);
    const parts = v.split(".");
    if (parts.length < 3)
        return `${v} is not in dotted-tri format`;
    const fields = [parts[0], parts[1], parts.slice(2).join(".")];
    for (const [label, value] of [["pre-release", pre], ["metadata", meta]]) {
        if (value !== "" && !/^[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*$/.test(value))
            return `failed to validate ${label}: ${value} is not a valid semver identifier`;
    }
    for (const f of fields) {
        if (!/^[+-]?\d+$/.test(f))
            return `strconv.ParseInt: parsing ${JSON.stringify(f)}: invalid syntax`;
    }
    return undefined;
}

/** go-semver BumpPatch (+ String()); an invalid old version leaves `fallback`. */
export function bumpPatch(old: string, fallback: string): string {
    if (semverError(old) !== undefined)
        return fallback;
    const core = old.split(/[-+]/)[0].split(".").map(Number);
    return `${core[0]}.${core[1]}.${core[2] + 1}`;
}

/** Replaces plain-text user passwords by SHA-512 crypt hashes; empty ones are removed. */
function cryptPasswords(bp: Blueprint): void {
    const c = bp.customizations;
    if (!isRecord(c) || !Array.isArray(c.user))
        return;
    for (const user of c.user) {
        if (!isRecord(user) || typeof user.password !== "string")
            continue;
        if (user.password === "")
            delete user.password;
        else if (!isCrypted(user.password))
            user.password = cryptSHA512(user.password);
    }
}

/** `Blueprint.Initialize()`: defaults, semver check, password hashing, package names. */
export function initializeBlueprint(input: Blueprint): Result<Blueprint> {
    const bp = deepCopy(input);
    if (!bp.name)
        return { error: "empty blueprint name not allowed" };
    for (const list of ["packages", "modules", "enabled_modules", "groups", "containers"]) {
        if (!Array.isArray(bp[list]))
            bp[list] = [];
    }
    if (!bp.version)
        bp.version = "0.0.0";
    const verr = semverError(bp.version);
    if (verr !== undefined)
        return { error: `Invalid 'version', must use Semantic Versioning: ${verr}` };
    cryptPasswords(bp);
    const packages = bp.packages as unknown[];
    for (let i = 0; i < packages.length; i++) {
        const pkg = packages[i];
        if (isRecord(pkg) && !pkg.name) {
            const detail = pkg.version ? `Entry #${i + 1} has version '${String(pkg.version)}' but no name.` : `Entry #${i + 1} has no name.`;
            return { error: `All package entries need to contain the name of the package. ${detail}` };
        }
    }
    return { ok: normalizeBlueprint(bp) };
}

/** The blueprint with Go's field order and omitempty rules (unknown keys follow). */
export function normalizeBlueprint(bp: Blueprint): Blueprint {
    const out: Record<string, unknown> = {
        name: bp.name,
        description: typeof bp.description === "string" ? bp.description : "",
    };
    if (bp.version)
        out.version = bp.version;
    for (const list of ["packages", "modules", "enabled_modules", "groups"])
        out[list] = Array.isArray(bp[list]) ? bp[list] : null;
    if (Array.isArray(bp.containers) && bp.containers.length > 0)
        out.containers = bp.containers;
    if (isRecord(bp.customizations))
        out.customizations = bp.customizations;
    out.distro = typeof bp.distro === "string" ? bp.distro : "";
    if (typeof bp.architecture === "string" && bp.architecture !== "")
        out.architecture = bp.architecture;
    if (bp.minimal === true)
        out.minimal = true;
    for (const [key, value] of Object.entries(bp)) {
        if (!ORDER.includes(key) && value !== undefined)
            out[key] = value;
    }
    return out as Blueprint;
}

export interface PackageRef {
    name: string;
    version?: string;
}

/** packages (or modules) of a blueprint as {name, version}. */
export function packageList(bp: Record<string, unknown>, key = "packages"): PackageRef[] {
    const list = bp[key];
    if (!Array.isArray(list))
        return [];
    return list.filter(isRecord).map(p => ({
        name: typeof p.name === "string" ? p.name : "",
        ...(typeof p.version === "string" && p.version !== "" ? { version: p.version } : {}),
    }));
}

const SIZE_UNITS: Record<string, number> = {
    B: 1, kB: 1000, KiB: 1024, MB: 1000 ** 2, MiB: 1024 ** 2, GB: 1000 ** 3, GiB: 1024 ** 3, TB: 1000 ** 4, TiB: 1024 ** 4,
};

/** A blueprint size: bytes as a number, or a string with units ("2 GiB"). */
export function parseSize(v: unknown): number {
    if (typeof v === "number")
        return v;
    if (typeof v !== "string")
        return 0;
    const m = /^\s*(\d+)\s*([A-Za-z]*)\s*$/.exec(v);
    if (!m)
        return 0;
    return Number(m[1]) * (SIZE_UNITS[m[2] || "B"] ?? 0);
}

/** `GetFilesystemsMinSize`: sum of filesystem minsizes, rounded up to 512. */
export function filesystemsMinSize(bp: Record<string, unknown>): number {
    const c = bp.customizations;
    if (!isRecord(c) || !Array.isArray(c.filesystem))
        return 0;
    let total = 0;
    for (const fs of c.filesystem) {
        if (isRecord(fs))
            total += parseSize(fs.minsize ?? fs.size);
    }
    return total % 512 === 0 ? total : (Math.floor(total / 512) + 1) * 512;
}
