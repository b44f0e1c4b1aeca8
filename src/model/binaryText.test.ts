import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { looksBinary } from "./binaryText.ts";

// [what, text, binary?]
const cases: [string, string, boolean][] = [
    ["a TOML blueprint", 'name = "web"\nversion = "1.0.0"\n\n[[packages]]\nname = "tmux"\n', false],
    ["a JSON blueprint with tabs and CRLF", '{\r\n\t"name": "web"\r\n}\r\n', false],
    ["text in other scripts", 'description = "Überprüfung — 日本語 — ελληνικά"\n', false],
    ["the empty text", "", false],
    ["a NUL byte anywhere in the start", 'name = "web"\u0000\n', true],
    ["a PNG header read as UTF-8", "\ufffdPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR", true],
    ["bytes that are not UTF-8", "\ufffd\ufffd\u0003\ufffd\u0011\ufffdk\ufffd\u0002x", true],
    ["one stray control character in a long text", `${"description = \"plain words\"\n".repeat(10)}\u0007`, false],
];

describe("looksBinary", () => {
    for (const [what, text, binary] of cases)
        it(`${what}: ${binary ? "binary" : "text"}`, () => assert.equal(looksBinary(text), binary));
});
