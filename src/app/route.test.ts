import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { parseRoute, routePath } from "./route.ts";

describe("routes", () => {
    it("reads every page from its path", () => {
        assert.deepEqual(parseRoute([]), { page: "blueprints" });
        assert.deepEqual(parseRoute([""]), { page: "blueprints" });
        assert.deepEqual(parseRoute(["blueprint", "web"]), { page: "blueprint", name: "web" });
        assert.deepEqual(parseRoute(["images"]), { page: "images" });
        assert.deepEqual(parseRoute(["image", "0b7c"]), { page: "image", id: "0b7c" });
        assert.deepEqual(parseRoute(["sources"]), { page: "sources" });
    });

    it("calls anything else unknown", () => {
        assert.equal(parseRoute(["blueprint"]).page, "unknown");
        assert.equal(parseRoute(["images", "x"]).page, "unknown");
        assert.equal(parseRoute(["nope"]).page, "unknown");
        assert.equal(parseRoute(["sources", "x"]).page, "unknown");
    });

    it("round-trips paths", () => {
        for (const path of [[], ["blueprint", "a"], ["images"], ["image", "b"], ["sources"]])
            assert.deepEqual(routePath(parseRoute(path)), path);
    });
});
