// What changed between two blueprints (any two commits), field by field: lists of named
// things are matched by their name, mountpoint, path or id, so reordering them is no
// change; plus the line diff of their TOML texts. Pure.
import type { Blueprint } from "./blueprint";
import { blueprintToToml } from "./blueprintText";
import { diffLines, type DiffLine } from "./lineDiff";
import type { Path } from "./objectPath";

export interface BlueprintChange {
    /** into the newer blueprint for "added" and "changed", into the older one for "removed" */
    path: Path;
    /** readable location, list entries by their key: customizations.user[admin].uid */
    where: string;
    kind: "added" | "removed" | "changed";
    before?: unknown;
    after?: unknown;
}

/** The key that identifies an entry of each list of named things (patterns use * for indices) */
export const LIST_KEYS: Readonly<Record<string, string>> = {
    "packages": "name",
    "modules": "name",
    "groups": "name",
    "enabled_modules": "name",
    "containers": "source",
    "customizations.sshkey": "user",
    "customizations.user": "name",
    "customizations.group": "name",
    "customizations.filesystem": "mountpoint",
    "customizations.directories": "path",
    "customizations.files": "path",
    "customizations.repositories": "id",
    "customizations.firewall.zones": "name",
    "customizations.disk.partitions.*.logical_volumes": "name",
    "customizations.disk.partitions.*.subvolumes": "name",
    "customizations.firstboot.scripts": "name",
};

/** Lists of plain values whose order means something; the others are compared as sets */
const ORDERED_LISTS = new Set(["customizations.locale.languages", "customizations.bootloader.grub2.terminal_input", "customizations.bootloader.grub2.terminal_output"]);

function isTable(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function deepEqual(a: unknown, b: unknown): boolean {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => deepEqual(item, b[i]));
    if (isTable(a) && isTable(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every(key => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
    }
    return typeof a === "number" && typeof b === "number" && Number.isNaN(a) && Number.isNaN(b);
}

interface Where {
    oldPath: Path;
    newPath: Path;
    text: string;
    pattern: string;
}

function child(where: Where, oldKey: string | number, newKey: string | number, label: string): Where {
    const isIndex = typeof oldKey === "number";
    return {
        oldPath: [...where.oldPath, oldKey],
        newPath: [...where.newPath, newKey],
        text: isIndex ? `${where.text}[${label}]` : where.text === "" ? label : `${where.text}.${label}`,
        pattern: isIndex ? `${where.pattern}.*` : where.pattern === "" ? label : `${where.pattern}.${label}`,
    };
}

/** The key of each entry when every entry is a table with a distinct text key, else null */
function entryKeys(list: unknown[], keyField: string): string[] | null {
    const keys = list.map(item => isTable(item) && typeof item[keyField] === "string" ? item[keyField] as string : null);
    if (keys.some(key => key === null) || new Set(keys).size !== keys.length)
        return null;
    return keys as string[];
}

function diffKeyedLists(a: unknown[], b: unknown[], keysA: string[], keysB: string[], where: Where, out: BlueprintChange[]): void {
    const indexInB = new Map(keysB.map((key, j) => [key, j]));
    const inA = new Set(keysA);
    keysA.forEach((key, i) => {
        const j = indexInB.get(key);
        if (j === undefined)
            out.push({ path: [...where.oldPath, i], where: `${where.text}[${key}]`, kind: "removed", before: a[i] });
        else
            diffValues(a[i], b[j], child(where, i, j, key), out);
    });
    keysB.forEach((key, j) => {
        if (!inA.has(key))
            out.push({ path: [...where.newPath, j], where: `${where.text}[${key}]`, kind: "added", after: b[j] });
    });
}

/** Lists of plain values as sets: what is only in one of them */
function diffValueSets(a: unknown[], b: unknown[], where: Where, out: BlueprintChange[]): void {
    const remaining = [...b];
    const removed: [unknown, number][] = [];
    a.forEach((item, i) => {
        const j = remaining.findIndex(other => deepEqual(other, item));
        if (j < 0)
            removed.push([item, i]);
        else
            remaining.splice(j, 1);
    });
    for (const [item, i] of removed)
        out.push({ path: [...where.oldPath, i], where: `${where.text}[${String(item)}]`, kind: "removed", before: item });
    b.forEach((item, j) => {
        const k = remaining.findIndex(other => other === item || deepEqual(other, item));
        if (k >= 0) {
            remaining.splice(k, 1);
            out.push({ path: [...where.newPath, j], where: `${where.text}[${String(item)}]`, kind: "added", after: item });
        }
    });
}

function diffLists(a: unknown[], b: unknown[], where: Where, out: BlueprintChange[]): void {
    const keyField = LIST_KEYS[where.pattern];
    const keysA = keyField ? entryKeys(a, keyField) : null;
    const keysB = keyField ? entryKeys(b, keyField) : null;
    if (keysA && keysB) {
        diffKeyedLists(a, b, keysA, keysB, where, out);
        return;
    }
    const plain = [...a, ...b].every(item => !isTable(item) && !Array.isArray(item));
    if (plain && !ORDERED_LISTS.has(where.pattern)) {
        diffValueSets(a, b, where, out);
        return;
    }
    if (plain && a.length !== b.length) {
        out.push({ path: where.newPath, where: where.text, kind: "changed", before: a, after: b });
        return;
    }
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const at = child(where, i, i, String(i));
        if (i >= b.length)
            out.push({ path: at.oldPath, where: at.text, kind: "removed", before: a[i] });
        else if (i >= a.length)
            out.push({ path: at.newPath, where: at.text, kind: "added", after: b[i] });
        else
            diffValues(a[i], b[i], at, out);
    }
}

function diffValues(a: unknown, b: unknown, where: Where, out: BlueprintChange[]): void {
    if (deepEqual(a, b))
        return;
    if (isTable(a) && isTable(b)) {
        for (const key of Object.keys(a)) {
            const at = child(where, key, key, key);
            if (!Object.hasOwn(b, key))
                out.push({ path: at.oldPath, where: at.text, kind: "removed", before: a[key] });
            else
                diffValues(a[key], b[key], at, out);
        }
        for (const key of Object.keys(b)) {
            if (!Object.hasOwn(a, key)) {
                const at = child(where, key, key, key);
                out.push({ path: at.newPath, where: at.text, kind: "added", after: b[key] });
            }
        }
        return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        diffLists(a, b, where, out);
        return;
    }
    out.push({ path: where.newPath, where: where.text, kind: "changed", before: a, after: b });
}

/** Every difference between two blueprints, in the order of their fields */
export function diffBlueprints(before: Blueprint, after: Blueprint): BlueprintChange[] {
    const out: BlueprintChange[] = [];
    diffValues(before, after, { oldPath: [], newPath: [], text: "", pattern: "" }, out);
    return out;
}

/** The two blueprints' TOML texts compared line by line (for a line view or side by side) */
export function blueprintTomlDiff(before: Blueprint, after: Blueprint): DiffLine[] {
    return diffLines(blueprintToToml(before), blueprintToToml(after));
}
