import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { withPreloads } from "./preload-chunks.ts";

describe("modulepreload links", () => {
    it("go before the entry script, one per chunk", () => {
        const html = "<head>\n    <script src=\"po.js\"></script>\n    <script type=\"module\" src=\"index.js\"></script>\n</head>\n";
        assert.equal(withPreloads(html, ["chunks/chunk-A.js", "chunks/chunk-B.js"]),
            "<head>\n    <script src=\"po.js\"></script>\n" +
            "    <link rel=\"modulepreload\" href=\"chunks/chunk-A.js\">\n" +
            "    <link rel=\"modulepreload\" href=\"chunks/chunk-B.js\">\n" +
            "    <script type=\"module\" src=\"index.js\"></script>\n</head>\n");
    });

    it("refuses a page without the entry script instead of writing it unchanged", () => {
        assert.throws(() => withPreloads("<head></head>", ["chunks/a.js"]), /no <script type="module" src="index.js">/);
    });
});
