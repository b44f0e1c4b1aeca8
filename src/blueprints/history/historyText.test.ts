import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { commitTime, orderPair, shortCommit } from "./historyText.ts";

const changes = ["c3", "c2", "c1"].map(commit => ({ commit, message: "", timestamp: "", revision: null }));

describe("history helpers", () => {
    it("orders two picked commits as older, newer whatever the picking order", () => {
        assert.deepEqual(orderPair(changes, ["c3", "c1"]), ["c1", "c3"]);
        assert.deepEqual(orderPair(changes, ["c1", "c2"]), ["c1", "c2"]);
        assert.equal(orderPair(changes, ["c1"]), null);
        assert.equal(orderPair(changes, ["c1", "gone"]), null);
    });

    it("shortens commits and keeps a time it cannot read", () => {
        assert.equal(shortCommit("0123456789abcdef"), "01234567");
        assert.equal(commitTime("not a time"), "not a time");
        assert.notEqual(commitTime("2026-01-02T03:04:05Z"), "2026-01-02T03:04:05Z");
    });
});
