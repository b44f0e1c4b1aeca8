import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { formatSize, parseSize } from "./size.ts";

describe("sizes", () => {
    it("reads bytes and sizes with composer's units", () => {
        const cases: [unknown, number][] = [
            [1024, 1024], [0, 0], ["1024", 1024], ["2 GiB", 2 * 1024 ** 3], ["500 MiB", 500 * 1024 ** 2],
            ["1 kB", 1000], ["3KiB", 3072], ["1 TB", 1e12], ["1 TiB", 1024 ** 4], ["7 B", 7], [" 5 GB ", 5e9],
        ];
        for (const [text, bytes] of cases)
            assert.equal(parseSize(text), bytes, String(text));
    });

    it("refuses what composer refuses", () => {
        for (const text of ["", "GiB", "2 gib", "2 KB", "1.5 GiB", "-1", "2 GiB extra", "2 toString", "2 constructor", -5, 1.5, true, null, undefined, [], "99999999999 TiB"])
            assert.equal(parseSize(text), null, String(text));
    });

    it("writes the shortest exact size, which reads back the same", () => {
        assert.equal(formatSize(2 * 1024 ** 3), "2 GiB");
        assert.equal(formatSize(5e9), "5 GB");
        assert.equal(formatSize(1536), "1536 B");
        assert.equal(formatSize(3000), "3 kB");
        assert.equal(formatSize(0), "0 B");
        assert.equal(formatSize(1001), "1001 B");
        for (const bytes of [0, 1, 512, 1000, 1024, 1536, 4096, 10 ** 9, 3 * 1024 ** 4, 123456789])
            assert.equal(parseSize(formatSize(bytes)), bytes);
    });
});
