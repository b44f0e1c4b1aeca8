import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { type ErrorRow, errorCopyText, errorRows, normalizeError } from "./errorTree.ts";

const rows = (error: unknown) => errorRows(error).map(r => [r.depth, r.kind, r.id ?? null, r.key ?? null, r.text]);

describe("error tree rows", () => {
    it("flattens the reference's target error with nested details", () => {
        const error = { id: 28, reason: "at least one target failed", details: [{ id: 12, reason: "error importing image", details: "org.osbuild.aws" }] };
        assert.deepEqual(rows(error), [
            [0, "error", 28, null, "at least one target failed"],
            [1, "error", 12, null, "error importing image"],
            [2, "text", null, null, "org.osbuild.aws"],
        ]);
        assert.equal(errorCopyText(error), "28: at least one target failed\n  12: error importing image\n    org.osbuild.aws");
    });

    const cases: [string, unknown, unknown[][]][] = [
        ["no details", { id: 10, reason: "osbuild build failed" }, [[0, "error", 10, null, "osbuild build failed"]]],
        ["string details", { id: 10, reason: "r", details: "line 1\nline 2" }, [[0, "error", 10, null, "r"], [1, "text", null, null, "line 1\nline 2"]]],
        ["object details", { id: 22, reason: "depsolve", details: { package: "tmux", arch: "x86_64" } },
            [[0, "error", 22, null, "depsolve"], [1, "text", null, "package", "tmux"], [1, "text", null, "arch", "x86_64"]]],
        ["nested object in details", { id: 1, reason: "r", details: { job: { state: "failed" } } },
            [[0, "error", 1, null, "r"], [1, "text", null, "job", ""], [2, "text", null, "state", "failed"]]],
        ["array of strings", { id: 1, reason: "r", details: ["a", 2, true, null] },
            [[0, "error", 1, null, "r"], [1, "text", null, null, "a"], [1, "text", null, null, "2"], [1, "text", null, null, "true"]]],
        ["error without id", { reason: "only a reason" }, [[0, "error", null, null, "only a reason"]]],
        ["extra members kept", { id: 3, reason: "r", where: "upload" }, [[0, "error", 3, null, "r"], [1, "text", null, "where", "upload"]]],
        ["a bare string", "something broke", [[0, "error", null, null, "something broke"]]],
        ["a number", 7, [[0, "error", null, null, "7"]]],
        ["null", null, []],
        ["undefined", undefined, []],
        ["empty string", "", []],
        ["reason not a string", { id: 5, reason: 12 }, [[0, "text", null, "id", "5"], [0, "text", null, "reason", "12"]]],
        ["HTML stays text", { id: 1, reason: "<img src=x onerror=alert(1)>" }, [[0, "error", 1, null, "<img src=x onerror=alert(1)>"]]],
        ["control and bidi characters as escapes", { id: 1, reason: "a\u0000b\u202e" }, [[0, "error", 1, null, "a\\u0000b\\u202E"]]],
        ["zero-width characters as escapes", { id: 1, reason: "a\u200bb\ufeff" }, [[0, "error", 1, null, "a\\u200Bb\\uFEFF"]]],
    ];
    for (const [what, input, expected] of cases)
        it(`renders ${what}`, () => assert.deepEqual(rows(input), expected));

    it("summarises very deep nesting instead of recursing forever", () => {
        let error: Record<string, unknown> = { id: 0, reason: "leaf" };
        for (let i = 1; i < 5000; i++)
            error = { id: i, reason: `level ${i}`, details: error };
        const result = errorRows(error);
        assert.ok(result.length <= 40);
        assert.ok(Math.max(...result.map(r => r.depth)) <= 33);
    });

    it("keeps at most 500 rows and counts the rest", () => {
        const error = { id: 1, reason: "many", details: Array.from({ length: 2000 }, (_, i) => `detail ${i}`) };
        const result = errorRows(error);
        assert.equal(result.length, 501);
        assert.deepEqual(result.at(-1), { depth: 0, kind: "more", text: "1501" } satisfies ErrorRow);
        assert.ok(errorCopyText(error).endsWith("… (1501 more)"));
    });

    it("cuts a 1 MB detail", () => {
        const result = errorRows({ id: 1, reason: "r", details: "x".repeat(1 << 20) });
        assert.ok(result[1].text.length < 20_000);
    });
});

describe("normalizeError", () => {
    it("reads what is there and drops what is not", () => {
        assert.deepEqual(normalizeError({ id: 12, reason: "r", details: "d" }), { id: 12, reason: "r", details: "d" });
        assert.deepEqual(normalizeError({ id: "12", reason: "r", details: null }), { reason: "r" });
        assert.deepEqual(normalizeError({ reason: { nested: 1 } }), { reason: "{\"nested\":1}" });
        assert.deepEqual(normalizeError({ id: 3 }), { id: 3, reason: "" });
        assert.equal(normalizeError({}), undefined);
        assert.equal(normalizeError(null), undefined);
        assert.deepEqual(normalizeError("boom"), { reason: "boom" });
        assert.deepEqual(normalizeError([1]), { reason: "[1]" });
    });
});

describe("any error value", () => {
    it("gives rows and copy text, never a crash", () => {
        fc.assert(fc.property(fc.anything(), value => {
            const result = errorRows(value);
            assert.ok(result.every(r => typeof r.text === "string" && r.depth >= 0));
            assert.equal(typeof errorCopyText(value), "string");
            normalizeError(value);
        }), { seed: 20261122, numRuns: 1000 });
    });
});
