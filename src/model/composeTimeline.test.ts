import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { ComposeView } from "./compose.ts";
import { composeTimeline } from "./composeTimeline.ts";

const view = (extra: Partial<ComposeView>): ComposeView => ({
    id: "c", api: "weldr", blueprint: "bp", version: "1.0.0", imageType: "generic-qcow2", state: "waiting", targets: [], koji: false, ...extra,
});
const brief = (v: ComposeView, cloud?: unknown) => composeTimeline(v, cloud).map(s => `${s.id}:${s.state}${s.time !== undefined ? "@" + s.time : ""}`);

describe("compose timeline", () => {
    const cases: [string, ComposeView, unknown, string[]][] = [
        ["a waiting local compose", view({ state: "waiting", created: 10 }), undefined,
            ["waiting:current@10", "building:pending", "done:pending"]],
        ["a building local compose", view({ state: "building", created: 10, started: 20 }), undefined,
            ["waiting:done@10", "building:current@20", "done:pending"]],
        ["a finished local compose", view({ state: "success", created: 10, started: 20, finished: 30 }), undefined,
            ["waiting:done@10", "building:done@20", "done:done@30"]],
        ["a failed local compose", view({ state: "failure", created: 10, started: 20, finished: 30 }), undefined,
            ["waiting:done@10", "building:failed@20", "failed:failed@30"]],
        ["a Weldr compose that failed before it started", view({ state: "failure", created: 10, finished: 12 }), undefined,
            ["waiting:failed@10", "building:skipped", "failed:failed@12"]],
        ["a Weldr compose with an AWS upload, building", view({ state: "building", targets: ["aws"], created: 1, started: 2 }), undefined,
            ["waiting:done@1", "building:current@2", "uploading:pending", "done:pending"]],
        ["a Weldr compose with an AWS upload, finished", view({ state: "success", targets: ["aws"], created: 1, started: 2, finished: 3 }), undefined,
            ["waiting:done@1", "building:done@2", "uploading:done", "done:done@3"]],
        ["a Cloud compose without times", view({ api: "cloud", state: "building", targets: ["aws"] }), undefined,
            ["waiting:done", "building:current", "uploading:pending", "done:pending"]],
        ["a Cloud compose uploading (enum value)", view({ api: "cloud", state: "building", targets: ["aws"] }), { image_status: { status: "uploading" } },
            ["waiting:done", "building:done", "uploading:current", "done:pending"]],
        ["a Cloud compose whose target failed", view({ api: "cloud", state: "failure", targets: ["aws"] }),
            { status: "failure", image_status: { status: "failure", error: { id: 28, reason: "at least one target failed" } } },
            ["waiting:done", "building:done", "uploading:failed", "failed:failed"]],
        ["a Cloud compose whose build failed", view({ api: "cloud", state: "failure", targets: ["aws"] }),
            { status: "failure", image_status: { status: "failure", error: { id: 10, reason: "osbuild build failed" } } },
            ["waiting:done", "building:failed", "uploading:skipped", "failed:failed"]],
        ["a Cloud failure without an error", view({ api: "cloud", state: "failure", targets: ["aws"] }), { image_status: { status: "failure" } },
            ["waiting:done", "building:failed", "uploading:skipped", "failed:failed"]],
        ["a local-only Cloud compose with a target error", view({ api: "cloud", state: "failure", targets: ["local"] }),
            { image_status: { status: "failure", error: { id: 28, reason: "x" } } },
            ["waiting:done", "building:failed", "failed:failed"]],
        ["upload types read from the Cloud status", view({ api: "cloud", state: "success" }),
            { image_status: { status: "success", upload_statuses: [{ type: "gcp", status: "success" }, null, { type: 3 }] } },
            ["waiting:done", "building:done", "uploading:done", "done:done"]],
        ["a malformed Cloud status", view({ api: "cloud", state: "building" }), "garbage",
            ["waiting:done", "building:current", "done:pending"]],
        ["a Cloud status with a malformed error", view({ api: "cloud", state: "failure", targets: ["aws"] }), { image_status: { error: "x" } },
            ["waiting:done", "building:failed", "uploading:skipped", "failed:failed"]],
    ];
    for (const [what, v, cloud, expected] of cases)
        it(what, () => assert.deepEqual(brief(v, cloud), expected));

    it("a Koji compose imports into Koji", () => {
        const steps = composeTimeline(view({ api: "cloud", state: "building", koji: true }));
        assert.deepEqual(steps.map(s => s.title), ["Waiting", "Building", "Importing into Koji", "Done"]);
        const withUpload = composeTimeline(view({ api: "cloud", state: "building", koji: true, targets: ["aws"] }));
        assert.equal(withUpload[2].title, "Uploading");
    });

    it("shows progress on the building step while it runs", () => {
        const steps = composeTimeline(view({ api: "cloud", state: "building", progress: { done: 3, total: 9 } }));
        assert.deepEqual(steps[1].progress, { done: 3, total: 9 });
        assert.equal(composeTimeline(view({ state: "success", progress: { done: 9, total: 9 } }))[1].progress, undefined);
    });
});
