import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import zlib from "node:zlib";

import { bestGzip, cached, pruneCache, zlibGzip } from "./precompress.ts";

const text = Buffer.from(Array.from({ length: 2000 }, (_, i) => `.pf-v6-c-button--m-${i % 37} { color: var(--pf-t--global--color--${i % 11}); }\n`).join(""));

function tempDir(): string {
    return fs.mkdtempSync(path.join(os.tmpdir(), "precompress-test-"));
}

describe("precompress", () => {
    it("makes gzip that inflates to the input, no larger than zlib's best", async () => {
        const { compress } = await bestGzip();
        const packed = await compress(text);
        assert.deepEqual(zlib.gunzipSync(packed), text);
        assert.ok(packed.length <= (await zlibGzip(text)).length, `${packed.length} bytes`);
    });

    it("compresses an input once and answers the same input from the cache, also in a later build", async () => {
        const dir = tempDir();
        let calls = 0;
        const counting = async (data: Buffer) => {
            calls++;
            return zlibGzip(data);
        };
        const first = await cached(counting, "test", dir)(text);
        const again = await cached(counting, "test", dir)(text);
        assert.equal(calls, 1);
        assert.deepEqual(again, first);
        await cached(counting, "test", dir)(Buffer.from("other"));
        await cached(counting, "other settings", dir)(text);
        assert.equal(calls, 3);
        fs.rmSync(dir, { recursive: true });
    });

    it("forgets results no build asked for in a week, keeps the others", async () => {
        const dir = tempDir();
        await cached(zlibGzip, "test", dir)(text);
        await cached(zlibGzip, "test", dir)(Buffer.from("old"));
        const [a, b] = fs.readdirSync(dir).map(f => path.join(dir, f));
        const longAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
        fs.utimesSync(a, longAgo, longAgo);
        pruneCache(dir);
        assert.deepEqual(fs.readdirSync(dir).map(f => path.join(dir, f)), [b]);
        fs.rmSync(dir, { recursive: true });
    });
});
