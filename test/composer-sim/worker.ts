// The fake osbuild worker: moves composes WAITING → RUNNING → FINISHED/FAILED
// on the stand-in's clock, fills progress, the osbuild log, the package list,
// Koji build ids, upload target results, and writes sparse artifacts.

import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { artifactSize } from "./imageTypes";
import { osbuildLogLines, pipelineNames } from "./manifest";
import type { CloudTarget, ComposeRecord, ImageBuild, SimContext } from "./model";
import { depsolve } from "./packages";
import { isRecord, packageList } from "./blueprint";

export function nowSeconds(ctx: Pick<SimContext, "now">): number {
    return ctx.now ? ctx.now() : Date.now() / 1000;
}

const hex = (bytes: number): string => randomBytes(bytes).toString("hex");

/** Writes the (sparse) artifact of one image and records its path. */
export function writeArtifact(record: ComposeRecord, image: ImageBuild, artifactsDir: string): string {
    const dir = path.join(artifactsDir, record.id, record.images.length > 1 ? image.arch : "");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, image.filename);
    const fd = fs.openSync(file, "w");
    try {
        fs.ftruncateSync(fd, artifactSize(image.imageType, image.size));
    } finally {
        fs.closeSync(fd);
    }
    image.artifactPath = file;
    return file;
}

/**
 * The artifact of a FINISHED image, written now if it is missing (e.g. after a
 * restart with another artifacts dir, or for bulk-seeded composes).
 */
export function ensureArtifact(record: ComposeRecord, image: ImageBuild, artifactsDir: string): { path: string; size: number } {
    let file = image.artifactPath;
    if (!file || !fs.existsSync(file))
        file = writeArtifact(record, image, artifactsDir);
    return { path: file, size: fs.statSync(file).size };
}

function str(options: Record<string, unknown>, key: string, fallback: string): string {
    const v = options[key];
    return typeof v === "string" && v !== "" ? v : fallback;
}

/** The result options a finished upload target reports (Cloud API upload_status.options). */
export function targetResult(record: ComposeRecord, image: ImageBuild, target: CloudTarget): Record<string, unknown> {
    const o = target.upload_options;
    const file = `${record.id}-${image.filename}`;
    switch (target.type) {
    case "aws":
        return { ami: `ami-${hex(9).slice(0, 17)}`, region: str(o, "region", "us-east-1") };
    case "aws.s3": {
        const region = str(o, "region", "us-east-1");
        const date = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
        return {
            url: `https://image-builder-composer-uploads.s3.${region}.amazonaws.com/${file}` +
                `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${hex(8).toUpperCase()}%2F${date.slice(0, 8)}%2F${region}%2Fs3%2Faws4_request` +
                `&X-Amz-Date=${date}&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=${hex(32)}`,
        };
    }
    case "gcp":
        return { project_id: "image-builder-composer-demo", image_name: str(o, "image_name", `composer-api-${randomUUID()}`) };
    case "azure":
        return { image_name: str(o, "image_name", `composer-api-${randomUUID()}`) };
    case "container": {
        const name = str(o, "name", record.distro);
        const ref = name.includes(".") && name.includes("/") ? name : `registry.example.com/composer/${name}`;
        return { url: `${ref}:${str(o, "tag", record.id)}`, digest: `sha256:${hex(32)}` };
    }
    case "oci.objectstorage":
        return { url: `https://objectstorage.us-ashburn-1.oraclecloud.com/p/${randomBytes(48).toString("base64url")}/n/composer/b/images/o/${file}` };
    case "local":
        return { artifact_path: `/var/lib/osbuild-composer/artifacts/${record.id}/${image.filename}` };
    }
    return {};
}

function blueprintRequests(record: ComposeRecord): string[] {
    const bp = record.blueprint;
    if (!isRecord(bp))
        return [];
    const names = [...packageList(bp), ...packageList(bp, "modules")].map(p => p.name).filter(n => n);
    const c = bp.customizations;
    if (isRecord(c) && Array.isArray(c.packages))
        names.push(...c.packages.filter((p): p is string => typeof p === "string"));
    return names;
}

function fillPackages(record: ComposeRecord): void {
    if (record.packages.length > 0)
        return;
    const arch = record.images[0]?.arch ?? "x86_64";
    try {
        record.packages = depsolve(record.distro, arch, ["kernel", ...blueprintRequests(record)]);
    } catch {
        record.packages = depsolve(record.distro, arch, ["kernel"]);
    }
}

function start(record: ComposeRecord, now: number): void {
    record.state = "RUNNING";
    record.started = now;
    fillPackages(record);
    if (record.koji && record.koji.build_id === undefined)
        record.koji.build_id = 2_700_000 + Math.floor(Math.random() * 100_000);
    const total = pipelineNames(record.images[0]?.imageType ?? "qcow2").payload.length + 1;
    record.progress = { done: 0, total, subprogress: { done: 0, total: 10 } };
    record.log = "";
}

function advance(record: ComposeRecord, now: number, seconds: number): void {
    const frac = Math.min(1, Math.max(0, (now - (record.started ?? now)) / seconds));
    const total = record.progress?.total ?? 4;
    const scaled = frac * total;
    const done = Math.min(total - 1, Math.floor(scaled));
    record.progress = { done, total, subprogress: { done: Math.floor((scaled - done) * 10), total: 10 } };
    const lines = osbuildLogLines(record);
    const shown = lines.slice(0, Math.ceil(frac * lines.length));
    record.log = shown.length ? `${shown.join("\n")}\n` : "";
}

function finish(record: ComposeRecord, now: number, artifactsDir: string): void {
    record.finished = now;
    const lines = osbuildLogLines(record);
    record.progress = undefined;
    if (record.willFail) {
        const cut = Math.max(1, Math.floor(lines.length / 3));
        record.log = `${lines.slice(0, cut).join("\n")}\norg.osbuild.rpm: ${hex(32)} {\n` +
            "  error: Status code: 404 for https://mirror.example.com/Packages/b/bash.rpm\n}\nBuild failed\n";
        record.state = "FAILED";
        record.error = record.error ?? { id: 10, reason: "osbuild build failed", details: "osbuild did not return success: stage org.osbuild.rpm failed" };
        return;
    }
    record.log = `${lines.join("\n")}\nmanifest finished successfully\n`;
    for (const image of record.images) {
        writeArtifact(record, image, artifactsDir);
        for (const target of image.targets)
            target.result = targetResult(record, image, target);
    }
    record.state = "FINISHED";
}

/**
 * Looks at every unfinished compose once, moving it along the clock. Returns true
 * when a compose changed state (progress and log updates alone do not count).
 */
export function workerTick(ctx: SimContext): boolean {
    const now = nowSeconds(ctx);
    let changed = false;
    for (const record of Object.values(ctx.state.composes)) {
        if (record.state !== "WAITING" && record.state !== "RUNNING")
            continue;
        if (record.canceled) {
            record.state = "FAILED";
            record.finished = now;
            record.progress = undefined;
            changed = true;
            continue;
        }
        const seconds = record.buildSeconds ?? ctx.buildSeconds;
        if (record.state === "WAITING") {
            if (record.hold)
                continue;
            const delay = seconds >= 2 ? 1 : 0;
            if (now < record.created + delay)
                continue;
            start(record, seconds <= 0 ? now : record.created + delay);
            changed = true;
        }
        if (seconds <= 0 || now >= (record.started ?? now) + seconds) {
            finish(record, seconds <= 0 ? now : (record.started ?? now) + seconds, ctx.artifactsDir);
            changed = true;
        } else {
            advance(record, now, seconds);
        }
    }
    return changed;
}

export interface Worker {
    kick(): void;
    stop(): void;
}

/** Runs workerTick every 250 ms (and on kick()), saving the state when something moved. */
export function startWorker(ctx: SimContext, intervalMs = 250): Worker {
    const run = (): void => {
        if (workerTick(ctx))
            ctx.save();
    };
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return { kick: run, stop: () => clearInterval(timer) };
}
