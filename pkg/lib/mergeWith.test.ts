// pkg/lib/mergeWith.ts stands in for lodash's mergeWith in the bundle: it must give lodash's
// results, for the kinds of values props hold (lodash is installed with @patternfly/react-table).
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { isDeepStrictEqual } from "node:util";
import { cloneElement, createElement, isValidElement } from "react";

import mergeWith from "./mergeWith.ts";

const lodashMergeWith = createRequire(import.meta.url)("lodash/mergeWith") as typeof mergeWith;

class Point {
    constructor(public x: number, public y: number) {}
}

const FUNCTIONS = [() => 1, function named() {
    return 2;
}, Point];

/** a deterministic stream of numbers in [0, 1) */
function random(seed: number): () => number {
    let s = seed >>> 0;
    return () => {
        s = (s * 1664525 + 1013904223) >>> 0;
        return s / 2 ** 32;
    };
}

const KEYS = ["a", "b", "className", "children", "style", "onClick", "0", "1", "length"];

/** a random prop-like value; the same seed gives an equal value (functions: the very same) */
function value(next: () => number, depth: number): unknown {
    const kind = Math.floor(next() * (depth > 2 ? 6 : 11));
    switch (kind) {
    case 0: return Math.floor(next() * 3);
    case 1: return ["x", "", "pf-m-y"][Math.floor(next() * 3)];
    case 2: return [undefined, null, Number.NaN, true, false][Math.floor(next() * 5)];
    case 3: return FUNCTIONS[Math.floor(next() * FUNCTIONS.length)];
    case 4: return new Point(Math.floor(next() * 3), 1);
    case 5: return new Date(Math.floor(next() * 3) * 1000);
    case 6: case 7: {
        const object: Record<string, unknown> = {};
        for (let n = Math.floor(next() * 4); n > 0; n--)
            object[KEYS[Math.floor(next() * KEYS.length)]] = value(next, depth + 1);
        return next() < 0.1 ? Object.assign(Object.create(null) as object, object) : object;
    }
    case 8: return Array.from({ length: Math.floor(next() * 3) }, () => value(next, depth + 1));
    case 9: return createElement("span", { className: "c" }, String(Math.floor(next() * 3)));
    default: return { children: value(next, depth + 1), className: "k" };
    }
}

function sources(seed: number): unknown[] {
    const next = random(seed);
    return Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
        const object: Record<string, unknown> = {};
        for (let n = Math.floor(next() * 5); n > 0; n--)
            object[KEYS[Math.floor(next() * KEYS.length)]] = value(next, 0);
        return object;
    });
}

// the customizer of @patternfly/react-table's merge-props.js, in spirit
function customizer(a: unknown, b: unknown, key: string): unknown {
    if (key === "children") {
        if (b && isValidElement<{ children?: unknown }>(a))
            return cloneElement(a, { children: b });
        return { ...(b as object), ...(a as object) };
    }
    if (key === "className" && typeof b === "string")
        return [a, b].filter(c => typeof c === "string" && c).join(" ");
    return undefined;
}

describe("mergeWith, in place of lodash's", () => {
    it("gives lodash's result, and leaves the sources as lodash does, on 3000 random prop sets", () => {
        for (let seed = 1; seed <= 3000; seed++) {
            for (const custom of [false, true]) {
                const ours = sources(seed);
                const theirs = sources(seed);
                // both throw alike where a value cannot be assigned (an array's length set to "x")
                const outcome = (merge: typeof mergeWith, all: unknown[]) => {
                    try {
                        return custom ? merge({}, ...all, customizer) : merge({}, ...all);
                    } catch (e) {
                        return { threw: String(e) };
                    }
                };
                const mergedOurs = outcome(mergeWith, ours);
                const mergedTheirs = outcome(lodashMergeWith, theirs);
                assert.ok(isDeepStrictEqual(mergedOurs, mergedTheirs), `seed ${seed}${custom ? " with customizer" : ""}: ${JSON.stringify(mergedOurs)} != ${JSON.stringify(mergedTheirs)}`);
                assert.ok(isDeepStrictEqual(ours, theirs), `seed ${seed}: sources changed differently`);
            }
        }
    });

    it("merges the way react-table merges a cell's props: a copy of the first, the others into it", () => {
        const first = { className: "a", style: { width: 1 }, children: "x" };
        const merged = mergeWith(mergeWith({}, first), { className: "b", style: { height: 2 } }, customizer);
        assert.deepEqual(merged, { className: "a b", style: { width: 1, height: 2 }, children: "x" });
        assert.deepEqual(first, { className: "a", style: { width: 1 }, children: "x" });
        assert.notEqual((merged as typeof first).style, first.style);
    });

    it("keeps a value met again deeper in the same source as one shared copy (cycles end)", () => {
        const shared: Record<string, unknown> = { n: 1 };
        shared.self = shared;
        const ours = mergeWith({}, { a: shared }) as { a: { self: unknown } };
        const theirs = lodashMergeWith({}, { a: shared }) as { a: { self: unknown } };
        assert.equal(ours.a.self, ours.a);
        assert.equal(theirs.a.self, theirs.a);
        assert.notEqual(ours.a, shared);
    });
});
