// Weldr compose handlers: start (POST /compose), queue, finished, failed,
// status, info, cancel, delete. Only composes made through Weldr are listed.

import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { deepCopy, filesystemsMinSize, isRecord } from "./blueprint";
import { allTypesFor, artifactInfo, canonicalType, imageSize, isDenied, isValidDistro } from "./imageTypes";
import type { ComposeRecord, QueueStatus, SimReply, SimState } from "./model";
import { committedBlueprint } from "./state";
import { blueprintRequests } from "./weldr-blueprints";
import { depsolve, DepsolveError } from "./packages";
import {
    error400, errorReply, invalidChars, jsonReply, notFound, validNames, type ApiError, type WeldrCall,
} from "./weldr-http";
import { ciGet, decodeUpload, storedUpload, uploadResponses } from "./weldr-upload";
import { nowSeconds } from "./worker";

/** Go's float of time.Time{}.UnixNano(): what a never-started job reports as job_started. */
const GO_ZERO_TIME = -6795364578.871345;

/** uuid.Parse: canonical, braced, urn:uuid: or 32 hex digits → canonical lowercase; undefined if invalid. */
export function parseUUID(s: string): string | undefined {
    let hex = s;
    if (/^urn:uuid:/i.test(hex))
        hex = hex.slice(9);
    else if (hex.length === 38 && hex.startsWith("{") && hex.endsWith("}"))
        hex = hex.slice(1, -1);
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(hex))
        return hex.toLowerCase();
    if (/^[0-9a-f]{32}$/i.test(hex)) {
        const h = hex.toLowerCase();
        return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    }
    return undefined;
}

export function weldrCompose(state: SimState, id: string): ComposeRecord | undefined {
    const c = state.composes[id];
    return c?.api === "weldr" ? c : undefined;
}

function weldrComposes(state: SimState): ComposeRecord[] {
    return Object.values(state.composes).filter(c => c.api === "weldr").sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** ComposeEntry JSON, as composeToComposeEntry builds it. */
export function composeEntry(c: ComposeRecord, version: number): Record<string, unknown> {
    const image = c.images[0];
    const entry: Record<string, unknown> = {
        id: c.id,
        blueprint: c.blueprintName,
        version: c.blueprintVersion,
        compose_type: image.imageType,
        image_size: c.state === "FINISHED" ? image.size : 0,
        queue_status: c.state,
        job_created: c.created,
    };
    if (c.state !== "WAITING")
        entry.job_started = c.started ?? GO_ZERO_TIME;
    if (c.state === "FINISHED" || c.state === "FAILED")
        entry.job_finished = c.finished ?? GO_ZERO_TIME;
    const uploads = version >= 1 ? uploadResponses(c.upload, c.state) : [];
    if (uploads.length)
        entry.uploads = uploads;
    return entry;
}

interface ComposeRequest {
    blueprintName: string;
    composeType: string;
    size: number;
    upload?: unknown;
}

/** Decodes the body like Go's json.Decoder into the request struct; undefined = decode error. */
function decodeComposeRequest(body: Buffer): ComposeRequest | undefined {
    let raw: unknown;
    try {
        raw = JSON.parse(body.toString("utf8"));
    } catch {
        return undefined;
    }
    if (!isRecord(raw))
        return undefined;
    const name = ciGet(raw, "blueprint_name") ?? "";
    const type = ciGet(raw, "compose_type") ?? "";
    const size = ciGet(raw, "size") ?? 0;
    const branch = ciGet(raw, "branch") ?? "";
    const ostree = ciGet(raw, "ostree") ?? null;
    const upload = ciGet(raw, "upload") ?? null;
    if (typeof name !== "string" || typeof type !== "string" || typeof branch !== "string")
        return undefined;
    if (typeof size !== "number" || !Number.isInteger(size) || size < 0)
        return undefined;
    if (ostree !== null && !isRecord(ostree))
        return undefined;
    if (upload !== null && decodeUpload(upload) === undefined)
        return undefined;
    return { blueprintName: name, composeType: type, size, upload: upload ?? undefined };
}

const PARTITIONING_MODES = ["", "auto-lvm", "lvm", "raw"];

export function composeStart(call: WeldrCall): SimReply {
    const { ctx } = call;
    const types = call.req.headers["content-type"];
    if (typeof types !== "string" || types !== "application/json")
        return error400("MissingPost", "blueprint must be json");
    const cr = decodeComposeRequest(call.req.body);
    if (!cr)
        return notFound();
    if (!validNames([cr.blueprintName]))
        return invalidChars();
    const bp = committedBlueprint(ctx.state.blueprints[cr.blueprintName]);
    if (!bp)
        return error400("UnknownBlueprint", `Unknown blueprint name: ${cr.blueprintName}`);
    const distro = typeof bp.distro === "string" && bp.distro ? bp.distro : ctx.hostDistro;
    const arch = typeof bp.architecture === "string" && bp.architecture ? bp.architecture : ctx.hostArch;
    if (!isValidDistro(distro, arch))
        return error400("DistroError", `Unknown distribution: ${distro} for arch ${arch}`);
    const typeError = (why: string): SimReply =>
        error400("ComposeError", `Failed to get compose type ${JSON.stringify(cr.composeType)}: ${why}`);
    if (isDenied(distro, cr.composeType))
        return typeError(`image type ${JSON.stringify(cr.composeType)} for distro ${JSON.stringify(distro)} is denied by configuration`);
    const imageType = canonicalType(distro, cr.composeType);
    if (!imageType || !allTypesFor(distro, arch).includes(imageType))
        return typeError(`invalid image type: ${cr.composeType}`);

    const minSize = filesystemsMinSize(bp);
    const size = imageSize(imageType, minSize > 0 && minSize > cr.size ? minSize : cr.size);
    const c = isRecord(bp.customizations) ? bp.customizations : {};
    const mode = typeof c.partitioning_mode === "string" ? c.partitioning_mode : "";
    if (!PARTITIONING_MODES.includes(mode))
        return error400("BlueprintsError", `invalid partitioning mode '${mode}'`);
    let packages;
    try {
        packages = depsolve(distro, arch, blueprintRequests(bp));
    } catch (err) {
        if (err instanceof DepsolveError)
            return errorReply(500, { id: "DepsolveError", msg: err.message });
        throw err;
    }
    if (!(ctx.workerArches ?? [ctx.hostArch]).includes(arch))
        return error400("ComposePushErrored", `No worker for arch '${arch}'  available`);

    const now = nowSeconds(ctx);
    const info = artifactInfo(imageType);
    const upload = call.version >= 1 && cr.upload !== undefined ? decodeUpload(cr.upload) : undefined;
    const record: ComposeRecord = {
        id: randomUUID(),
        api: "weldr",
        blueprintName: bp.name,
        blueprintVersion: bp.version,
        blueprint: deepCopy(bp),
        distro,
        images: [{ imageType, arch, size, targets: [{ type: "local", upload_options: {} }], filename: info.filename, mimeType: info.mimeType }],
        state: "WAITING",
        created: now,
        log: "",
        packages,
        ...(upload ? { upload: storedUpload(upload, now) } : {}),
    };
    const test = call.req.query.get("test");
    if (test === "1" || test === "2") {
        record.state = test === "2" ? "FINISHED" : "FAILED";
        record.started = now;
        record.finished = now;
    }
    ctx.state.composes[record.id] = record;
    ctx.save();
    ctx.kick();
    return jsonReply({ build_id: record.id, status: true, warnings: null });
}

function byState(call: WeldrCall, state: QueueStatus): Record<string, unknown>[] {
    return weldrComposes(call.ctx.state).filter(c => c.state === state).map(c => composeEntry(c, call.version));
}

export function composeQueue(call: WeldrCall): SimReply {
    const byCreated = (s: QueueStatus): Record<string, unknown>[] =>
        weldrComposes(call.ctx.state).filter(c => c.state === s).sort((a, b) => a.created - b.created).map(c => composeEntry(c, call.version));
    return jsonReply({ new: byCreated("WAITING"), run: byCreated("RUNNING") });
}

export const composeFinished = (call: WeldrCall): SimReply => jsonReply({ finished: byState(call, "FINISHED") });
export const composeFailed = (call: WeldrCall): SimReply => jsonReply({ failed: byState(call, "FAILED") });

export function composeStatus(call: WeldrCall): SimReply {
    const param = call.params.uuids;
    let ids: string[] | undefined;
    if (param !== "*") {
        ids = [];
        for (const s of param.split(",")) {
            const id = parseUUID(s);
            if (!id)
                return error400("UnknownUUID", `${s} is not a valid build uuid`);
            ids.push(id);
        }
    }
    const q = call.req.query;
    const blueprint = q.get("blueprint") ?? "";
    if (blueprint && !validNames([blueprint]))
        return invalidChars();
    const status = q.get("status") ?? "";
    const type = q.get("type") ?? "";
    const wanted = ids ? new Set(ids) : undefined;
    const uuids = weldrComposes(call.ctx.state)
        .filter(c => !wanted || wanted.has(c.id))
        .filter(c => (!blueprint || c.blueprintName === blueprint) && (!status || c.state === status) && (!type || c.images[0].imageType === type))
        .map(c => composeEntry(c, call.version));
    return jsonReply({ uuids });
}

export function composeInfo(call: WeldrCall): SimReply {
    const s = call.params.uuid;
    const id = parseUUID(s);
    const c = id ? weldrCompose(call.ctx.state, id) : undefined;
    if (!c)
        return error400("UnknownUUID", `${s} is not a valid build uuid`);
    const packages = [...c.packages].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const reply: Record<string, unknown> = {
        id: c.id,
        config: "",
        blueprint: c.blueprint,
        commit: "",
        deps: { packages },
        compose_type: c.images[0].imageType,
        queue_status: c.state,
        image_size: c.images[0].size,
    };
    const uploads = call.version >= 1 ? uploadResponses(c.upload, c.state) : [];
    if (uploads.length)
        reply.uploads = uploads;
    return jsonReply(reply);
}

export function composeCancel(call: WeldrCall): SimReply {
    const s = call.params.uuid;
    const id = parseUUID(s);
    if (!id)
        return error400("UnknownUUID", `${s} is not a valid build uuid`);
    const c = weldrCompose(call.ctx.state, id);
    if (!c)
        return error400("UnknownUUID", `Compose ${s} doesn't exist`);
    if (c.state !== "WAITING" && c.state !== "RUNNING")
        return error400("BuildInWrongState", `Build ${s} is not in WAITING or RUNNING.`);
    c.state = "FAILED";
    c.canceled = true;
    c.finished = nowSeconds(call.ctx);
    c.progress = undefined;
    call.ctx.save();
    return jsonReply({ uuid: c.id, status: true });
}

export function composeDelete(call: WeldrCall): SimReply {
    const uuids: { uuid: string; status: boolean }[] = [];
    const errors: ApiError[] = [];
    for (const s of call.params.uuids.split(",")) {
        const id = parseUUID(s);
        if (!id) {
            errors.push({ id: "UnknownUUID", msg: `${s} is not a valid uuid` });
            continue;
        }
        const c = weldrCompose(call.ctx.state, id);
        if (!c) {
            errors.push({ id: "UnknownUUID", msg: `compose ${id} doesn't exist` });
            continue;
        }
        if (c.state !== "FINISHED" && c.state !== "FAILED") {
            errors.push({ id: "BuildInWrongState", msg: `Compose ${id} is not in FINISHED or FAILED.` });
            continue;
        }
        delete call.ctx.state.composes[id];
        fs.rmSync(path.join(call.ctx.artifactsDir, id), { recursive: true, force: true });
        uuids.push({ uuid: id, status: true });
    }
    call.ctx.save();
    return jsonReply({ uuids, errors });
}
