// Shared shapes of the composer stand-in: the state both API front-ends read and
// the fake worker writes. Weldr (weldr.ts) and Cloud (cloud.ts) only translate
// these records into their own wire formats.

/** Weldr queue states; Cloud statuses are derived from them (see cloud.ts). */
export type QueueStatus = "WAITING" | "RUNNING" | "FINISHED" | "FAILED";

/** Cloud API upload target types (UploadTypes enum of the OpenAPI spec). */
export type CloudUploadType = "aws" | "aws.s3" | "gcp" | "azure" | "container" | "oci.objectstorage" | "local";

/** A blueprint as stored: arbitrary JSON object (unknown keys are kept). */
export type Blueprint = Record<string, unknown> & { name: string; version: string };

export interface BlueprintCommit {
    commit: string; // 40 hex chars
    message: string;
    timestamp: string; // "2006-01-02T15:04:05Z"
    revision: number | null;
    /** null after a restart that lost history (undo/change then fail) */
    blueprint: Blueprint | null;
}

export interface BlueprintEntry {
    /** newest commit first */
    commits: BlueprintCommit[];
    workspace: Blueprint | null;
    /**
     * (added by the Weldr front-end) the committed blueprint as `blueprints/info`
     * serves it: like osbuild-composer, a commit keeps the blueprint as pushed
     * while the committed copy carries the bumped version. undefined = the
     * newest commit's blueprint; null = deleted (history is kept, as upstream).
     */
    committed?: Blueprint | null;
}

export interface SourceV1 {
    id: string;
    name: string;
    type: "yum-baseurl" | "yum-metalink" | "yum-mirrorlist";
    url: string;
    check_gpg: boolean;
    check_ssl: boolean;
    system: boolean;
    gpgkeys?: string[];
    distros?: string[];
    rhsm: boolean;
    check_repogpg: boolean;
    module_hotfixes?: boolean;
}

/** Weldr `upload` of POST /api/v1/compose, stored without secrets. */
export interface WeldrUpload {
    uuid: string;
    provider_name: string; // aws | aws.s3 | azure | gcp | vmware | oci | container
    image_name: string;
    creation_time: number;
    /** settings echo as Weldr returns them (secrets removed) */
    settings: Record<string, unknown>;
}

/** One requested Cloud upload target and, once the job is done, its result. */
export interface CloudTarget {
    type: CloudUploadType;
    upload_options: Record<string, unknown>;
    /** result options by type, filled by the worker when the compose finishes */
    result?: Record<string, unknown>;
}

export interface ComposeError {
    id: number;
    reason: string;
    details?: unknown;
}

export interface KojiInfo {
    server: string;
    task_id: number;
    name: string;
    version: string;
    release: string;
    build_id?: number;
}

/** One image of a compose. Weldr composes and plain Cloud composes have exactly one. */
export interface ImageBuild {
    /** Weldr canonical image type name (what compose/types and compose_type report) */
    imageType: string;
    /** Cloud API image_type as requested (e.g. "guest-image"); undefined for Weldr composes */
    cloudImageType?: string;
    arch: string;
    size: number; // bytes
    targets: CloudTarget[];
    /** export file name of the artifact, e.g. "disk.qcow2" */
    filename: string;
    mimeType: string;
    /** absolute path of the sparse artifact, once written */
    artifactPath?: string;
    error?: ComposeError;
}

export interface ComposeRecord {
    id: string; // uuid
    api: "weldr" | "cloud";
    /** blueprint name ("" for Cloud composes without one) and version at compose time */
    blueprintName: string;
    blueprintVersion: string;
    /** the blueprint as committed at compose time (Weldr) or as sent (Cloud) */
    blueprint: Record<string, unknown> | null;
    distro: string;
    images: ImageBuild[];
    state: QueueStatus;
    canceled?: boolean;
    /** Unix seconds (fractional) */
    created: number;
    started?: number;
    finished?: number;
    /** Weldr `upload`, when given */
    upload?: WeldrUpload;
    /** Cloud: the original ComposeRequest (served by /metadata) */
    request?: unknown;
    koji?: KojiInfo;
    /** progress of the running job, as Cloud reports it */
    progress?: { done: number; total: number; subprogress?: { done: number; total: number } };
    /** compose-level error (Cloud image_status.error); worker sets it on FAILED */
    error?: ComposeError;
    /** osbuild log text, grows while running */
    log: string;
    /** packages of the image (compose/info deps, Cloud metadata) */
    packages: DepsolvedPackage[];
    /** seconds the worker takes for this compose (from --build-seconds unless the seed says otherwise) */
    buildSeconds?: number;
    /** the worker makes this compose fail */
    willFail?: boolean;
    /** (added) the worker leaves this compose WAITING (demo: queued behind a busy worker) */
    hold?: boolean;
}

export interface DepsolvedPackage {
    name: string;
    epoch: number;
    version: string;
    release: string;
    arch: string;
    remote_location?: string;
    checksum?: string;
    check_gpg?: boolean;
    repo_id?: string;
}

/** Everything the stand-in keeps; persisted as JSON with --state. */
export interface SimState {
    blueprints: Record<string, BlueprintEntry>;
    sources: Record<string, SourceV1>;
    composes: Record<string, ComposeRecord>;
}

/** A request as the routers see it (body fully read). */
export interface SimRequest {
    method: string;
    /** path without the query string, not decoded */
    path: string;
    query: URLSearchParams;
    headers: Record<string, string | string[] | undefined>;
    body: Buffer;
}

/** A reply: body is a string/Buffer, or a file to stream (with optional size). */
export interface SimReply {
    status: number;
    headers?: Record<string, string>;
    body?: string | Buffer;
    file?: { path: string; size: number };
    /** (added) a body streamed from buffers and whole files in order, e.g. a tar holding a multi-GB image; no Content-Length */
    parts?: Array<Buffer | { path: string; size: number }>;
}

/** What a router gets besides the request. Built by server.ts. */
export interface SimContext {
    state: SimState;
    /** persist the state (a no-op without --state) */
    save(): void;
    /** let the worker look at new or changed composes now (for --build-seconds 0) */
    kick(): void;
    /** directory where the worker writes artifacts (sparse files) */
    artifactsDir: string;
    /** seconds a compose takes from RUNNING to FINISHED/FAILED (0 = at once) */
    buildSeconds: number;
    /** the distro and arch the stand-in pretends to run on, e.g. "fedora-43", "x86_64" */
    hostDistro: string;
    hostArch: string;
    /** (added) arches a worker is registered for (default: [hostArch]) */
    workerArches?: string[];
    /** (added) the clock in Unix seconds (default Date.now()/1000); tests may replace it */
    now?: () => number;
}

/** One API front-end: maps a request to a reply. */
export type Router = (req: SimRequest, ctx: SimContext) => SimReply | Promise<SimReply>;
