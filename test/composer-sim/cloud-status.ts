// ComposeRecord -> Cloud API `ComposeStatus` (reference §3.3, handler.go
// getJobIDComposeStatus), for Cloud composes, Koji composes and Weldr composes
// (which the Cloud API lists too: their first upload status is `local`).

import path from "node:path";
import type { CloudTarget, ComposeError, ComposeRecord, ImageBuild, SimContext } from "./model";
import { CLOUD_PREFIX, CloudError } from "./cloud-errors";

export interface UploadStatus {
    type: string;
    status: "success" | "failure" | "pending" | "running";
    options: Record<string, unknown>;
}

export interface ImageStatus {
    status: "success" | "failure" | "pending" | "building";
    progress?: { done: number; total: number; subprogress?: { done: number; total: number } };
    error?: { id: number; reason: string; details?: unknown };
    upload_status?: UploadStatus;
    upload_statuses?: UploadStatus[];
}

export interface ComposeStatus {
    href: string;
    id: string;
    kind: "ComposeStatus";
    status: "success" | "failure" | "pending";
    image_status: ImageStatus;
    image_statuses?: ImageStatus[];
    koji_status?: { build_id?: number };
}

/** Weldr upload providers whose target results the Cloud API cannot convert (`org.osbuild.azure`, `.vmware`, `.oci`). */
const UNCONVERTIBLE_WELDR_PROVIDERS = new Set(["azure", "vmware", "oci"]);

const WELDR_PROVIDER_TYPES: Record<string, string> = {
    aws: "aws",
    "aws.s3": "aws.s3",
    "generic.s3": "aws.s3",
    gcp: "gcp",
    container: "container",
};

/** Whether the job has finished (composer: `JobStatus.Finished` set; canceled jobs never get results). */
export function isFinished(rec: ComposeRecord): boolean {
    return rec.state === "FINISHED" || rec.state === "FAILED";
}

function failed(rec: ComposeRecord): boolean {
    return rec.state === "FAILED" || rec.canceled === true;
}

function statusError(e: ComposeError | undefined): ImageStatus["error"] {
    if (!e)
        return undefined;
    const out: NonNullable<ImageStatus["error"]> = { id: e.id, reason: e.reason };
    if (e.details !== undefined && e.details !== null)
        out.details = e.details;
    return out;
}

/** Where the artifact of an image is (or will be) on the composer host. */
export function artifactLocation(rec: ComposeRecord, img: ImageBuild, ctx: SimContext): string {
    return img.artifactPath ?? path.join(ctx.artifactsDir, rec.id, img.filename);
}

function uploadState(rec: ComposeRecord): UploadStatus["status"] {
    if (failed(rec))
        return "failure";
    if (rec.state === "WAITING")
        return "pending";
    return rec.state === "RUNNING" ? "running" : "success";
}

function targetOptions(rec: ComposeRecord, img: ImageBuild, t: CloudTarget, ctx: SimContext): Record<string, unknown> | undefined {
    if (t.result)
        return t.result;
    if (t.type === "local" && rec.state === "FINISHED")
        return { artifact_path: artifactLocation(rec, img, ctx) };
    return undefined;
}

/** The target results of a Cloud image as upload statuses (none before the job finishes). */
function cloudUploadStatuses(rec: ComposeRecord, img: ImageBuild, ctx: SimContext): UploadStatus[] {
    if (!isFinished(rec))
        return [];
    const out: UploadStatus[] = [];
    for (const t of img.targets) {
        const options = targetOptions(rec, img, t, ctx);
        if (options)
            out.push({ type: t.type, status: uploadState(rec), options });
    }
    return out;
}

/**
 * A finished Weldr compose's target results: the internal
 * `org.osbuild.worker.server` target (`local`) first, then the `upload`
 * target. Azure (blob), VMware and OCI results have no Cloud API form:
 * composer answers 500 code 1007 for them.
 */
function weldrUploadStatuses(rec: ComposeRecord, ctx: SimContext): UploadStatus[] {
    if (rec.state !== "FINISHED")
        return [];
    const img = rec.images[0];
    const state = uploadState(rec);
    const local = img.targets.find(t => t.type === "local")?.result ?? { artifact_path: artifactLocation(rec, img, ctx) };
    const out: UploadStatus[] = [{ type: "local", status: state, options: local }];
    const up = rec.upload;
    if (!up)
        return out;
    if (UNCONVERTIBLE_WELDR_PROVIDERS.has(up.provider_name))
        throw new CloudError(1007, `unknown upload target: org.osbuild.${up.provider_name}`);
    const type = WELDR_PROVIDER_TYPES[up.provider_name];
    if (type === undefined)
        throw new CloudError(1007, `unknown upload target: ${up.provider_name}`);
    const filled = img.targets.find(t => t.type === type && t.result);
    out.push({ type, status: state, options: filled?.result ?? weldrResultOptions(type, rec) });
    return out;
}

/** Result options the worker would report for a Weldr upload (when the fake worker left none). */
function weldrResultOptions(type: string, rec: ComposeRecord): Record<string, unknown> {
    const settings = rec.upload?.settings ?? {};
    const region = typeof settings.region === "string" ? settings.region : "us-east-1";
    const hex = rec.id.replace(/-/g, "");
    const name = rec.upload?.image_name || `composer-api-${rec.id}`;
    switch (type) {
    case "aws":
        return { ami: `ami-${hex.slice(0, 17)}`, region };
    case "aws.s3":
        return { url: `https://${String(settings.bucket ?? "bucket")}.s3.${region}.amazonaws.com/${String(settings.key ?? `composer-api-${rec.id}`)}` };
    case "gcp":
        return { project_id: "stand-in-project", image_name: name };
    default:
        return { url: `registry.example.org/${name}`, digest: `sha256:${hex}${hex}` };
    }
}

function imageStatusValue(rec: ComposeRecord, img: ImageBuild, anyImageError: boolean): ImageStatus["status"] {
    if (rec.canceled)
        return "failure";
    switch (rec.state) {
    case "WAITING":
        return "pending";
    case "RUNNING":
        return "building";
    case "FINISHED":
        return "success";
    case "FAILED":
        // Koji: an image without its own error succeeded when another one failed
        return anyImageError && !img.error ? "success" : "failure";
    }
}

/** `anyImageError` is only set for Koji composes, whose images fail one by one. */
function imageStatus(rec: ComposeRecord, img: ImageBuild, uploads: UploadStatus[], anyImageError: boolean): ImageStatus {
    const s: ImageStatus = { status: imageStatusValue(rec, img, anyImageError) };
    if (rec.state === "RUNNING" && !rec.canceled && rec.progress)
        s.progress = rec.progress;
    const composeError = s.status === "failure" ? rec.error : undefined;
    const err = statusError(rec.koji ? img.error ?? composeError : composeError ?? img.error);
    if (err)
        s.error = err;
    if (uploads.length > 0) {
        s.upload_status = uploads[0];
        s.upload_statuses = uploads;
    }
    return s;
}

function composeStatusValue(rec: ComposeRecord): ComposeStatus["status"] {
    if (failed(rec))
        return "failure";
    return rec.state === "FINISHED" ? "success" : "pending";
}

/** The `ComposeStatus` of a record; throws CloudError(1007) for unconvertible Weldr uploads. */
export function composeStatus(rec: ComposeRecord, ctx: SimContext): ComposeStatus {
    const base = {
        href: `${CLOUD_PREFIX}/composes/${rec.id}`,
        id: rec.id,
        kind: "ComposeStatus" as const,
        status: composeStatusValue(rec),
    };
    if (rec.koji) {
        const anyImageError = rec.images.some(i => i.error !== undefined);
        const statuses = rec.images.map(img => imageStatus(rec, img, cloudUploadStatuses(rec, img, ctx), anyImageError));
        const koji: { build_id?: number } = {};
        if (rec.koji.build_id)
            koji.build_id = rec.koji.build_id;
        return { ...base, image_status: statuses[0], image_statuses: statuses, koji_status: koji };
    }
    const img = rec.images[0];
    const uploads = rec.api === "weldr" ? weldrUploadStatuses(rec, ctx) : cloudUploadStatuses(rec, img, ctx);
    return { ...base, image_status: imageStatus(rec, img, uploads, false) };
}

/** `GET /composes/`: every compose that converts, sorted by id (a bare array). */
export function composeList(ctx: SimContext): ComposeStatus[] {
    const out: ComposeStatus[] = [];
    for (const rec of Object.values(ctx.state.composes)) {
        try {
            out.push(composeStatus(rec, ctx));
        } catch (err) {
            if (!(err instanceof CloudError))
                throw err;
        }
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
