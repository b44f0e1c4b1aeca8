// The image page's status timeline: waiting, building, uploading (when the image goes somewhere
// besides the composer host), then done or failed, with times where the API tells them
// (Weldr job_created/started/finished; the Cloud API gives none). Pure.
import type { ComposeView } from "./compose";

const N_ = (message: string): string => message;

export type TimelineStepId = "waiting" | "building" | "uploading" | "done" | "failed";
export type TimelineStepState = "done" | "current" | "failed" | "pending" | "skipped";

export interface TimelineStep {
    id: TimelineStepId;
    /** msgid */
    title: string;
    state: TimelineStepState;
    /** Unix seconds, when known */
    time?: number;
    /** on the building step while it is current */
    progress?: { done: number; total: number };
}

/** Cloud error ids (worker clienterrors) that mean the build finished and its upload or import failed. */
const UPLOAD_ERROR_IDS = new Set([11, 12, 14, 16, 28]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

/** Upload target types that move the image off the composer host (Weldr provider names or Cloud types). */
function uploadTargets(view: ComposeView, cloud: unknown): string[] {
    const types = new Set(view.targets);
    const image = isRecord(cloud) && isRecord(cloud.image_status) ? cloud.image_status : undefined;
    if (image && Array.isArray(image.upload_statuses))
        for (const upload of image.upload_statuses)
            if (isRecord(upload) && typeof upload.type === "string")
                types.add(upload.type);
    return [...types].filter(t => t !== "local" && t !== "");
}

function failedAt(view: ComposeView, cloud: unknown, uploads: boolean): "waiting" | "building" | "uploading" {
    const image = isRecord(cloud) && isRecord(cloud.image_status) ? cloud.image_status : undefined;
    const errorId = image && isRecord(image.error) ? image.error.id : undefined;
    if (uploads && typeof errorId === "number" && UPLOAD_ERROR_IDS.has(errorId))
        return "uploading";
    if (view.api === "weldr" && view.started === undefined)
        return "waiting";
    return "building";
}

/**
 * The steps for a compose. `cloud` is the compose's Cloud `ComposeStatus` when there is one: it
 * tells which step failed (from the error id) and an `uploading` image status (the enum has it;
 * composer does not send it today).
 */
export function composeTimeline(view: ComposeView, cloud?: unknown): TimelineStep[] {
    const targets = uploadTargets(view, cloud);
    const hasUpload = targets.length > 0 || view.koji;
    const ids: TimelineStepId[] = ["waiting", "building", ...(hasUpload ? ["uploading" as const] : [])];
    const imageStatus = isRecord(cloud) && isRecord(cloud.image_status) ? cloud.image_status.status : undefined;

    let current: TimelineStepId | "finished";
    let failed: TimelineStepId | undefined;
    if (view.state === "success")
        current = "finished";
    else if (view.state === "failure") {
        failed = failedAt(view, cloud, hasUpload);
        current = failed;
    } else if (view.state === "waiting")
        current = "waiting";
    else
        current = hasUpload && (imageStatus === "uploading" || imageStatus === "registering") ? "uploading" : "building";

    const titles: Record<TimelineStepId, string> = {
        waiting: N_("Waiting"),
        building: N_("Building"),
        uploading: view.koji && targets.length === 0 ? N_("Importing into Koji") : N_("Uploading"),
        done: N_("Done"),
        failed: N_("Failed"),
    };
    const times: Partial<Record<TimelineStepId, number>> = { waiting: view.created, building: view.started };

    const currentIndex = current === "finished" ? ids.length : ids.indexOf(current);
    const steps: TimelineStep[] = ids.map((id, i) => {
        let state: TimelineStepState;
        if (i < currentIndex)
            state = "done";
        else if (i === currentIndex)
            state = failed ? "failed" : "current";
        else
            state = failed ? "skipped" : "pending";
        const step: TimelineStep = { id, title: titles[id], state };
        const time = times[id];
        if (time !== undefined && state !== "pending" && state !== "skipped")
            step.time = time;
        if (id === "building" && state === "current" && view.progress)
            step.progress = { ...view.progress };
        return step;
    });

    const last: TimelineStep = failed
        ? { id: "failed", title: titles.failed, state: "failed" }
        : { id: "done", title: titles.done, state: current === "finished" ? "done" : "pending" };
    if (view.finished !== undefined && (failed || current === "finished"))
        last.time = view.finished;
    steps.push(last);
    return steps;
}
