import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { compareVersions } from "./semver.ts";

describe("version order", () => {
    it("orders numerically, not as text", () => {
        assert.ok(compareVersions("1.2.10", "1.2.9") > 0);
        assert.ok(compareVersions("0.10.0", "0.9.99") > 0);
        assert.ok(compareVersions("2.0.0", "10.0.0") < 0);
        assert.equal(compareVersions("1.0.0", "1.0.0"), 0);
    });

    it("puts prereleases before their release", () => {
        assert.ok(compareVersions("1.0.0-rc.1", "1.0.0") < 0);
        assert.ok(compareVersions("1.0.0-rc.2", "1.0.0-rc.10") < 0);
        assert.ok(compareVersions("1.0.0-alpha", "1.0.0-1") > 0);
    });

    it("sorts what is not a semantic version after what is", () => {
        assert.ok(compareVersions("banana", "1.0.0") > 0);
        assert.ok(compareVersions("1.0.0", "") < 0);
        assert.ok(compareVersions("a", "b") < 0);
    });
});
