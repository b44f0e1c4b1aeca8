import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type ComposeView, mergeComposes } from "./compose.ts";
import { applyListQuery, dependsOnNow, imageTypesOf, indexComposes, isFiltered, isMergedOrder, listQueryOptions, pageOf, parseListQuery } from "./composeFilters.ts";

const view = (id: string, extra: Partial<ComposeView>): ComposeView => ({
    id, api: "weldr", blueprint: "", version: "", imageType: "", state: "success", targets: [], koji: false, ...extra,
});

const weldr = (id: string, created: number) => ({
    id, blueprint: "web", version: "1.0.0", compose_type: "qcow2", image_size: 0, queue_status: "FINISHED" as const, job_created: created,
});

const composes = [
    view("a", { blueprint: "web", version: "1.0.0", imageType: "qcow2", created: 10, started: 10, finished: 40 }),
    view("b", { blueprint: "db", version: "0.1.0", imageType: "ami", state: "failure", created: 20, started: 20, finished: 25 }),
    view("c", { api: "cloud", state: "building", created: undefined }),
    view("d", { api: "cloud", koji: true, state: "waiting" }),
];

describe("images list query", () => {
    it("reads options, ignoring unknown values", () => {
        const q = parseListQuery({ status: "building,bogus", api: "koji", sort: "type", dir: "asc", page: "3", perPage: "x" });
        assert.deepEqual(q.status, ["building"]);
        assert.deepEqual(q.api, ["koji"]);
        assert.equal(q.sort, "type");
        assert.equal(q.desc, false);
        assert.equal(q.page, 3);
        assert.equal(q.perPage, 20);
        assert.equal(isFiltered(q), true);
        assert.equal(isFiltered(parseListQuery({})), false);
    });

    it("writes only what differs from the defaults, and reads it back", () => {
        assert.deepEqual(listQueryOptions(parseListQuery({})), {});
        const o = { status: "success,failure", blueprint: "we", type: "qcow2", api: "weldr", sort: "elapsed", dir: "desc", page: "2", perPage: "50" };
        assert.deepEqual(listQueryOptions(parseListQuery(o)), o);
    });

    it("filters by status, blueprint, type and API", () => {
        const ids = (o: Record<string, string>) => applyListQuery(composes, parseListQuery(o), 100).map(c => c.id);
        assert.deepEqual(ids({ status: "failure" }), ["b"]);
        assert.deepEqual(ids({ blueprint: "WE" }), ["a"]);
        assert.deepEqual(ids({ type: "ami" }), ["b"]);
        assert.deepEqual(ids({ api: "cloud" }), ["c"]);
        assert.deepEqual(ids({ api: "koji,weldr", status: "waiting" }), ["d"]);
    });

    it("sorts newest first by default, unknown times last, and by other columns", () => {
        const ids = (o: Record<string, string>) => applyListQuery(composes, parseListQuery(o), 100).map(c => c.id);
        assert.deepEqual(ids({}), ["b", "a", "c", "d"]);
        assert.deepEqual(ids({ sort: "blueprint", dir: "asc" }), ["b", "a", "c", "d"]);
        assert.deepEqual(ids({ sort: "status", dir: "asc" }), ["d", "c", "b", "a"]);
        assert.deepEqual(ids({ sort: "elapsed", dir: "desc" }), ["a", "b", "c", "d"]);
    });

    it("sorts names as people read them and versions by number, ties by id", () => {
        const list = [
            view("z1", { blueprint: "Beta", version: "1.10.0" }),
            view("a1", { blueprint: "alpha", version: "2.0.0" }),
            view("z2", { blueprint: "Beta", version: "1.9.0" }),
            view("a2", { blueprint: "Beta", version: "1.9.0" }),
        ];
        const ids = (o: Record<string, string>) => applyListQuery(list, parseListQuery(o), 0).map(c => c.id);
        assert.deepEqual(ids({ sort: "blueprint", dir: "asc" }), ["a1", "a2", "z2", "z1"]);
        assert.deepEqual(ids({ sort: "blueprint", dir: "desc" }), ["z1", "a2", "z2", "a1"]);
    });

    it("answers every query from one index of the list, the clock only for the elapsed time", () => {
        const index = indexComposes(composes);
        for (const o of [{}, { sort: "type", dir: "asc" }, { status: "waiting,building" }, { blueprint: "d" }]) {
            const q = parseListQuery(o);
            assert.deepEqual(applyListQuery(index, q, 100), applyListQuery(composes, q, 100));
            assert.equal(dependsOnNow(q), false);
        }
        const byElapsed = parseListQuery({ sort: "elapsed", dir: "desc" });
        assert.equal(dependsOnNow(byElapsed), true);
        // the building compose has no start time: its elapsed time is unknown at any hour
        assert.deepEqual(applyListQuery(index, byElapsed, 1e9).map(c => c.id), ["a", "b", "c", "d"]);
    });

    it("says when the merged list already is the answer: the default order, nothing filtered", () => {
        const merged = mergeComposes([weldr("m", 30), weldr("k", 30), weldr("n", 10)],
            [{ id: "q", status: "success", image_status: { status: "success" } }, { id: "p", status: "pending", image_status: { status: "building" } }]);
        assert.deepEqual(merged.map(c => c.id), ["k", "m", "n", "p", "q"]);
        assert.equal(isMergedOrder(parseListQuery({})), true);
        assert.deepEqual(applyListQuery(merged, parseListQuery({}), 100), merged);
        for (const o of [{ sort: "created", dir: "asc" }, { sort: "type" }, { blueprint: "x" }, { status: "success" }, { api: "cloud" }, { type: "ami" }])
            assert.equal(isMergedOrder(parseListQuery(o)), false, JSON.stringify(o));
    });

    it("pages 10,000 rows and clamps the page", () => {
        const many = Array.from({ length: 10_000 }, (_, i) => i);
        assert.deepEqual(pageOf(many, 2, 100).rows.slice(0, 2), [100, 101]);
        assert.equal(pageOf(many, 999, 100).page, 100);
        assert.equal(pageOf([], 3, 20).page, 1);
        assert.deepEqual(imageTypesOf(composes), ["ami", "qcow2"]);
    });
});
