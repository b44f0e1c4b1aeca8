import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Result } from "./parseReply.ts";
import type { Transport } from "./transport.ts";
import { unchangedReply } from "./unchangedReply.ts";

/** A transport whose text() answers the queued replies in turn; counts the decoder's calls. */
function fakeTransport(replies: Result<string>[]): Transport {
    return {
        api: "cloud",
        socket: "/nowhere",
        text: () => Promise.resolve(replies.shift() ?? { error: { kind: "server", api: "cloud", message: "no more replies" } }),
        json: () => Promise.reject(new Error("not used")),
    };
}

function decodeNames(value: unknown): string[] {
    if (!Array.isArray(value))
        throw new Error("not a list");
    return value.map(String);
}

describe("a list read again", () => {
    it("gives the same value, undecoded, while its text does not change", async () => {
        let decoded = 0;
        const read = unchangedReply(fakeTransport([{ data: '["a","b"]' }, { data: '["a","b"]' }, { data: '["a","c"]' }]), { path: "/list" },
            v => { decoded += 1; return decodeNames(v); });
        const first = await read();
        const second = await read();
        const third = await read();
        assert.deepEqual(first.data, ["a", "b"]);
        assert.equal(second.data, first.data);
        assert.deepEqual(third.data, ["a", "c"]);
        assert.notEqual(third.data, first.data);
        assert.equal(decoded, 2);
    });

    it("passes failures on, and decodes afresh after one", async () => {
        const read = unchangedReply(fakeTransport([{ data: '["a"]' }, { data: "not json" }, { data: '["a"]' }]), { path: "/list" }, decodeNames);
        const first = await read();
        const bad = await read();
        assert.equal(bad.error?.malformed, true);
        assert.equal(bad.error?.message, "not JSON");
        const again = await read();
        assert.deepEqual(again.data, ["a"]);
        assert.notEqual(again.data, first.data);
    });
});
