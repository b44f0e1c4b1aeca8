import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import type { Blueprint } from "./blueprint.ts";
import { mergeBlueprints } from "./blueprintMerge.ts";
import { blueprintArbitrary } from "./testing/blueprintArbitrary.ts";

const BASE: Blueprint = {
    name: "web", version: "0.0.1", description: "Web",
    packages: [{ name: "httpd" }, { name: "vim" }],
    customizations: {
        hostname: "web01",
        user: [{ name: "admin", uid: 1200, groups: ["wheel"] }],
        firewall: { ports: ["22:tcp"] },
    },
};

function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

describe("merging the user's edits onto the server's copy", () => {
    it("takes the server's copy when the user changed nothing, and the user's when the server did not change", () => {
        const theirs = { ...clone(BASE), version: "0.0.2" };
        assert.deepEqual(mergeBlueprints(BASE, clone(BASE), theirs), { merged: theirs, conflicts: [] });
        const mine = { ...clone(BASE), description: "Mine" };
        assert.deepEqual(mergeBlueprints(BASE, mine, clone(BASE)), { merged: mine, conflicts: [] });
    });

    it("keeps a package the server added and one the user added, and the user's removal", () => {
        const mine = clone(BASE);
        mine.packages = [{ name: "httpd" }, { name: "tmux" }];
        const theirs = clone(BASE);
        theirs.packages = [{ name: "nginx" }, { name: "httpd" }, { name: "vim" }];
        const { merged, conflicts } = mergeBlueprints(BASE, mine, theirs);
        assert.deepEqual(merged.packages, [{ name: "nginx" }, { name: "httpd" }, { name: "tmux" }]);
        assert.deepEqual(conflicts, []);
    });

    it("merges different fields of one user and different sections, keeping the server's unknown fields", () => {
        const mine = clone(BASE) as Blueprint & { customizations: Record<string, unknown> };
        (mine.customizations.user as Record<string, unknown>[])[0].shell = "/bin/zsh";
        mine.customizations.hostname = "web02";
        const theirs = clone(BASE) as Blueprint & { customizations: Record<string, unknown> };
        (theirs.customizations.user as Record<string, unknown>[])[0].uid = 1300;
        theirs.customizations["future-section"] = { kept: true };
        (theirs.customizations.firewall as Record<string, string[]>).ports.push("80:tcp");
        const { merged, conflicts } = mergeBlueprints(BASE, mine, theirs);
        assert.deepEqual(merged.customizations, {
            hostname: "web02",
            user: [{ name: "admin", uid: 1300, groups: ["wheel"], shell: "/bin/zsh" }],
            firewall: { ports: ["22:tcp", "80:tcp"] },
            "future-section": { kept: true },
        });
        assert.deepEqual(conflicts, []);
    });

    it("merges string lists as sets: the user's removal and the server's addition", () => {
        const mine = clone(BASE);
        (mine.customizations as { firewall: { ports: string[] } }).firewall.ports = ["443:tcp"];
        const theirs = clone(BASE);
        (theirs.customizations as { firewall: { ports: string[] } }).firewall.ports = ["22:tcp", "80:tcp"];
        assert.deepEqual(mergeBlueprints(BASE, mine, theirs).merged.customizations?.firewall, { ports: ["80:tcp", "443:tcp"] });
    });

    it("takes the user's value where both changed one field, and lists the place", () => {
        const mine = { ...clone(BASE), description: "Mine" };
        const theirs = { ...clone(BASE), description: "Theirs", version: "0.0.2" };
        const { merged, conflicts } = mergeBlueprints(BASE, mine, theirs);
        assert.equal(merged.description, "Mine");
        assert.equal(merged.version, "0.0.2");
        assert.deepEqual(conflicts, [{ path: ["description"], base: "Web", mine: "Mine", theirs: "Theirs" }]);
    });

    it("reports a field the user changed and the server removed", () => {
        const mine = clone(BASE);
        (mine.customizations as Record<string, unknown>).hostname = "mine";
        const theirs = clone(BASE);
        delete (theirs.customizations as Record<string, unknown>).hostname;
        const { merged, conflicts } = mergeBlueprints(BASE, mine, theirs);
        assert.equal(merged.customizations?.hostname, "mine");
        assert.deepEqual(conflicts.map(c => c.path), [["customizations", "hostname"]]);
    });

    it("applies a removal the server did not touch, and drops an entry the server removed", () => {
        const mine = clone(BASE);
        delete mine.description;
        const theirs = clone(BASE);
        theirs.packages = [{ name: "httpd" }];
        const { merged, conflicts } = mergeBlueprints(BASE, mine, theirs);
        assert.equal("description" in merged, false);
        assert.deepEqual(merged.packages, [{ name: "httpd" }]);
        assert.deepEqual(conflicts, []);
    });
});

describe("merging generated blueprints", () => {
    it("gives the user's copy when the server did not change, and the server's when the user did not", () => {
        fc.assert(fc.property(blueprintArbitrary, blueprintArbitrary, (base, other) => {
            assert.deepStrictEqual(mergeBlueprints(base, other, base), { merged: other, conflicts: [] });
            assert.deepStrictEqual(mergeBlueprints(base, base, other), { merged: other, conflicts: [] });
            assert.deepStrictEqual(mergeBlueprints(base, other, other), { merged: other, conflicts: [] });
        }), { seed: 20261122, numRuns: 200 });
    });
});
