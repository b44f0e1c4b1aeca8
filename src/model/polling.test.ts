import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { LIST_REFRESH_MS, MAX_DELAY_MS, SETTLED_STEP, advance, backoffDelay, dueIds, listDue, nextDue, syncSchedule } from "./polling.ts";

describe("polling back-off", () => {
    it("goes 2 s, 4 s, 8 s, then stays at 10 s", () => {
        assert.deepEqual([0, 1, 2, 3, 4, 50].map(backoffDelay), [2000, 4000, 8000, 10000, 10000, 10000]);
        assert.equal(backoffDelay(-1), 2000);
        assert.equal(backoffDelay(Number.NaN), 2000);
        assert.equal(backoffDelay(SETTLED_STEP), MAX_DELAY_MS);
    });

    it("starts composes of the first list read at 10 s and new ones at 2 s", () => {
        let s = syncSchedule(new Map(), ["a"], 0, true);
        assert.equal(s.get("a")?.due, 10_000);
        s = syncSchedule(s, ["a", "b"], 5_000, false);
        assert.equal(s.get("b")?.due, 7_000);
        assert.equal(s.get("a")?.due, 10_000);
        s = syncSchedule(s, ["b"], 6_000, false);
        assert.equal(s.has("a"), false);
    });

    it("asks only about due ids and backs them off", () => {
        const s = syncSchedule(new Map(), ["a", "b"], 0, false);
        assert.deepEqual(dueIds(s, 1_000), []);
        assert.deepEqual(dueIds(s, 2_000), ["a", "b"]);
        advance(s, ["a"], 2_000);
        assert.equal(s.get("a")?.due, 6_000);
        assert.equal(nextDue(s), 2_000);
        assert.equal(nextDue(new Map()), undefined);
    });

    it("keeps 5 composes of a first read within one request each per 10 s", () => {
        const ids = ["1", "2", "3", "4", "5"];
        const s = syncSchedule(new Map(), ids, 0, true);
        let requests = 0;
        for (let now = 0; now <= 60_000; now += 500) {
            const due = dueIds(s, now);
            requests += due.length;
            advance(s, due, now);
        }
        assert.ok(requests <= ids.length * 6, `${requests} requests in 60 s`);
    });

    it("refreshes the list at most every 30 s", () => {
        assert.equal(listDue(undefined, 0), true);
        assert.equal(listDue(0, LIST_REFRESH_MS - 1), false);
        assert.equal(listDue(0, LIST_REFRESH_MS), true);
    });
});
