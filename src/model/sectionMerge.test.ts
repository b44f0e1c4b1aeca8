import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import { carryEditsOver, changedSections, jsonEqual } from "./sectionMerge.ts";

const base: Blueprint = {
    name: "web", version: "1.0.0", description: "old",
    packages: [{ name: "httpd" }],
    customizations: { hostname: "a", timezone: { timezone: "UTC" }, x_unknown: { keep: true } },
};

describe("changed sections", () => {
    it("names top-level fields and customization sections that differ", () => {
        const mine = { ...base, description: "new", customizations: { ...base.customizations, hostname: "b" } };
        assert.deepEqual(changedSections(base, mine), ["description", "customizations.hostname"]);
    });

    it("sees added and removed sections", () => {
        const mine: Blueprint = { ...base, customizations: { hostname: "a", x_unknown: { keep: true }, fips: true } };
        assert.deepEqual(changedSections(base, mine).sort(), ["customizations.fips", "customizations.timezone"]);
    });
});

describe("carrying edits over", () => {
    it("takes my changed sections and keeps their other changes", () => {
        const mine = { ...base, description: "mine", customizations: { ...base.customizations, hostname: "mine" } };
        const theirs = { ...base, version: "1.0.1", packages: [{ name: "httpd" }, { name: "mod_ssl" }], customizations: { ...base.customizations, timezone: { timezone: "Europe/Berlin" } } };
        const merged = carryEditsOver(base, mine, theirs);
        assert.equal(merged.description, "mine");
        assert.equal(merged.version, "1.0.1");
        assert.deepEqual(merged.packages, [{ name: "httpd" }, { name: "mod_ssl" }]);
        assert.deepEqual(merged.customizations, { hostname: "mine", timezone: { timezone: "Europe/Berlin" }, x_unknown: { keep: true } });
    });

    it("removes what I removed", () => {
        const { description: _dropped, ...mine } = base;
        const merged = carryEditsOver(base, mine as Blueprint, { ...base, version: "2.0.0" });
        assert.ok(!("description" in merged));
        assert.equal(merged.version, "2.0.0");
    });

    it("changes nothing when I changed nothing", () => {
        const theirs = { ...base, version: "9.9.9" };
        assert.deepEqual(carryEditsOver(base, base, theirs), theirs);
    });
});

describe("json equality", () => {
    it("compares deeply, key order does not matter", () => {
        assert.ok(jsonEqual({ a: [1, { b: 2 }], c: null }, { c: null, a: [1, { b: 2 }] }));
        assert.ok(!jsonEqual({ a: [1] }, { a: [1, 2] }));
        assert.ok(!jsonEqual({ a: undefined, b: 1 }, { b: 2 }));
        assert.ok(!jsonEqual([], {}));
    });
});
