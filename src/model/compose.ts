// One view of a compose, whichever API reported it (reference §1.6 and §3.3). The Cloud
// list also carries Weldr composes under the same ids, so the merged list is keyed by id. Pure.

export type WeldrQueueStatus = "WAITING" | "RUNNING" | "FINISHED" | "FAILED";

export interface WeldrComposeEntry {
    id: string;
    blueprint: string;
    version: string;
    compose_type: string;
    image_size: number;
    queue_status: WeldrQueueStatus;
    job_created: number;
    job_started?: number;
    job_finished?: number;
    uploads?: { uuid: string; provider_name: string; image_name: string; status: string }[];
}

export interface CloudUploadStatus {
    type: string;
    status: string;
    options?: Record<string, unknown>;
}

export interface CloudImageStatus {
    status: string;
    progress?: { done: number; total: number; subprogress?: { done: number; total: number } };
    error?: { id: number; reason: string; details?: unknown };
    upload_status?: CloudUploadStatus;
    upload_statuses?: CloudUploadStatus[];
}

export interface CloudComposeStatus {
    id: string;
    kind?: string;
    status: "success" | "failure" | "pending" | string;
    image_status: CloudImageStatus;
    image_statuses?: CloudImageStatus[];
    koji_status?: { build_id?: number };
}

export type ComposeState = "waiting" | "building" | "success" | "failure";

export interface ComposeView {
    id: string;
    /** the API the compose was started through; "cloud" composes have no Weldr entry */
    api: "weldr" | "cloud";
    /** blueprint name (Weldr), "" when the list does not tell (Cloud) */
    blueprint: string;
    version: string;
    /** Weldr canonical image type; "" when only the Cloud list knows the compose */
    imageType: string;
    state: ComposeState;
    /** Unix seconds; undefined when the API does not report it */
    created?: number;
    started?: number;
    finished?: number;
    /** Cloud upload target types (e.g. aws, local), when the Cloud list reported them */
    targets: string[];
    koji: boolean;
    progress?: ComposeProgress;
    /** image size in bytes (Weldr, once finished) */
    size?: number;
}

export interface ComposeProgress {
    done: number;
    total: number;
    subprogress?: { done: number; total: number };
}

const WELDR_STATE: Record<WeldrQueueStatus, ComposeState> = {
    WAITING: "waiting",
    RUNNING: "building",
    FINISHED: "success",
    FAILED: "failure",
};

export function fromWeldr(entry: WeldrComposeEntry): ComposeView {
    return {
        id: entry.id,
        api: "weldr",
        blueprint: entry.blueprint,
        version: entry.version,
        imageType: entry.compose_type,
        state: WELDR_STATE[entry.queue_status] ?? "waiting",
        created: entry.job_created,
        started: entry.job_started,
        finished: entry.job_finished,
        targets: (entry.uploads ?? []).map(u => u.provider_name),
        koji: false,
        size: entry.image_size > 0 ? entry.image_size : undefined,
    };
}

export function cloudState(status: CloudComposeStatus): ComposeState {
    if (status.status === "success")
        return "success";
    if (status.status === "failure")
        return "failure";
    return status.image_status.status === "pending" ? "waiting" : "building";
}

export function fromCloud(status: CloudComposeStatus): ComposeView {
    const uploads = status.image_status.upload_statuses ?? (status.image_status.upload_status ? [status.image_status.upload_status] : []);
    const progress = status.image_status.progress;
    return {
        id: status.id,
        api: "cloud",
        blueprint: "",
        version: "",
        imageType: "",
        state: cloudState(status),
        targets: uploads.map(u => u.type),
        koji: status.koji_status !== undefined,
        progress: progress ? { ...progress } : undefined,
    };
}

/** Views made before, by the entry they were made from (entries are never changed in place). */
export type ViewCache = WeakMap<WeldrComposeEntry | CloudComposeStatus, ComposeView>;

function cached<T extends WeldrComposeEntry | CloudComposeStatus>(cache: ViewCache | undefined, entry: T, make: (entry: T) => ComposeView): ComposeView {
    let view = cache?.get(entry);
    if (!view) {
        view = make(entry);
        cache?.set(entry, view);
    }
    return view;
}

const newestFirst = (a: ComposeView, b: ComposeView): number =>
    (b.created ?? -Infinity) - (a.created ?? -Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merges both lists: a compose in both is a Weldr compose (blueprint, type and times come
 * from Weldr), with the Cloud view's progress. Newest first; unknown creation times last.
 * With a `cache`, an entry seen in an earlier merge gives the same view object again (so a
 * page whose composes did not change renders nothing new); views are never changed in place.
 */
export function mergeComposes(weldrEntries: readonly WeldrComposeEntry[], cloudStatuses: readonly CloudComposeStatus[], cache?: ViewCache): ComposeView[] {
    // where each id last appears: a later entry of an id wins, as a later read does
    const weldrAt = new Map<string, number>();
    for (let i = 0; i < weldrEntries.length; i++)
        weldrAt.set(weldrEntries[i].id, i);
    // of a compose Weldr lists too, the Cloud list gives only the progress
    const progress = new Map<string, ComposeProgress>();
    const cloudOnly = new Map<string, CloudComposeStatus>();
    for (const status of cloudStatuses) {
        if (!weldrAt.has(status.id))
            cloudOnly.set(status.id, status);
        else if (status.image_status.progress)
            progress.set(status.id, status.image_status.progress);
        else if (progress.has(status.id))
            progress.delete(status.id);
    }
    const merged: ComposeView[] = [];
    for (let i = 0; i < weldrEntries.length; i++) {
        const entry = weldrEntries[i];
        if (weldrAt.get(entry.id) !== i)
            continue;
        const view = cached(cache, entry, fromWeldr);
        const p = progress.get(entry.id);
        merged.push(p ? { ...view, progress: { ...p } } : view);
    }
    for (const status of cloudOnly.values())
        merged.push(cached(cache, status, fromCloud));
    return merged.sort(newestFirst);
}

/** Whether a compose can still change (and so is worth asking about again). */
export function isFinal(state: ComposeState): boolean {
    return state === "success" || state === "failure";
}

/** Replaces the entries whose id has a fresher copy; never adds ids the list does not have. */
export function withUpdates<T extends { id: string }>(list: T[], updates: ReadonlyMap<string, T>): T[] {
    if (updates.size === 0)
        return list;
    return list.map(entry => updates.get(entry.id) ?? entry);
}

/** Seconds from start (or creation) to finish, or to `now` while it runs; undefined when unknown. */
export function elapsedSeconds(view: ComposeView, now: number): number | undefined {
    const from = view.started ?? view.created;
    if (from === undefined)
        return undefined;
    const to = view.finished ?? (isFinal(view.state) ? undefined : now);
    return to === undefined ? undefined : Math.max(0, to - from);
}
