import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { getIn, pathText, setIn } from "./objectPath.ts";

describe("setIn", () => {
    it("copies the objects on the path and shares the rest", () => {
        const root = { a: { b: 1 }, c: { d: 2 } };
        const next = setIn(root, ["a", "b"], 5);
        assert.deepEqual(next, { a: { b: 5 }, c: { d: 2 } });
        assert.equal(root.a.b, 1);
        assert.equal(next.c, root.c);
    });

    it("creates arrays for numeric keys and objects for names", () => {
        assert.deepEqual(setIn({}, ["user", 0, "name"], "x"), { user: [{ name: "x" }] });
    });

    it("removes keys and array elements when given undefined", () => {
        assert.deepEqual(setIn({ a: 1, b: 2 }, ["a"], undefined), { b: 2 });
        assert.deepEqual(setIn({ l: [1, 2, 3] }, ["l", 1], undefined), { l: [1, 3] });
    });

    it("writes a key named __proto__ as data, never as the prototype", () => {
        const next = setIn<Record<string, unknown>>({}, ["__proto__"], { polluted: true });
        assert.equal(Object.getPrototypeOf(next), Object.prototype);
        assert.ok(Object.hasOwn(next, "__proto__"));
        assert.equal((({}) as Record<string, unknown>).polluted, undefined);
        assert.deepEqual(getIn(next, ["__proto__", "polluted"]), true);
        assert.equal(JSON.stringify(next), '{"__proto__":{"polluted":true}}');
    });

    it("keeps a parsed __proto__ key when changing another one", () => {
        const parsed = JSON.parse('{"__proto__":{"x":1},"name":"a"}') as Record<string, unknown>;
        const next = setIn(parsed, ["name"], "b");
        assert.equal(JSON.stringify(next), '{"__proto__":{"x":1},"name":"b"}');
    });
});

describe("pathText", () => {
    it("writes indexes in brackets and names with dots", () => {
        assert.equal(pathText(["customizations", "user", 0, "name"]), "customizations.user[0].name");
    });
});
