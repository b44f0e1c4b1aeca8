// Whether a parsed TOML or JSON value is shaped like a blueprint, so that the editor can
// open it: a table with a name, and the lists and tables of the schema where it has them
// (reference §2). Finer rules are validation's (validation/index.ts). Pure.
import type { Blueprint } from "./blueprint";
import type { Path } from "./objectPath";

export type ShapeExpectation = "table" | "list of tables" | "string";

export interface ShapeError {
    path: Path;
    expected: ShapeExpectation;
}

const TOP_STRINGS = ["name", "description", "version", "distro", "architecture"];
const TOP_LISTS = ["packages", "modules", "groups", "enabled_modules", "containers"];
const CUSTOMIZATION_LISTS = ["sshkey", "user", "group", "filesystem", "directories", "files", "repositories"];
const CUSTOMIZATION_TABLES = [
    "kernel", "timezone", "locale", "firewall", "services", "disk", "fdo", "openscap", "ignition", "installer", "rpm",
    "rhsm", "cacerts", "containers-storage", "firstboot", "dnf", "iso", "sshd", "bootloader",
];

function isTable(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** null and absent are both "not set" (Weldr's JSON can say null) */
function isUnset(value: unknown): boolean {
    return value === undefined || value === null;
}

function listOfTables(value: unknown, path: Path): ShapeError | null {
    if (isUnset(value))
        return null;
    if (!Array.isArray(value))
        return { path, expected: "list of tables" };
    const bad = value.findIndex(item => !isTable(item));
    return bad < 0 ? null : { path: [...path, bad], expected: "table" };
}

/** The first place where value is not shaped like a blueprint, or null when it is one */
export function blueprintShapeError(value: unknown): ShapeError | null {
    if (!isTable(value))
        return { path: [], expected: "table" };
    if (typeof value.name !== "string")
        return { path: ["name"], expected: "string" };
    for (const key of TOP_STRINGS) {
        if (!isUnset(value[key]) && typeof value[key] !== "string")
            return { path: [key], expected: "string" };
    }
    for (const key of TOP_LISTS) {
        const error = listOfTables(value[key], [key]);
        if (error)
            return error;
    }
    const c = value.customizations;
    if (isUnset(c))
        return null;
    if (!isTable(c))
        return { path: ["customizations"], expected: "table" };
    for (const key of CUSTOMIZATION_LISTS) {
        const error = listOfTables(c[key], ["customizations", key]);
        if (error)
            return error;
    }
    for (const key of CUSTOMIZATION_TABLES) {
        if (!isUnset(c[key]) && !isTable(c[key]))
            return { path: ["customizations", key], expected: "table" };
    }
    return null;
}

export function isBlueprint(value: unknown): value is Blueprint {
    return blueprintShapeError(value) === null;
}
