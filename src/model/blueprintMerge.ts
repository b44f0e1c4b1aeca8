// Three-way merge of blueprints, for saving over a copy that changed on the server since it
// was loaded (composer-cli, another browser): the user's edits (base → mine) are applied to
// the server's copy (theirs) field by field, lists of named things matched by their key, so
// a package the server added and one the user added both survive. Where both changed the
// same field differently, the user's value is taken and the place is listed. Pure.
import type { Blueprint } from "./blueprint";
import { defineKey } from "./blueprintKeyOrder";
import { deepEqual, LIST_KEYS } from "./blueprintDiff";
import type { Path } from "./objectPath";

export interface MergeConflict {
    /** into the merged blueprint (where the user's value now is) */
    path: Path;
    base: unknown;
    mine: unknown;
    theirs: unknown;
}

export interface BlueprintMerge {
    merged: Blueprint;
    /** the fields both sides changed, differently; empty when the merge is clean */
    conflicts: MergeConflict[];
}

function isTable(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function keyOf(item: unknown, field: string): string | null {
    return isTable(item) && typeof item[field] === "string" ? item[field] as string : null;
}

/** The entries of each list by key when all three have distinct keys on every entry */
function keyed(lists: unknown[][], field: string): Map<string, unknown>[] | null {
    const maps: Map<string, unknown>[] = [];
    for (const list of lists) {
        const map = new Map<string, unknown>();
        for (const item of list) {
            const key = keyOf(item, field);
            if (key === null || map.has(key))
                return null;
            map.set(key, item);
        }
        maps.push(map);
    }
    return maps;
}

class Merger {
    readonly conflicts: MergeConflict[] = [];

    value(base: unknown, mine: unknown, theirs: unknown, path: Path, pattern: string): unknown {
        if (deepEqual(mine, base))
            return theirs;
        if (deepEqual(theirs, base) || deepEqual(mine, theirs))
            return mine;
        if (isTable(mine) && isTable(theirs) && (isTable(base) || base === undefined))
            return this.tables(isTable(base) ? base : {}, mine, theirs, path, pattern);
        if (Array.isArray(mine) && Array.isArray(theirs) && (Array.isArray(base) || base === undefined))
            return this.lists(Array.isArray(base) ? base : [], mine, theirs, path, pattern);
        this.conflicts.push({ path, base, mine, theirs });
        return mine;
    }

    private tables(base: Record<string, unknown>, mine: Record<string, unknown>, theirs: Record<string, unknown>, path: Path, pattern: string): Record<string, unknown> {
        const result: Record<string, unknown> = {};
        const keys = [...Object.keys(theirs), ...Object.keys(mine).filter(key => !Object.hasOwn(theirs, key))];
        for (const key of keys) {
            const own = (t: Record<string, unknown>) => Object.hasOwn(t, key) ? t[key] : undefined;
            const value = this.value(own(base), own(mine), own(theirs), [...path, key], pattern === "" ? key : `${pattern}.${key}`);
            if (value !== undefined)
                defineKey(result, key, value);
        }
        return result;
    }

    private lists(base: unknown[], mine: unknown[], theirs: unknown[], path: Path, pattern: string): unknown[] {
        const field = LIST_KEYS[pattern];
        const maps = field ? keyed([base, mine, theirs], field) : null;
        if (maps) {
            const [b, m, t] = maps;
            const order = [...t.keys(), ...[...m.keys()].filter(key => !t.has(key))];
            const result: unknown[] = [];
            for (const key of order) {
                const value = this.value(b.get(key), m.get(key), t.get(key), [...path, result.length], `${pattern}.*`);
                if (value !== undefined)
                    result.push(value);
            }
            return result;
        }
        if ([...base, ...mine, ...theirs].every(item => !isTable(item) && !Array.isArray(item)))
            return this.valueSets(base, mine, theirs);
        this.conflicts.push({ path, base, mine, theirs });
        return mine;
    }

    /** Lists of plain values: theirs, without what the user removed, with what the user added */
    private valueSets(base: unknown[], mine: unknown[], theirs: unknown[]): unknown[] {
        const without = (list: unknown[], remove: unknown[]) => {
            const rest = [...remove];
            return list.filter(item => {
                const i = rest.findIndex(other => deepEqual(other, item));
                if (i < 0)
                    return true;
                rest.splice(i, 1);
                return false;
            });
        };
        const removed = without(base, mine);
        const added = without(mine, base);
        return [...without(theirs, removed), ...added.filter(item => !theirs.some(other => deepEqual(other, item)))];
    }
}

/** theirs with the changes from base to mine applied; conflicts where both changed one field */
export function mergeBlueprints(base: Blueprint, mine: Blueprint, theirs: Blueprint): BlueprintMerge {
    const merger = new Merger();
    const merged = merger.value(base, mine, theirs, [], "") as Blueprint;
    return { merged, conflicts: merger.conflicts };
}
