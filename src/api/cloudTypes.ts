// Cloud API reply shapes the plugin reads (reference §3.3), with their decoders. Names for error
// messages are made only when something is wrong (the list holds thousands of composes).
import type { CloudComposeStatus, CloudImageStatus, CloudUploadStatus } from "../model/compose";
import { type What, array, named, number, record, string } from "./decode";

const at = (what: What, field: string): What => () => named(what, field);

function decodeUpload(value: unknown, what: What): CloudUploadStatus {
    const v = record(value, what);
    return {
        type: string(v.type, what, "type"),
        status: string(v.status, what, "status"),
        options: v.options === undefined ? undefined : record(v.options, what, "options"),
    };
}

function decodeImageStatus(value: unknown, what: What): CloudImageStatus {
    const v = record(value, what);
    const status: CloudImageStatus = { status: string(v.status, what, "status") };
    if (v.progress !== undefined) {
        const p = record(v.progress, what, "progress");
        status.progress = { done: number(p.done, "progress.done"), total: number(p.total, "progress.total") };
        if (p.subprogress !== undefined && p.subprogress !== null) {
            const sp = record(p.subprogress, at(what, "progress"), "subprogress");
            status.progress.subprogress = { done: number(sp.done, "subprogress.done"), total: number(sp.total, "subprogress.total") };
        }
    }
    if (v.error !== undefined) {
        const e = record(v.error, what, "error");
        status.error = { id: Number(e.id), reason: String(e.reason ?? ""), details: e.details };
    }
    if (v.upload_status !== undefined)
        status.upload_status = decodeUpload(v.upload_status, at(what, "upload_status"));
    if (v.upload_statuses !== undefined)
        status.upload_statuses = array(v.upload_statuses, what, "upload_statuses").map((u, i) => decodeUpload(u, () => `${named(what, "upload_statuses")}[${i}]`));
    return status;
}

export function decodeComposeStatus(value: unknown, what: What = "compose status"): CloudComposeStatus {
    const v = record(value, what);
    const status: CloudComposeStatus = {
        id: string(v.id, what, "id"),
        kind: typeof v.kind === "string" ? v.kind : undefined,
        status: string(v.status, what, "status"),
        image_status: decodeImageStatus(v.image_status, at(what, "image_status")),
    };
    if (v.image_statuses !== undefined)
        status.image_statuses = array(v.image_statuses, what, "image_statuses").map((s, i) => decodeImageStatus(s, () => `${named(what, "image_statuses")}[${i}]`));
    if (v.koji_status !== undefined) {
        const k = record(v.koji_status, what, "koji_status");
        status.koji_status = typeof k.build_id === "number" ? { build_id: k.build_id } : {};
    }
    return status;
}

/** `GET /composes/` answers a bare array (reference §3.3), not the spec's ComposeList */
export function decodeComposeList(value: unknown): CloudComposeStatus[] {
    return array(value, "composes").map((c, i) => decodeComposeStatus(c, () => `composes[${i}]`));
}
