// `make check` runs this (suite "bench"): every benchmark once, with small data and 10 s
// request windows, so the scripts never rot. It asserts that each part ran and produced its
// figures, never anything about speed. Needs the built plugin (dist/) and the real sockets free.
import assert from "node:assert/strict";
import { before, test } from "node:test";

import { PARTS, runBench, SMOKE, table, type Results } from "./bench";

let results: Results | undefined;

before(async () => {
    results = await runBench(SMOKE, PARTS, () => undefined);
    process.stdout.write(`${table(results)}\n`);
}, { timeout: 240_000 });

const prefixes: Record<(typeof PARTS)[number], string[]> = {
    bytes: ["bytes.", "wire."],
    firstPaint: ["firstPaint.", "fromShell."],
    editor: ["editor."],
    images: ["bigList.", "requests."],
    download: ["download."],
};

for (const part of PARTS) {
    test(`bench smoke: ${part}`, () => {
        assert.ok(results, "the bench did not run");
        const error = results.errors.find(e => e.part === part);
        assert.equal(error?.error, undefined, `${part} failed`);
        const figures = results.figures.filter(f => prefixes[part].some(p => f.id.startsWith(p)));
        assert.ok(figures.length > 0, `${part} printed no figure`);
        for (const f of figures.filter(f => f.samples.length > 0))
            assert.ok(f.samples.every(Number.isFinite), `${f.id}: ${f.samples.join(", ")}`);
    });
}

test("bench smoke: the cpu probe ran before the parts and after each", () => {
    assert.ok(results, "the bench did not run");
    assert.deepEqual(results.cpu.map(c => c.at), ["start", ...PARTS.map(p => `after ${p}`)]);
    assert.ok(results.cpu.every(c => Number.isFinite(c.ms) && c.ms > 0), JSON.stringify(results.cpu));
});
