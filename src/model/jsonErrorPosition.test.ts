import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { jsonErrorOffset, positionAt } from "./jsonErrorPosition.ts";

describe("where JSON goes wrong", () => {
    it("finds nothing wrong with valid JSON, whatever the engine thinks of it", () => {
        for (const text of ['{"a":[1,-2.5e3,true,false,null,"x\\n\\u00e9"],"b":{}}', "[]", " 0 ", '"s"', '{\n  "name": "x"\n}\n']) {
            assert.equal(jsonErrorOffset(text), null, text);
            JSON.parse(text);
        }
    });

    it("points at the first wrong character, or the end when the text stops early", () => {
        const cases: [string, number][] = [
            ['{"a":}', 5], ['{"a":1,}', 7], ['{\n  "a": 1\n  "b": 2\n}', 13], ["", 0], ['{"a":', 5], ["[1,2", 4],
            ["nul", 3], ['{"a":"x\ny"}', 7], ["{'a':1}", 1], ['{"a":01}', 6], ['{"a":1} x', 8], ['"\\x"', 2], ['"\\u12g4"', 5],
        ];
        for (const [text, offset] of cases) {
            assert.equal(jsonErrorOffset(text), offset, text);
            assert.throws(() => JSON.parse(text), SyntaxError, text);
        }
    });

    it("turns an offset into a 1-based line and column", () => {
        assert.deepEqual(positionAt("ab\ncd\nef", 0), { line: 1, column: 1 });
        assert.deepEqual(positionAt("ab\ncd\nef", 4), { line: 2, column: 2 });
        assert.deepEqual(positionAt("ab\ncd\nef", 6), { line: 3, column: 1 });
        assert.deepEqual(positionAt("ab", 99), { line: 1, column: 3 });
    });
});

describe("hostile JSON", () => {
    it("reports deep nesting without overflowing the stack", () => {
        assert.equal(jsonErrorOffset("[".repeat(200000)), 200000);
        assert.equal(jsonErrorOffset("[".repeat(200000) + "]".repeat(200000)), null);
        assert.equal(jsonErrorOffset('{"a":'.repeat(100000) + "x"), 500000);
    });
});
