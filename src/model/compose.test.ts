import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type CloudComposeStatus, type WeldrComposeEntry, cloudState, elapsedSeconds, fromWeldr, isFinal, mergeComposes, withUpdates } from "./compose.ts";

const weldrEntry = (id: string, queue_status: WeldrComposeEntry["queue_status"], job_created: number): WeldrComposeEntry => ({
    id, blueprint: "web", version: "1.0.0", compose_type: "generic-qcow2", image_size: 0, queue_status, job_created,
});

const cloudStatus = (id: string, status: string, image: string, extra: Partial<CloudComposeStatus> = {}): CloudComposeStatus => ({
    id, status, image_status: { status: image }, ...extra,
});

describe("compose states", () => {
    it("maps Weldr queue states", () => {
        assert.equal(fromWeldr(weldrEntry("1", "WAITING", 1)).state, "waiting");
        assert.equal(fromWeldr(weldrEntry("1", "RUNNING", 1)).state, "building");
        assert.equal(fromWeldr(weldrEntry("1", "FINISHED", 1)).state, "success");
        assert.equal(fromWeldr(weldrEntry("1", "FAILED", 1)).state, "failure");
    });

    it("maps Cloud compose and image states", () => {
        assert.equal(cloudState(cloudStatus("1", "pending", "pending")), "waiting");
        assert.equal(cloudState(cloudStatus("1", "pending", "building")), "building");
        assert.equal(cloudState(cloudStatus("1", "success", "success")), "success");
        assert.equal(cloudState(cloudStatus("1", "failure", "failure")), "failure");
    });
});

describe("merged compose list", () => {
    it("shows a compose both APIs list once, as a Weldr compose with Cloud progress", () => {
        const merged = mergeComposes(
            [weldrEntry("a", "RUNNING", 100)],
            [cloudStatus("a", "pending", "building", { image_status: { status: "building", progress: { done: 3, total: 9 } } }),
             cloudStatus("b", "success", "success", { koji_status: { build_id: 7 } })],
        );
        assert.equal(merged.length, 2);
        const a = merged.find(c => c.id === "a");
        assert.equal(a?.api, "weldr");
        assert.equal(a?.blueprint, "web");
        assert.deepEqual(a?.progress, { done: 3, total: 9 });
        const b = merged.find(c => c.id === "b");
        assert.equal(b?.api, "cloud");
        assert.equal(b?.koji, true);
    });

    it("lists newest first and composes without a time last", () => {
        const merged = mergeComposes([weldrEntry("old", "FINISHED", 10), weldrEntry("new", "FINISHED", 20)], [cloudStatus("c", "success", "success")]);
        assert.deepEqual(merged.map(c => c.id), ["new", "old", "c"]);
    });

    it("reads upload target types from the Cloud list", () => {
        const merged = mergeComposes([], [cloudStatus("x", "success", "success", {
            image_status: { status: "success", upload_statuses: [{ type: "aws", status: "success" }, { type: "local", status: "success" }] },
        })]);
        assert.deepEqual(merged[0].targets, ["aws", "local"]);
    });
});

describe("merging again", () => {
    it("gives the same view for an entry merged before, and a new one for a changed entry", () => {
        const cache = new WeakMap();
        const a = weldrEntry("a", "FINISHED", 10);
        const b = weldrEntry("b", "RUNNING", 20);
        const c = cloudStatus("c", "success", "success");
        const first = mergeComposes([a, b], [c], cache);
        const bDone = weldrEntry("b", "FINISHED", 20);
        const second = mergeComposes([a, bDone], [c], cache);
        assert.equal(second.find(v => v.id === "a"), first.find(v => v.id === "a"));
        assert.equal(second.find(v => v.id === "c"), first.find(v => v.id === "c"));
        assert.notEqual(second.find(v => v.id === "b"), first.find(v => v.id === "b"));
        assert.equal(second.find(v => v.id === "b")?.state, "success");
    });

    it("adds the Cloud progress without changing the view it keeps", () => {
        const cache = new WeakMap();
        const a = weldrEntry("a", "RUNNING", 10);
        const withProgress = mergeComposes([a], [cloudStatus("a", "pending", "building", { image_status: { status: "building", progress: { done: 1, total: 5 } } })], cache);
        assert.deepEqual(withProgress[0].progress, { done: 1, total: 5 });
        const without = mergeComposes([a], [], cache);
        assert.equal(without[0].progress, undefined);
    });

    it("takes the last entry of an id that a list repeats (a compose that finished between two reads)", () => {
        const merged = mergeComposes([weldrEntry("a", "RUNNING", 10), weldrEntry("a", "FINISHED", 10)],
            [cloudStatus("x", "pending", "building"), cloudStatus("x", "success", "success")]);
        assert.deepEqual(merged.map(v => [v.id, v.state]), [["a", "success"], ["x", "success"]]);
    });
});

describe("live updates", () => {
    it("replaces entries by id and never adds ids", () => {
        const list = [weldrEntry("a", "RUNNING", 1), weldrEntry("b", "RUNNING", 2)];
        const done = weldrEntry("a", "FINISHED", 1);
        const out = withUpdates(list, new Map([["a", done], ["z", weldrEntry("z", "RUNNING", 3)]]));
        assert.deepEqual(out.map(e => e.queue_status), ["FINISHED", "RUNNING"]);
        assert.equal(withUpdates(list, new Map()), list);
    });

    it("measures elapsed time from start to finish, or to now while it runs", () => {
        assert.equal(elapsedSeconds(fromWeldr({ ...weldrEntry("a", "FINISHED", 10), job_started: 20, job_finished: 50 }), 999), 30);
        assert.equal(elapsedSeconds(fromWeldr({ ...weldrEntry("a", "RUNNING", 10), job_started: 20 }), 25), 5);
        assert.equal(elapsedSeconds(fromWeldr(weldrEntry("a", "FAILED", 10)), 25), undefined);
        assert.equal(isFinal("building"), false);
    });

    it("keeps the Cloud subprogress", () => {
        const merged = mergeComposes([], [cloudStatus("c", "pending", "building", { image_status: { status: "building", progress: { done: 1, total: 4, subprogress: { done: 2, total: 3 } } } })]);
        assert.deepEqual(merged[0].progress, { done: 1, total: 4, subprogress: { done: 2, total: 3 } });
    });
});
