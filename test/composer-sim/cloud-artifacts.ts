// Per-compose Cloud API endpoints besides the status: metadata, logs,
// manifests, SBOMs, download and delete (handler.go; reference §3.3).

import fs from "node:fs";
import path from "node:path";
import type { ComposeRecord, SimContext, SimReply } from "./model";
import { CLOUD_PREFIX, CloudError, jsonReply } from "./cloud-errors";
import { artifactLocation, isFinished } from "./cloud-status";
import { jobResultFor, kojiLogs, manifestFor, sbomsFor } from "./cloud-documents";
import { sigmd5 } from "./cloud-packages";

function ref(rec: ComposeRecord, what: string, kind: string): { href: string; id: string; kind: string } {
    return { href: `${CLOUD_PREFIX}/composes/${rec.id}/${what}`, id: rec.id, kind };
}

/** GET /composes/{id}/metadata: `request` always (Cloud composes), packages once finished successfully. */
export function getMetadata(rec: ComposeRecord): SimReply {
    // "TODO: support koji builds"
    if (rec.koji)
        throw new CloudError(26);
    const body: Record<string, unknown> = ref(rec, "metadata", "ComposeMetadata");
    if (rec.api === "cloud" && rec.request !== undefined)
        body.request = rec.request;
    if (rec.state === "FINISHED" && !rec.canceled) {
        body.packages = rec.packages.map(p => {
            const m: Record<string, unknown> = { type: "rpm", name: p.name, version: p.version, release: p.release, arch: p.arch, sigmd5: sigmd5(p) };
            if (p.epoch)
                m.epoch = String(p.epoch);
            return m;
        });
        if (/commit$/.test(rec.images[0].imageType))
            body.ostree_commit = Buffer.from(`${rec.id}${rec.id}`).toString("hex").slice(0, 64);
    }
    return jsonReply(200, body);
}

/** GET /composes/{id}/logs: one osbuild job result per image, plus the Koji job results. */
export function getLogs(rec: ComposeRecord, ctx: SimContext): SimReply {
    const body: Record<string, unknown> = ref(rec, "logs", "ComposeLogs");
    body.image_builds = rec.images.map(img => jobResultFor(rec, img, ctx));
    if (rec.koji)
        body.koji = kojiLogs(rec);
    return jsonReply(200, body);
}

/** GET /composes/{id}/manifests: one osbuild manifest per image. */
export function getManifests(rec: ComposeRecord): SimReply {
    return jsonReply(200, { ...ref(rec, "manifests", "ComposeManifests"), manifests: rec.images.map(img => manifestFor(rec, img)) });
}

/** GET /composes/{id}/sboms: per image, the build-root and the image SBOM. */
export function getSboms(rec: ComposeRecord): SimReply {
    return jsonReply(200, { ...ref(rec, "sboms", "ComposeSBOMs"), items: rec.images.map(img => sbomsFor(rec, img)) });
}

/** Target types of the job's target results (none before it finishes); Weldr: worker.server + upload. */
function targetResultTypes(rec: ComposeRecord): string[] {
    if (!isFinished(rec) || rec.canceled)
        return [];
    const img = rec.images[0];
    if (rec.api === "weldr")
        return rec.state === "FINISHED" ? ["local", ...(rec.upload ? [rec.upload.provider_name] : [])] : [];
    return img.targets.filter(t => t.result !== undefined || (t.type === "local" && rec.state === "FINISHED")).map(t => t.type);
}

/**
 * GET /composes/{id}/download: only a finished osbuild job with exactly one
 * target result (1006 otherwise), whose artifact is on the composer host,
 * i.e. a `local` target (1022 otherwise).
 */
export function getDownload(rec: ComposeRecord, ctx: SimContext): SimReply {
    if (rec.koji)
        throw new CloudError(26);
    if (!isFinished(rec) && !rec.canceled)
        throw new CloudError(1022, `Cannot access artifacts before job is finished: ${rec.id}`);
    const results = targetResultTypes(rec);
    if (results.length !== 1) {
        const ptrs = results.map((_, i) => `(*target.TargetResult)(0xc000${(0x4a2000 + i * 0x60).toString(16)})`);
        throw new CloudError(1006, `[]*target.TargetResult{${ptrs.join(", ")}}`);
    }
    const img = rec.images[0];
    const file = artifactLocation(rec, img, ctx);
    // a cloud target's artifact went to the cloud, not to the composer host
    if (results[0] !== "local" || !fs.existsSync(file))
        throw new CloudError(1022, `stat ${file}: no such file or directory`);
    const size = fs.statSync(file).size;
    return {
        status: 200,
        headers: {
            "Content-Type": img.mimeType,
            "Content-Disposition": `attachment; filename=${JSON.stringify(`${rec.id}-${img.filename}`)}`,
            "Content-Length": String(size),
            "Accept-Ranges": "bytes",
        },
        file: { path: file, size },
    };
}

/** DELETE /composes/{id}: finished composes only (code 31 otherwise); removes the artifacts too. */
export function deleteCompose(rec: ComposeRecord, ctx: SimContext): SimReply {
    if (!isFinished(rec) && !rec.canceled)
        throw new CloudError(31, `Cannot delete job before job is finished: ${rec.id}`);
    const root = path.resolve(ctx.artifactsDir);
    for (const img of rec.images) {
        const file = img.artifactPath ? path.resolve(img.artifactPath) : undefined;
        if (file && file.startsWith(root + path.sep))
            fs.rmSync(file, { force: true });
    }
    const dir = path.join(root, rec.id);
    if (fs.existsSync(dir) && fs.readdirSync(dir).length === 0)
        fs.rmdirSync(dir);
    delete ctx.state.composes[rec.id];
    ctx.save();
    return jsonReply(200, { href: `${CLOUD_PREFIX}/composes/${rec.id}`, id: rec.id, kind: "ComposeDeleteStatus" });
}
