// Weldr compose outputs: log (text), logs/metadata/results (tar archives)
// and image (the artifact itself, streamed with Content-Length).

import { osbuildManifest } from "./manifest";
import type { ComposeRecord, SimReply } from "./model";
import { tarParts, type TarEntry } from "./tar";
import { parseUUID, weldrCompose } from "./weldr-compose";
import { error400, errorReply, textReply, type WeldrCall } from "./weldr-http";
import { ensureArtifact } from "./worker";

const TAR = "application/x-tar";

/** The compose named by :uuid, or the 400 reply for a bad/unknown uuid. */
function lookup(call: WeldrCall): { c: ComposeRecord; s: string } | SimReply {
    const s = call.params.uuid;
    const id = parseUUID(s);
    if (!id)
        return error400("UnknownUUID", `${s} is not a valid build uuid`);
    const c = weldrCompose(call.ctx.state, id);
    if (!c)
        return error400("UnknownUUID", `Compose ${s} doesn't exist`);
    return { c, s };
}

const isDone = (c: ComposeRecord): boolean => c.state === "FINISHED" || c.state === "FAILED";

/** The osbuild log as Result.Write prints it. */
function logText(c: ComposeRecord): string {
    return c.log ? c.log : "The compose result is empty.\n";
}

function tarReply(filename: string, entries: TarEntry[]): SimReply {
    return {
        status: 200,
        headers: { "Content-Type": TAR, "Content-Disposition": `attachment; filename=${filename}` },
        parts: tarParts(entries),
    };
}

function manifestBuffer(c: ComposeRecord): Buffer {
    return Buffer.from(JSON.stringify(osbuildManifest(c)));
}

export function composeLog(call: WeldrCall): SimReply {
    const found = lookup(call);
    if ("status" in found)
        return found;
    const { c, s } = found;
    if (c.state === "WAITING")
        return errorReply(200, { id: "BuildInWrongState", msg: `Build ${s} has not started yet. No logs to view.` });
    if (c.state === "RUNNING")
        return textReply(`Build ${s} is still running.\n`);
    return textReply(logText(c));
}

export function composeLogs(call: WeldrCall): SimReply {
    const found = lookup(call);
    if ("status" in found)
        return found;
    const { c, s } = found;
    if (!isDone(c))
        return error400("BuildInWrongState", `Build ${s} not in FINISHED or FAILED state.`);
    return tarReply(`${c.id}-logs.tar`, [{ name: "logs/osbuild.log", data: Buffer.from(logText(c)) }]);
}

export function composeMetadata(call: WeldrCall): SimReply {
    const found = lookup(call);
    if ("status" in found)
        return found;
    const { c, s } = found;
    if (!isDone(c))
        return error400("BuildInWrongState", `Build ${s} is in wrong state: ${c.state}`);
    return tarReply(`${c.id}-metadata.tar`, [{ name: `${c.id}.json`, mode: 0o600, data: manifestBuffer(c) }]);
}

export function composeResults(call: WeldrCall): SimReply {
    const found = lookup(call);
    if ("status" in found)
        return found;
    const { c, s } = found;
    if (!isDone(c))
        return error400("BuildInWrongState", `Build ${s} is in wrong state: ${c.state}`);
    const entries: TarEntry[] = [
        { name: `${c.id}.json`, data: manifestBuffer(c) },
        { name: "logs/osbuild.log", data: Buffer.from(logText(c)) },
    ];
    if (c.state === "FINISHED") {
        const image = c.images[0];
        entries.push({ name: `${c.id}-${image.filename}`, data: ensureArtifact(c, image, call.ctx.artifactsDir) });
    }
    return tarReply(`${c.id}.tar`, entries);
}

export function composeImage(call: WeldrCall): SimReply {
    const found = lookup(call);
    if ("status" in found)
        return found;
    const { c, s } = found;
    if (c.state !== "FINISHED")
        return error400("BuildInWrongState", `Build ${s} is in wrong state: ${c.state}`);
    const image = c.images[0];
    let file: { path: string; size: number };
    try {
        file = ensureArtifact(c, image, call.ctx.artifactsDir);
    } catch (err) {
        return error400("InternalServerError", `Error accessing image file for compose ${c.id}: ${err instanceof Error ? err.message : String(err)}`);
    }
    return {
        status: 200,
        headers: {
            "Content-Disposition": `attachment; filename=${c.id}-${image.filename}`,
            "Content-Type": image.mimeType,
            "Content-Length": String(file.size),
        },
        file,
    };
}
