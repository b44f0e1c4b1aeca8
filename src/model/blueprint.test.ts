import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { blueprintNameProblem, newBlueprint, packageCount } from "./blueprint.ts";

describe("blueprint names", () => {
    it("accepts composer's name characters", () => {
        for (const name of ["web-server", "a.b_c-1", "X", "0"])
            assert.equal(blueprintNameProblem(name), null, name);
    });

    it("says why a name is refused", () => {
        assert.equal(blueprintNameProblem(""), "empty");
        for (const name of ["web server", "a/b", "ümlaut", "a,b", "name\n", "<script>"])
            assert.equal(blueprintNameProblem(name), "invalid-characters", name);
        assert.equal(blueprintNameProblem("a".repeat(201)), "too-long");
    });

    it("refuses a name that exists, exactly (names are case-sensitive)", () => {
        assert.equal(blueprintNameProblem("base", ["base", "other"]), "duplicate");
        assert.equal(blueprintNameProblem("Base", ["base"]), null);
    });
});

describe("package count", () => {
    it("counts packages and legacy modules, not groups", () => {
        assert.equal(packageCount({ name: "x" }), 0);
        assert.equal(packageCount({ name: "x", packages: [{ name: "a" }, { name: "b" }], modules: [{ name: "c" }], groups: [{ name: "core" }] }), 3);
    });
});

describe("new blueprint", () => {
    it("has the name, the description and empty lists composer expects", () => {
        assert.deepEqual(newBlueprint("n", "d"), { name: "n", description: "d", version: "0.0.1", packages: [], modules: [], groups: [] });
    });
});
