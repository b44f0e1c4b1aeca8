import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { DecodeError } from "./decode.ts";
import { decodeBlueprintChanges, decodeCommitBlueprint } from "./weldrHistoryTypes.ts";
import { decodeBlueprintDepsolve, decodeBlueprintFreeze, decodeModulesPage, decodeProjectsInfo } from "./weldrPackagesTypes.ts";
import { decodeSourcesInfo, decodeSourceList } from "./weldrSourcesTypes.ts";

describe("history replies", () => {
    it("reads the changes of the named blueprint, revision null or a number", () => {
        const reply = { blueprints: [{ name: "web", total: 2, changes: [
            { commit: "b", message: "m2", revision: 1, timestamp: "2026-01-02T00:00:00Z" },
            { commit: "a", message: "m1", revision: null, timestamp: "2026-01-01T00:00:00Z" },
        ] }], errors: [], limit: 20, offset: 0 };
        const changes = decodeBlueprintChanges(reply, "web");
        assert.deepEqual(changes?.changes.map(c => [c.commit, c.revision]), [["b", 1], ["a", null]]);
        assert.equal(decodeBlueprintChanges({ blueprints: [], errors: [{ id: "UnknownBlueprint", msg: "x" }] }, "x"), null);
        assert.throws(() => decodeBlueprintChanges({ blueprints: [{ name: "web", changes: [{ message: "no commit" }] }] }, "web"), DecodeError);
    });

    it("keeps every key of a commit's blueprint", () => {
        assert.deepEqual(decodeCommitBlueprint({ name: "a", x: { y: 1 } }).x, { y: 1 });
        assert.throws(() => decodeCommitBlueprint({ description: "no name" }), DecodeError);
    });
});

describe("package replies", () => {
    it("reads a modules/list page and projects/info summaries", () => {
        assert.deepEqual(decodeModulesPage({ total: 3, offset: 0, limit: 2, modules: [{ name: "a", group_type: "rpm" }, { name: "b", group_type: "rpm" }] }),
                         { total: 3, offset: 0, names: ["a", "b"] });
        const [p] = decodeProjectsInfo({ projects: [{ name: "tmux", summary: "A terminal multiplexer", builds: [{ arch: "x86_64", epoch: 0, release: "1.fc43", source: { version: "3.5a", license: "ISC" } }] }] });
        assert.deepEqual([p.name, p.version, p.release, p.arch, p.license], ["tmux", "3.5a", "1.fc43", "x86_64", "ISC"]);
    });

    it("reads depsolve errors sent with HTTP 200", () => {
        const result = decodeBlueprintDepsolve({ blueprints: [{ blueprint: { name: "web" }, dependencies: [] }],
            errors: [{ id: "BlueprintsError", msg: "web: missing packages: nope" }] }, "web");
        assert.deepEqual(result.errors, [{ id: "BlueprintsError", msg: "web: missing packages: nope" }]);
        assert.equal(result.blueprint?.name, "web");
        const ok = decodeBlueprintDepsolve({ blueprints: [{ blueprint: { name: "web" }, dependencies: [{ name: "bash", epoch: 0, version: "5", release: "1", arch: "x86_64", repo_id: "fedora" }] }], errors: [] }, "web");
        assert.equal(ok.dependencies[0].repo_id, "fedora");
    });

    it("reads a frozen blueprint", () => {
        const result = decodeBlueprintFreeze({ blueprints: [{ blueprint: { name: "web", packages: [{ name: "tmux", version: "3.5a-1.fc43.x86_64" }] } }], errors: [] }, "web");
        assert.equal(result.blueprint?.packages?.[0].version, "3.5a-1.fc43.x86_64");
    });
});

describe("source replies", () => {
    it("reads sources keyed by id with unknown keys kept", () => {
        assert.deepEqual(decodeSourceList({ sources: ["fish", "fedora"] }), ["fish", "fedora"]);
        const info = decodeSourcesInfo({ sources: { fish: { id: "fish", name: "Fish", type: "yum-baseurl", url: "https://e.com", system: false, later: 1 } },
            errors: [{ id: "UnknownSource", msg: "nope is not a valid source" }] });
        assert.equal(info.sources[0].raw.later, 1);
        assert.deepEqual(info.errors, ["nope is not a valid source"]);
        assert.throws(() => decodeSourcesInfo({ sources: [] }), DecodeError);
    });
});
