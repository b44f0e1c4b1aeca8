import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type BlueprintRow, filterAndSort, matchesSearch } from "./blueprintList.ts";

function row(name: string, description?: string, version?: string): BlueprintRow {
    return description === undefined
        ? { name }
        : { name, summary: { name, description, version: version ?? "0.0.1", packages: 0, changed: false } };
}

describe("blueprint search", () => {
    it("matches name or description, ignoring case and outer spaces", () => {
        const r = row("web-server", "Apache HTTPD for the Intranet");
        assert.ok(matchesSearch(r, "WEB"));
        assert.ok(matchesSearch(r, "  intranet "));
        assert.ok(!matchesSearch(r, "nginx"));
        assert.ok(matchesSearch(r, ""));
    });

    it("matches rows without details by name only", () => {
        assert.ok(matchesSearch(row("edge"), "ed"));
        assert.ok(!matchesSearch(row("edge"), "intranet"));
    });
});

describe("blueprint sort", () => {
    const rows = [row("b", "", "1.10.0"), row("a", "", "1.9.0"), row("C", "", "0.1.0"), row("pending")];

    it("sorts by name, case-insensitively, both ways", () => {
        assert.deepEqual(filterAndSort(rows, "", "name", "asc").map(r => r.name), ["a", "b", "C", "pending"]);
        assert.deepEqual(filterAndSort(rows, "", "name", "desc").map(r => r.name), ["pending", "C", "b", "a"]);
    });

    it("sorts by semantic version, rows without details last", () => {
        assert.deepEqual(filterAndSort(rows, "", "version", "asc").map(r => r.name), ["C", "a", "b", "pending"]);
    });

    it("filters before sorting", () => {
        assert.deepEqual(filterAndSort(rows, "c", "name", "asc").map(r => r.name), ["C"]);
    });
});
