// Contract tests of the stand-in's package catalogue as Weldr serves it (reference §1.3,
// §1.6): modules/list globs and paging, projects/info summaries, blueprints/depsolve with
// transitive requirements and groups, depsolve failures in the real error shape, freeze,
// and the change history kept in --state (old commits lose their content, as upstream).

import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { startSim } from "../composer-sim/server";
import { request } from "./client";
import { assertError, jsonOf, startTestSim, type TestSim } from "./weldr-fixture";

type Obj = Record<string, unknown>;
const V1 = "/api/v1";

let t: TestSim;
before(async () => {
    t = await startTestSim();
});
after(async () => {
    await t.close();
});

describe("package catalogue", () => {
    test("holds a few thousand packages with summaries, versions and arches", async () => {
        const all = jsonOf(await t.get(`${V1}/projects/list?limit=5000`));
        assert.ok((all.total as number) >= 2500, String(all.total));
        const projects = all.projects as Obj[];
        const generic = projects.filter(p => /^The \S+ package$/.test(String(p.summary)));
        assert.ok(generic.length < projects.length / 5, `${generic.length} generic summaries`);
        for (const p of projects.slice(0, 50)) {
            const build = (p.builds as Obj[])[0];
            assert.match(String((build.source as Obj).version), /^\d/);
            assert.ok(["x86_64", "noarch"].includes(String(build.arch)));
        }
    });

    test("modules/list: a *term* glob, paged, total counts every match", async () => {
        const first = jsonOf(await t.get(`${V1}/modules/list/*term*?limit=5`));
        assert.ok((first.total as number) > 5);
        assert.equal((first.modules as Obj[]).length, 5);
        assert.ok((first.modules as Obj[]).every(m => String(m.name).includes("term") && m.group_type === "rpm"));
        const second = jsonOf(await t.get(`${V1}/modules/list/*term*?limit=5&offset=5`));
        assert.notDeepEqual(second.modules, first.modules);
        assert.deepEqual([second.offset, second.limit], [5, 5]);
        assertError(await t.get(`${V1}/modules/list/*zzzz-nothing*`), 400, "UnknownModule", "No packages have been found.");
    });

    test("projects/info: summaries and builds of the named packages", async () => {
        const body = jsonOf(await t.get(`${V1}/projects/info/python3-requests,libpng-devel,gimp`));
        const byName = new Map((body.projects as Obj[]).map(p => [p.name, p]));
        assert.deepEqual([...byName.keys()].sort(), ["gimp", "libpng-devel", "python3-requests"]);
        assert.equal(byName.get("libpng-devel")?.summary, "Development files for libpng");
        assert.equal(((byName.get("python3-requests")?.builds as Obj[])[0]).arch, "noarch");
    });
});

describe("depsolve and freeze over the catalogue", () => {
    test("requirements are followed transitively and groups expand", async () => {
        await t.push({ name: "deps", packages: [{ name: "libpng-devel" }], groups: [{ name: "container-management" }] });
        const body = jsonOf(await t.get(`${V1}/blueprints/depsolve/deps`));
        assert.deepEqual(body.errors, []);
        const names = ((body.blueprints as Obj[])[0].dependencies as Obj[]).map(d => d.name);
        for (const name of ["libpng-devel", "libpng", "pkgconf", "podman", "buildah", "skopeo", "conmon", "glibc"])
            assert.ok(names.includes(name), name);
    });

    test("unknown packages and groups: HTTP 200, BlueprintsError naming them, no dependencies", async () => {
        await t.push({ name: "broken-pkgs", packages: [{ name: "tmux" }, { name: "no-such-package" }], groups: [{ name: "no-such-group" }] });
        const body = jsonOf(await t.get(`${V1}/blueprints/depsolve/broken-pkgs`));
        assert.deepEqual((body.blueprints as Obj[])[0].dependencies, []);
        const errors = body.errors as Obj[];
        assert.equal(errors.length, 1);
        assert.equal(errors[0].id, "BlueprintsError");
        assert.equal(errors[0].msg, "broken-pkgs: DNF error occurred: MarkingErrors: Error occurred when marking packages for installation: " +
            "Problems in request:\nmissing packages: no-such-package\nmissing groups or modules: no-such-group");
    });

    test("freeze pins every package of the catalogue to its EVRA", async () => {
        await t.push({ name: "frozen", packages: [{ name: "rust-serde+std-devel" }, { name: "perl-JSON*" }] });
        const body = jsonOf(await t.get(`${V1}/blueprints/freeze/frozen`));
        const packages = ((body.blueprints as Obj[])[0].blueprint as Obj).packages as Obj[];
        assert.deepEqual(packages.map(p => p.name), ["perl-JSON", "perl-JSON-PP", "perl-JSON-PP-tests", "perl-JSON-tests", "perl-JSON-XS", "perl-JSON-XS-tests", "rust-serde+std-devel"]);
        assert.ok(packages.every(p => /^\d[^-]*-\d+\.fc43\.noarch$/.test(String(p.version))), JSON.stringify(packages));
    });
});

describe("--state keeps the history", () => {
    test("after a restart the changes are listed; only the newest commit keeps its blueprint", async () => {
        const stateFile = path.join(t.dir, "state.json");
        const socket = (n: number) => ({
            weldrSocket: path.join(t.dir, `w${n}`, "api.socket"), cloudSocket: path.join(t.dir, `c${n}`, "api.socket"),
            artifactsDir: path.join(t.dir, "art"), buildSeconds: 0, seed: "empty" as const, stateFile,
        });
        const first = await startSim(socket(1));
        for (const version of ["1.0.0", "1.1.0"]) {
            const r = await request(first.weldrSocket, "POST", `${V1}/blueprints/new`, {
                body: JSON.stringify({ name: "kept", version }), headers: { "Content-Type": "application/json" },
            });
            assert.equal(r.status, 200, r.text);
        }
        await first.stop();
        const second = await startSim(socket(2));
        try {
            const body = jsonOf(await request(second.weldrSocket, "GET", `${V1}/blueprints/changes/kept`));
            const changes = (body.blueprints as Obj[])[0].changes as Obj[];
            assert.equal(changes.length, 2);
            const [newest, old] = changes.map(c => String(c.commit));
            assert.equal(jsonOf(await request(second.weldrSocket, "GET", `${V1}/blueprints/change/kept/${newest}`)).version, "1.1.0");
            assertError(await request(second.weldrSocket, "GET", `${V1}/blueprints/change/kept/${old}`), 400, "BlueprintsError", `no blueprint found for commit ${old}`);
            assertError(await request(second.weldrSocket, "POST", `${V1}/blueprints/undo/kept/${old}`), 400, "BlueprintsError", `no blueprint found for commit ${old}`);
        } finally {
            await second.stop();
        }
    });
});
