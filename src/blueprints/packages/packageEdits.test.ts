import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { addPackage, applyFrozen, packagesNamedIn, removePackage, searchGlob, setPackageField } from "./packageEdits.ts";

const bp = {
    name: "web",
    future: { keep: true },
    packages: [{ name: "tmux", version: "3.5a", x_note: "kept" }, { name: "python3-*" }],
    modules: [{ name: "httpd", version: "*" }],
};

describe("package edits keep everything else", () => {
    it("turns a term into a glob", () => {
        assert.equal(searchGlob(" term "), "*term*");
        assert.equal(searchGlob("vim-*"), "vim-*");
        assert.equal(searchGlob("  "), null);
    });

    it("adds, removes and edits without losing keys", () => {
        const added = addPackage(bp, "jq");
        assert.deepEqual(added.packages?.map(p => p.name), ["tmux", "python3-*", "jq"]);
        assert.deepEqual(added.future, { keep: true });
        const edited = setPackageField(bp, "packages", 0, "version", "3.*");
        assert.deepEqual(edited.packages?.[0], { name: "tmux", version: "3.*", x_note: "kept" });
        assert.deepEqual(setPackageField(bp, "packages", 0, "version", "").packages?.[0], { name: "tmux", x_note: "kept" });
        assert.deepEqual(removePackage(bp, "modules", 0).modules, []);
        assert.deepEqual(bp.packages[0], { name: "tmux", version: "3.5a", x_note: "kept" });
    });

    it("applies frozen versions: exact names pinned, globs expanded", () => {
        const frozen = { name: "web", packages: [{ name: "python3-a", version: "1-1.fc43.noarch" }, { name: "tmux", version: "3.5a-1.fc43.x86_64" }],
            modules: [{ name: "httpd", version: "2.4.63-1.fc43.x86_64" }] };
        const out = applyFrozen(bp, frozen);
        assert.deepEqual(out.packages, [{ name: "tmux", version: "3.5a-1.fc43.x86_64", x_note: "kept" }, { name: "python3-a", version: "1-1.fc43.noarch" }]);
        assert.deepEqual(out.modules, [{ name: "httpd", version: "2.4.63-1.fc43.x86_64" }]);
        assert.deepEqual(out.future, { keep: true });
    });

    it("finds the packages a depsolve error names", () => {
        const msg = "web: DNF error occurred: MarkingErrors: Error occurred when marking packages for installation: Problems in request:\nmissing packages: nope-1.2, tmuxx";
        assert.deepEqual([...packagesNamedIn(msg, ["tmux", "nope", "tmuxx", "jq"])].sort(), ["nope", "tmuxx"]);
        assert.deepEqual([...packagesNamedIn("web: package foo+bar conflicts", ["foo+bar", "foo"])], ["foo+bar"]);
    });
});
