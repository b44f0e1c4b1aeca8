// Weldr blueprint history replies (reference §1.3: blueprints/changes, blueprints/change).
import type { Blueprint } from "../model/blueprint";
import { array, number, optionalNumber, record, string } from "./decode";

export interface BlueprintChange {
    commit: string;
    message: string;
    /** "2006-01-02T15:04:05Z" */
    timestamp: string;
    /** set by blueprints/tag; null when untagged */
    revision: number | null;
}

export interface BlueprintChanges {
    name: string;
    /** newest first */
    changes: BlueprintChange[];
    total: number;
}

export function decodeChange(value: unknown, what: string): BlueprintChange {
    const v = record(value, what);
    return {
        commit: string(v.commit, `${what}.commit`),
        message: typeof v.message === "string" ? v.message : "",
        timestamp: typeof v.timestamp === "string" ? v.timestamp : "",
        revision: optionalNumber(v.revision, `${what}.revision`) ?? null,
    };
}

/** `{blueprints:[{name, changes, total}], errors}`: the entry of `name`, or null when composer does not know it */
export function decodeBlueprintChanges(value: unknown, name: string): BlueprintChanges | null {
    const v = record(value, "blueprints changes");
    const entries = array(v.blueprints, "blueprints").map((b, i) => {
        const entry = record(b, `blueprints[${i}]`);
        const changes = array(entry.changes, `blueprints[${i}].changes`).map((c, j) => decodeChange(c, `blueprints[${i}].changes[${j}]`));
        return {
            name: string(entry.name, `blueprints[${i}].name`),
            changes,
            total: entry.total === undefined ? changes.length : number(entry.total, `blueprints[${i}].total`),
        };
    });
    return entries.find(e => e.name === name) ?? null;
}

/** blueprints/change answers the bare blueprint */
export function decodeCommitBlueprint(value: unknown): Blueprint {
    const v = record(value, "blueprint");
    return { ...v, name: string(v.name, "blueprint.name") } as Blueprint;
}
