// Koji composes started from this plugin: the service never gives back a Koji compose's hub or
// task id (reference §3.3), so the plugin keeps them itself, per user, in
// `~/.local/share/cockpit-foundry/koji-composes.json` on the host (through cockpit.file). Other
// users of the host do not see them; for those composes the task is looked up in Koji.
import type { FileState } from "./userJsonFile";
import { jsonFileStore } from "./userJsonFile";
import { kojiId } from "../model/kojiLinks";

export const KOJI_COMPOSES_FILE = ".local/share/cockpit-foundry/koji-composes.json";

export interface KojiComposeRecord {
    composeId: string;
    /** the Koji hub URL the compose was sent to */
    hub: string;
    taskId: number;
    name?: string;
    version?: string;
    release?: string;
    /** ISO time it was remembered */
    created?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

const optional = (value: unknown): string | undefined => typeof value === "string" ? value : undefined;

export function decodeKojiComposes(whole: Record<string, unknown>): Record<string, KojiComposeRecord> {
    const out: Record<string, KojiComposeRecord> = {};
    const composes = isRecord(whole.composes) ? whole.composes : {};
    for (const [composeId, entry] of Object.entries(composes)) {
        if (!isRecord(entry) || typeof entry.hub !== "string")
            continue;
        const taskId = kojiId(entry.taskId);
        if (taskId === null)
            continue;
        const record: KojiComposeRecord = { composeId, hub: entry.hub, taskId };
        for (const key of ["name", "version", "release", "created"] as const) {
            const text = optional(entry[key]);
            if (text !== undefined)
                record[key] = text;
        }
        out[composeId] = record;
    }
    return out;
}

const store = jsonFileStore(KOJI_COMPOSES_FILE, decodeKojiComposes);

/** Every remembered Koji compose of this user, by compose id (value undefined while being read). */
export function useKojiComposes(): FileState<Record<string, KojiComposeRecord>> {
    return store.useFile();
}

/** The remembered hub and task of one compose, if this user started it from the plugin. */
export function useKojiCompose(composeId: string | undefined): KojiComposeRecord | undefined {
    const { value } = store.useFile();
    return composeId !== undefined && value && Object.hasOwn(value, composeId) ? value[composeId] : undefined;
}

/**
 * Keeps the hub and task id of a Koji compose this plugin started. Resolves to an error
 * message, or null when written.
 */
export function rememberKojiCompose(record: KojiComposeRecord): Promise<string | null> {
    return store.update(whole => {
        const composes = isRecord(whole.composes) ? { ...whole.composes } : {};
        const { composeId, ...rest } = record;
        composes[composeId] = { ...rest, created: record.created ?? new Date().toISOString() };
        return { ...whole, composes };
    });
}
