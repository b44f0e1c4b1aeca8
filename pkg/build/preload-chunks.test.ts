import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { withPreloads } from "./preload-chunks.ts";

describe("modulepreload links", () => {
    it("follow the start script, one per module, in the order given", () => {
        const html = "<head>\n    <script src=\"po.js\"></script>\n    <script type=\"module\" src=\"startup.js\"></script>\n</head>\n";
        assert.equal(withPreloads(html, ["chunks/chunk-A.js", "index.js"]),
            "<head>\n    <script src=\"po.js\"></script>\n" +
            "    <script type=\"module\" src=\"startup.js\"></script>\n" +
            "    <link rel=\"modulepreload\" href=\"chunks/chunk-A.js\">\n" +
            "    <link rel=\"modulepreload\" href=\"index.js\">\n</head>\n");
    });

    it("refuses a page without the start script instead of writing it unchanged", () => {
        assert.throws(() => withPreloads("<head></head>", ["chunks/a.js"]), /no <script type="module" src="startup.js">/);
    });
});
