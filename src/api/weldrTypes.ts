// Weldr reply shapes the plugin reads (reference §1.3, §1.6), with their decoders.
import type { Blueprint } from "../model/blueprint";
import type { WeldrComposeEntry, WeldrQueueStatus } from "../model/compose";
import { DecodeError, type What, array, named, number, optionalNumber, optionalString, record, string } from "./decode";

export interface WeldrStatus {
    api: string;
    build: string;
    backend: string;
    msgs: string[];
}

export function decodeStatus(value: unknown): WeldrStatus {
    const v = record(value, "status");
    return {
        api: String(v.api ?? ""),
        build: typeof v.build === "string" ? v.build : "",
        backend: typeof v.backend === "string" ? v.backend : "",
        msgs: Array.isArray(v.msgs) ? v.msgs.map(String) : [],
    };
}

export interface BlueprintNamesPage {
    total: number;
    offset: number;
    blueprints: string[];
}

export function decodeBlueprintNames(value: unknown): BlueprintNamesPage {
    const v = record(value, "blueprints list");
    return {
        total: number(v.total, "total"),
        offset: number(v.offset, "offset"),
        blueprints: array(v.blueprints, "blueprints").map((b, i) => string(b, `blueprints[${i}]`)),
    };
}

export interface BlueprintInfo {
    blueprint: Blueprint;
    /** a workspace draft exists; the blueprint shown is that draft */
    changed: boolean;
}

export interface BlueprintsInfoReply {
    blueprints: BlueprintInfo[];
    /** names the service did not know (errors[] with HTTP 200) */
    missing: string[];
}

export function decodeBlueprintsInfo(value: unknown): BlueprintsInfoReply {
    const v = record(value, "blueprints info");
    const changed = new Map<string, boolean>();
    for (const c of Array.isArray(v.changes) ? v.changes : []) {
        const change = record(c, "changes[]");
        changed.set(String(change.name), change.changed === true);
    }
    const blueprints = array(v.blueprints, "blueprints").map((b, i) => {
        const bp = record(b, `blueprints[${i}]`);
        const name = string(bp.name, `blueprints[${i}].name`);
        return { blueprint: { ...bp, name } as Blueprint, changed: changed.get(name) ?? false };
    });
    const missing = (Array.isArray(v.errors) ? v.errors : []).flatMap(e => {
        const err = record(e, "errors[]");
        return err.id === "UnknownBlueprint" && typeof err.msg === "string" ? [err.msg.replace(/:.*$/, "")] : [];
    });
    return { blueprints, missing };
}

const QUEUE_STATUSES = new Set(["WAITING", "RUNNING", "FINISHED", "FAILED"]);

export function decodeComposeEntry(value: unknown, what: What): WeldrComposeEntry {
    const v = record(value, what);
    const status = string(v.queue_status, what, "queue_status");
    if (!QUEUE_STATUSES.has(status))
        throw new DecodeError(`${named(what, "queue_status")} is "${status}"`);
    return {
        id: string(v.id, what, "id"),
        blueprint: string(v.blueprint, what, "blueprint"),
        version: optionalString(v.version, what, "version") ?? "",
        compose_type: string(v.compose_type, what, "compose_type"),
        image_size: optionalNumber(v.image_size, what, "image_size") ?? 0,
        queue_status: status as WeldrQueueStatus,
        job_created: number(v.job_created, what, "job_created"),
        job_started: optionalNumber(v.job_started, what, "job_started"),
        job_finished: optionalNumber(v.job_finished, what, "job_finished"),
        uploads: Array.isArray(v.uploads)
            ? v.uploads.map((u, i) => {
                const up = record(u, () => `${named(what, "uploads")}[${i}]`);
                return {
                    uuid: String(up.uuid ?? ""),
                    provider_name: String(up.provider_name ?? ""),
                    image_name: String(up.image_name ?? ""),
                    status: String(up.status ?? ""),
                };
            })
            : undefined,
    };
}

/** `{<key>: [ComposeEntry]}` as compose/finished, compose/failed and (twice) compose/queue send it */
export function decodeComposeLists(value: unknown, keys: string[]): WeldrComposeEntry[] {
    const v = record(value, "compose list");
    return keys.flatMap(key => array(v[key], key).map((e, i) => decodeComposeEntry(e, () => `${key}[${i}]`)));
}

export function decodeStatusOk(value: unknown): true {
    const v = record(value, "reply");
    if (v.status !== true)
        throw new DecodeError("status is not true");
    return true;
}
