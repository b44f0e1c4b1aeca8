import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { diffLines, sideBySide, unifiedDiff } from "./lineDiff.ts";

function apply(lines: ReturnType<typeof diffLines>): [string, string] {
    const oldText = lines.filter(l => l.kind !== "added").map(l => l.text).join("\n");
    const newText = lines.filter(l => l.kind !== "removed").map(l => l.text).join("\n");
    return [oldText, newText];
}

describe("line diff", () => {
    it("marks nothing in equal texts", () => {
        assert.deepEqual(diffLines("a\nb\n", "a\nb\n").map(l => l.kind), ["same", "same"]);
        assert.deepEqual(diffLines("", ""), []);
    });

    it("finds the shortest set of changes, with line numbers on each side", () => {
        const lines = diffLines("a\nb\nc\nd\n", "a\nc\nd\ne\n");
        assert.deepEqual(lines, [
            { kind: "same", text: "a", oldLine: 1, newLine: 1 },
            { kind: "removed", text: "b", oldLine: 2 },
            { kind: "same", text: "c", oldLine: 3, newLine: 2 },
            { kind: "same", text: "d", oldLine: 4, newLine: 3 },
            { kind: "added", text: "e", newLine: 4 },
        ]);
    });

    it("keeps both texts recoverable from the diff, for many random edits", () => {
        let seed = 7;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let round = 0; round < 200; round++) {
            const a = Array.from({ length: Math.floor(random() * 30) }, () => "abcde"[Math.floor(random() * 5)]);
            const b = a.filter(() => random() > 0.2).flatMap(l => random() > 0.8 ? [l, "xyz"[Math.floor(random() * 3)]] : [l]);
            const lines = diffLines(a.join("\n"), b.join("\n"));
            assert.deepEqual(apply(lines), [a.join("\n"), b.join("\n")]);
        }
    });

    it("finds the one change in a 5,000-line text", () => {
        const a = Array.from({ length: 5000 }, (_, i) => `line ${i}`);
        const b = [...a];
        b[2500] = "changed";
        const lines = diffLines(a.join("\n"), b.join("\n"));
        assert.deepEqual(lines.filter(l => l.kind !== "same").map(l => l.text), ["line 2500", "changed"]);
    });

    it("replaces wholesale when two long texts have nothing in common", () => {
        const a = Array.from({ length: 3000 }, (_, i) => `old ${i}`).join("\n");
        const b = Array.from({ length: 3000 }, (_, i) => `new ${i}`).join("\n");
        const lines = diffLines(a, b);
        assert.equal(lines.length, 6000);
        assert.deepEqual(apply(lines), [a, b]);
    });

    it("writes unified hunks with context like diff -u", () => {
        const a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
        const b = "1\n2\nthree\n4\n5\n6\n7\n8\n9\n10\neleven\n";
        assert.deepEqual(unifiedDiff(a, b, 1), ["@@ -2,3 +2,3 @@", " 2", "-3", "+three", " 4", "@@ -10 +10,2 @@", " 10", "+eleven"]);
        assert.deepEqual(unifiedDiff("", "a\n"), ["@@ -0,0 +1 @@", "+a"]);
        assert.deepEqual(unifiedDiff("a\n", "a\n"), []);
    });

    it("pairs removed and added lines side by side", () => {
        const rows = sideBySide(diffLines("a\nb\nc\n", "a\nB\nB2\nc\n"));
        assert.deepEqual(rows.map(r => [r.old?.text ?? null, r.new?.text ?? null]), [["a", "a"], ["b", "B"], [null, "B2"], ["c", "c"]]);
    });
});
