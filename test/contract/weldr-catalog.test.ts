// Contract tests of the stand-in's Weldr API against reference/composer-api.md
// §1: projects/source/*, projects/*, modules/*, distros/list, compose/types.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { parse as parseToml } from "smol-toml";

import { assertError, assertNotFound, jsonOf, referenceText, SKIP_REFERENCE, startTestSim, type TestSim } from "./weldr-fixture";

let t: TestSim;
before(async () => {
    t = await startTestSim();
});
after(async () => {
    await t.close();
});

type Obj = Record<string, unknown>;
const V1 = "/api/v1";
const V0 = "/api/v0";

const fish = { id: "fish", name: "Fish repo", type: "yum-baseurl", url: "https://example.com/fish/", check_gpg: false, check_ssl: true, system: false, rhsm: false, check_repogpg: false };

describe("projects/source", () => {
    test("list: v1 ids (sorted) then system repos; v0 names", async () => {
        assert.deepEqual(jsonOf(await t.get(`${V1}/projects/source/list`)), { sources: ["fedora", "updates"] });
        assert.deepEqual(jsonOf(await t.post(`${V1}/projects/source/new`, fish)), { status: true });
        assert.deepEqual(jsonOf(await t.get(`${V1}/projects/source/list`)), { sources: ["fish", "fedora", "updates"] });
        assert.deepEqual(jsonOf(await t.get(`${V0}/projects/source/list`)), { sources: ["Fish repo", "fedora", "updates"] });
    });

    test("info: v1 keyed by id, v0 by name; unknown in errors with HTTP 200; * lists all", async () => {
        const v1 = jsonOf(await t.get(`${V1}/projects/source/info/fish,nope`));
        assert.deepEqual(v1, { sources: { fish }, errors: [{ id: "UnknownSource", msg: "nope is not a valid source" }] });
        const v0 = jsonOf(await t.get(`${V0}/projects/source/info/fish`));
        assert.deepEqual(Object.keys(v0.sources as Obj), ["Fish repo"]);
        assert.deepEqual(Object.keys((v0.sources as Obj)["Fish repo"] as Obj), ["name", "type", "url", "check_gpg", "check_ssl", "system"]);
        const all = jsonOf(await t.get(`${V1}/projects/source/info/*`));
        assert.deepEqual(Object.keys(all.sources as Obj).sort(), ["fedora", "fish", "updates"]);
        const fedora = (all.sources as Obj).fedora as Obj;
        assert.equal(fedora.system, true);
        assert.equal(fedora.type, "yum-metalink");
        assertNotFound(await t.get(`${V1}/projects/source/info/`));
        assertError(await t.get(`${V1}/projects/source/info/fish?format=xml`), 400, "InvalidChars", "invalid format parameter: xml");
    });

    test("info ?format=toml answers TOML tables keyed by id", async () => {
        const r = await t.get(`${V1}/projects/source/info/fish?format=toml`);
        assert.equal(r.status, 200);
        const parsed = parseToml(r.text) as Record<string, Obj>;
        assert.equal(parsed.fish.url, "https://example.com/fish/");
    });

    test("new accepts TOML, flat or as an [id] table", async () => {
        const flat = 'id = "flat"\nname = "Flat"\ntype = "yum-mirrorlist"\nurl = "https://example.com/mirrorlist"\n';
        assert.deepEqual(jsonOf(await t.post(`${V1}/projects/source/new`, flat, "text/x-toml")), { status: true });
        const table = '[tabled]\nname = "Tabled"\ntype = "yum-metalink"\nurl = "https://example.com/metalink"\ncheck_gpg = true\ngpgkeys = ["https://example.com/key"]\ndistros = ["fedora-43"]\n';
        assert.deepEqual(jsonOf(await t.post(`${V1}/projects/source/new`, table, "text/x-toml")), { status: true });
        const body = jsonOf(await t.get(`${V1}/projects/source/info/flat,tabled`));
        const tabled = (body.sources as Obj).tabled as Obj;
        assert.deepEqual([tabled.id, tabled.check_gpg, tabled.gpgkeys, tabled.distros], ["tabled", true, ["https://example.com/key"], ["fedora-43"]]);
        assert.equal(((body.sources as Obj).flat as Obj).type, "yum-mirrorlist");
    });

    test("new refuses bad posts with the reference's texts", async () => {
        assertError(await t.post(`${V1}/projects/source/new`, fish, null), 400, "HTTPError", "malformed Content-Type header");
        assertError(await t.post(`${V1}/projects/source/new`, ""), 400, "ProjectsError", "Missing source");
        assertError(await t.post(`${V1}/projects/source/new`, { ...fish, url: "" }), 400, "ProjectsError", "Problem parsing POST body: 'url' field is missing from request");
        assertError(await t.post(`${V1}/projects/source/new`, { ...fish, id: undefined }), 400, "ProjectsError", "Problem parsing POST body: 'id' field is missing from request");
        assertError(await t.post(`${V1}/projects/source/new`, fish, "text/plain"), 400, "ProjectsError", "Problem parsing POST body: blueprint must be in json or toml format");
        assertError(await t.post(`${V1}/projects/source/new`, { ...fish, distros: ["fedora-1", "fedora-43"] }), 400, "ProjectsError", "Invalid distributions: fedora-1");
        assertError(await t.post(`${V1}/projects/source/new`, { ...fish, id: "fedora" }), 400, "SystemSource", "fedora is a system source, it cannot be changed.");
    });

    test("delete: v1 by id, v0 by name, system sources refuse, unknown is an error", async () => {
        assertError(await t.del(`${V1}/projects/source/delete/updates`), 400, "SystemSource", "updates is a system source, it cannot be deleted.");
        assertError(await t.del(`${V1}/projects/source/delete/nope`), 400, "UnknownSource", "nope is not a valid source.");
        assertNotFound(await t.del(`${V1}/projects/source/delete/`));
        assert.deepEqual(jsonOf(await t.del(`${V1}/projects/source/delete/flat,tabled`)), { status: true });
        const list = jsonOf(await t.get(`${V1}/projects/source/list`)).sources as string[];
        assert.ok(!list.includes("flat") && list.includes("tabled"), "only the first name is deleted");
        await t.post(`${V0}/projects/source/new`, { name: "v0src", type: "yum-baseurl", url: "https://example.com/v0/" });
        assert.deepEqual(jsonOf(await t.del(`${V0}/projects/source/delete/v0src`)), { status: true });
        assert.ok(!(jsonOf(await t.get(`${V0}/projects/source/list`)).sources as string[]).includes("v0src"));
    });
});

describe("projects and modules", () => {
    test("projects/list pages the package universe with PackageInfo entries", async () => {
        const body = jsonOf(await t.get(`${V1}/projects/list?offset=2&limit=3`));
        assert.ok((body.total as number) > 200);
        assert.deepEqual([body.offset, body.limit, (body.projects as Obj[]).length], [2, 3, 3]);
        const p = (body.projects as Obj[])[0];
        assert.deepEqual(Object.keys(p), ["name", "summary", "description", "homepage", "upstream_vcs", "builds"]);
        const build = (p.builds as Obj[])[0];
        assert.deepEqual(Object.keys(build), ["arch", "build_time", "epoch", "release", "changelog", "build_config_ref", "build_env_ref", "metadata", "source"]);
        assert.match(String(build.build_time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
        assert.deepEqual(Object.keys(build.source as Obj), ["license", "version", "source_ref", "metadata"]);
        assert.equal(jsonOf(await t.get(`${V1}/projects/list/`)).limit, 20);
        const past = jsonOf(await t.get(`${V1}/projects/list?offset=100000&limit=7`));
        assert.deepEqual([past.offset, past.limit, past.projects], [100000, 7, []]);
        assertError(await t.get(`${V1}/projects/list?distro=fedora-1`), 400, "DistroError", "Invalid distro: fedora-1");
        assertError(await t.get(`${V1}/projects/list?limit=1.5`), 400, "BadLimitOrOffset", /^BadRequest: invalid value for 'limit'/);
    });

    test("projects/info answers packages without dependencies", async () => {
        const body = jsonOf(await t.get(`${V1}/projects/info/bash,tmux?distro=rhel-9.6`));
        const projects = body.projects as Obj[];
        assert.deepEqual(projects.map(p => p.name), ["bash", "tmux"]);
        assert.match(String(((projects[0].builds as Obj[])[0]).release), /\.el9$/);
        assert.equal("dependencies" in projects[0], false);
        assertError(await t.get(`${V1}/projects/info`), 400, "UnknownProject", "No packages specified.");
        assertError(await t.get(`${V1}/projects/info/`), 400, "UnknownProject", "No packages specified.");
        assertError(await t.get(`${V1}/projects/info/nothing-like-this`), 400, "UnknownProject", "No packages have been found.");
    });

    test("modules/list filters by names and globs", async () => {
        const body = jsonOf(await t.get(`${V1}/modules/list/httpd*,tmux`));
        const modules = body.modules as Obj[];
        assert.ok(modules.every(m => m.group_type === "rpm"));
        assert.deepEqual(modules.map(m => m.name), ["httpd", "httpd-core", "httpd-filesystem", "httpd-tools", "tmux"]);
        assert.equal(body.total, 5);
        assert.ok((jsonOf(await t.get(`${V1}/modules/list`)).total as number) > 200);
        assertError(await t.get(`${V1}/modules/list/nothing-like-this`), 400, "UnknownModule", "No packages have been found.");
    });

    test("modules/info adds each package's dependencies", async () => {
        const body = jsonOf(await t.get(`${V1}/modules/info/tmux`));
        const mod = (body.modules as Obj[])[0];
        assert.equal(mod.name, "tmux");
        const deps = mod.dependencies as Obj[];
        assert.ok(deps.some(d => d.name === "libevent") && deps.some(d => d.name === "tmux"));
        assertError(await t.get(`${V1}/modules/info`), 400, "UnknownModule", "No packages specified.");
    });

    test("projects/depsolve resolves the named projects", async () => {
        const body = jsonOf(await t.get(`${V1}/projects/depsolve/nginx?distro=centos-9`));
        const projects = body.projects as Obj[];
        assert.ok(projects.some(p => p.name === "nginx" && p.epoch === 2 && String(p.release).endsWith(".el9")));
        assertError(await t.get(`${V1}/projects/depsolve`), 400, "UnknownProject", "No packages specified.");
        assertError(await t.get(`${V1}/projects/depsolve/no-such-thing`), 400, "ProjectsError", /^BadRequest: DNF error occurred: .*missing packages: no-such-thing/s);
    });
});

describe("distros and image types", () => {
    test("distros/list is sorted and per arch", async () => {
        const x86 = jsonOf(await t.get(`${V1}/distros/list`)).distros as string[];
        assert.deepEqual(x86, [...x86].sort());
        assert.ok(x86.includes("fedora-43") && x86.includes("rhel-9.6") && x86.includes("centos-10"));
        assert.deepEqual(jsonOf(await t.get(`${V1}/distros/list?arch=riscv64`)).distros, ["fedora-43", "fedora-44", "fedora-45", "fedora-46"]);
        assert.deepEqual(jsonOf(await t.get(`${V1}/distros/list?arch=mips`)).distros, []);
    });

    test("compose/types: canonical names of the host distro by default, deny list applied", async () => {
        const types = (jsonOf(await t.get(`${V1}/compose/types`)).types as Obj[]);
        assert.ok(types.every(x => x.enabled === true));
        const names = types.map(x => String(x.name));
        assert.deepEqual(names, [...names].sort());
        assert.ok(names.includes("generic-qcow2") && !names.includes("qcow2"));
        const rhel = (jsonOf(await t.get(`${V1}/compose/types?distro=rhel-9.6`)).types as Obj[]).map(x => x.name);
        assert.ok(rhel.includes("qcow2") && rhel.includes("edge-commit"));
        assert.ok(!rhel.includes("ec2") && !rhel.includes("azure-rhui"), "the rhel-* deny list hides ec2, azure-rhui…");
        const s390 = (jsonOf(await t.get(`${V0}/compose/types?distro=rhel-9.6&arch=s390x`)).types as Obj[]).map(x => x.name);
        assert.deepEqual(s390, ["network-installer", "qcow2", "tar"]);
        assertError(await t.get(`${V1}/compose/types?distro=fedora-1`), 400, "DistroError", "Invalid distro: fedora-1");
    });

    test("compose/types matches reference/image-types.md for every distro on x86_64", async t2 => {
        const text = referenceText("image-types.md");
        if (!text) {
            t2.skip(SKIP_REFERENCE);
            return;
        }
        let checked = 0;
        for (const block of text.split(/^## /m).slice(1)) {
            const distro = block.split("\n")[0].trim();
            for (const m of block.matchAll(/^- ([a-z0-9_]+): (.*)$/gm)) {
                const body = jsonOf(await t.get(`${V1}/compose/types?distro=${distro}&arch=${m[1]}`));
                assert.deepEqual((body.types as Obj[]).map(x => x.name), m[2].trim().split(" ").sort(), `${distro} ${m[1]}`);
                checked++;
            }
        }
        assert.ok(checked > 40, `only ${checked} distro/arch pairs checked`);
    });

    test("an unsupported host distro breaks every call that needs a default distro", async () => {
        const deb = await startTestSim({ hostDistro: "debian-12" });
        try {
            assertError(await deb.get(`${V1}/compose/types`), 400, "DistroError", "Unknown distribution: debian-12");
            assertError(await deb.get(`${V1}/projects/list`), 400, "ProjectsError", "msg: GetDistro - unknown distribution: debian-12");
            assertError(await deb.get(`${V1}/modules/list`), 400, "ModulesError", "msg: GetDistro - unknown distribution: debian-12");
            assert.equal((jsonOf(await deb.get(`${V1}/compose/types?distro=fedora-43`)).types as Obj[]).length > 10, true);
            assert.deepEqual(jsonOf(await deb.get(`${V1}/projects/source/list`)), { sources: [] });
        } finally {
            await deb.close();
        }
    });
});
