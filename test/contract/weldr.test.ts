// Contract tests of the stand-in's Weldr API against reference/composer-api.md
// §1: routing quirks, status, and every blueprints/* endpoint.
// Run: node --import tsx --test test/contract/weldr*.test.ts

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { parse as parseToml } from "smol-toml";

import { sha512crypt } from "../composer-sim/crypt";
import { forgetHistory } from "../composer-sim/state";
import { WELDR_ROUTES } from "../composer-sim/weldr";
import { request } from "./client";
import {
    assertEmpty, assertError, assertNotFound, JSON_CT, jsonOf, referenceText, SKIP_REFERENCE, startTestSim, type TestSim,
} from "./weldr-fixture";

let t: TestSim;
before(async () => {
    t = await startTestSim();
});
after(async () => {
    await t.close();
});

const V1 = "/api/v1";
type Obj = Record<string, unknown>;

async function info(name: string, v = V1): Promise<Obj> {
    return jsonOf(await t.get(`${v}/blueprints/info/${name}`));
}
async function committed(name: string): Promise<Obj> {
    return ((await info(name)).blueprints as Obj[])[0];
}
async function changes(name: string): Promise<Obj[]> {
    const body = jsonOf(await t.get(`${V1}/blueprints/changes/${name}`));
    return ((body.blueprints as Obj[])[0].changes as Obj[]);
}

describe("routing", () => {
    test("GET /api/status reports api 1 and msgs", async () => {
        const body = jsonOf(await t.get("/api/status"));
        assert.deepEqual(Object.keys(body), ["api", "db_supported", "db_version", "schema_version", "backend", "build", "msgs"]);
        assert.equal(body.api, "1");
        assert.equal(body.backend, "osbuild-composer");
        assert.deepEqual(body.msgs, []);
    });

    test("unknown routes, bad versions and trailing slashes answer 404 HTTPError", async () => {
        for (const p of ["/api/v1/nope", "/api/v2/blueprints/list", "/api/vx/blueprints/list", "/api/v1/blueprints/list/",
            "/api/v1/sources", "/api/v1/blueprints/info/", "/api/v1/projects/source/info/", "/", "/api/v1/status"])
            assertNotFound(await t.get(p));
    });

    test("v1-only routes answer 404 on v0", async () => {
        assertNotFound(await t.get("/api/v0/distros/list"));
        assertNotFound(await t.get("/api/v0/blueprints/change/a/b"));
        assertNotFound(await t.get("/api/v0/upload/providers"));
        assertNotFound(await t.post("/api/v0/compose/uploads/schedule/x", ""));
    });

    test("a known path with the wrong method answers 405 with an empty body", async () => {
        for (const [method, p] of [["GET", "/blueprints/new"], ["DELETE", "/blueprints/list"], ["POST", "/compose/status/*"], ["GET", "/compose"], ["PUT", "/blueprints/new"]]) {
            const r = await request(t.sim.weldrSocket, method, V1 + p);
            assertEmpty(r, 405);
            assert.match(String(r.headers.allow), /OPTIONS/);
        }
        assertEmpty(await request(t.sim.weldrSocket, "POST", "/api/status"), 405);
        const options = await request(t.sim.weldrSocket, "OPTIONS", `${V1}/blueprints/list`);
        assertEmpty(options, 200);
        assert.equal(options.headers.allow, "GET, OPTIONS");
    });

    test("upload/* and compose/uploads/schedule answer 501 with an empty body", async () => {
        const s = t.sim.weldrSocket;
        for (const [method, p] of [["DELETE", "/upload/delete/x"], ["GET", "/upload/info/x"], ["GET", "/upload/log/x"],
            ["POST", "/upload/reset/x"], ["DELETE", "/upload/cancel/x"], ["GET", "/upload/providers"],
            ["POST", "/upload/providers/save"], ["DELETE", "/upload/providers/delete/aws/p"], ["POST", "/compose/uploads/schedule/x"]])
            assertEmpty(await request(s, method, V1 + p), 501);
    });

    test("every route of reference §1.3 is served", t2 => {
        const text = referenceText("composer-api.md");
        if (!text) {
            t2.skip(SKIP_REFERENCE);
            return;
        }
        const section = text.slice(text.indexOf("### 1.3"), text.indexOf("### 1.4"));
        const norm = (p: string): string => p.replace(/\/:[a-z_]+/g, "/:").replace(/\/\*[a-z_]+/g, "/*");
        const served = new Set(WELDR_ROUTES.map(([m, p]) => `${m} ${norm(p)}`));
        let rows = 0;
        for (const line of section.split("\n")) {
            const m = /^\| (GET|POST|DELETE) \| `([^`]+)`(?: and `([^`]+)`)?/.exec(line);
            if (!m)
                continue;
            const base = m[2].replace("/api/v{0,1}", "/api/v:version").replace("/api/v1", "/api/v:version");
            const variants = /\[(\/\*[a-z]+)\]/.test(base) ? [base.replace(/\[.*\]/, ""), base.replace(/[[\]]/g, "")] : [base];
            if (m[3])
                variants.push(`/api/v:version${m[3]}`);
            for (const v of variants) {
                rows++;
                assert.ok(served.has(`${m[1]} ${norm(v)}`), `${m[1]} ${v} is not served`);
            }
        }
        assert.ok(rows >= 50, `only ${rows} routes read from the reference`);
    });
});

describe("blueprints/new, info, list", () => {
    test("a posted blueprint gets Initialize() defaults and is listed", async () => {
        await t.push({ name: "defaults" });
        const bp = await committed("defaults");
        assert.deepEqual(bp, { name: "defaults", description: "", version: "0.0.0", packages: [], modules: [], enabled_modules: [], groups: [], distro: "" });
        const body = await info("defaults");
        assert.deepEqual(body.changes, [{ changed: false, name: "defaults" }]);
        assert.deepEqual(body.errors, []);
        const list = jsonOf(await t.get(`${V1}/blueprints/list`));
        assert.ok((list.blueprints as string[]).includes("defaults"));
    });

    test("version bump: same or empty version bumps the patch, another version is kept", async () => {
        await t.push({ name: "bump", version: "0.0.1" });
        await t.push({ name: "bump", version: "0.0.1" });
        assert.equal((await committed("bump")).version, "0.0.2");
        await t.push({ name: "bump", version: "" });
        assert.equal((await committed("bump")).version, "0.0.3");
        await t.push({ name: "bump", version: "2.0.0" });
        assert.equal((await committed("bump")).version, "2.0.0");
        const c = await changes("bump");
        assert.equal(c.length, 4);
        assert.deepEqual(c.map(x => x.message), ["Recipe bump, version 2.0.0 saved.", "Recipe bump, version 0.0.0 saved.",
            "Recipe bump, version 0.0.1 saved.", "Recipe bump, version 0.0.1 saved."]);
        for (const change of c) {
            assert.deepEqual(Object.keys(change), ["commit", "message", "revision", "timestamp"]);
            assert.match(String(change.commit), /^[0-9a-f]{40}$/);
            assert.match(String(change.timestamp), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
            assert.equal(change.revision, null);
        }
    });

    test("plain-text passwords become SHA-512 crypt; hashes are kept; empty ones removed", async () => {
        const kept = ["$6$abc$xyz", "$5$abc$xyz", "$2b$10$abcdefghijklmnopqrstuv"];
        await t.push({ name: "pw", customizations: { user: [{ name: "a", password: "secret" }, { name: "b", password: "" },
            ...kept.map((password, i) => ({ name: `k${i}`, password }))] } });
        const users = ((await committed("pw")).customizations as Obj).user as Obj[];
        const hashed = String(users[0].password);
        const m = /^\$6\$([^$]+)\$[./0-9A-Za-z]{86}$/.exec(hashed);
        assert.ok(m, hashed);
        assert.equal(sha512crypt("secret", m[1]), hashed);
        assert.equal("password" in users[1], false);
        assert.deepEqual(users.slice(2).map(u => u.password), kept);
    });

    test("TOML posts and ?format=toml replies (still labelled JSON)", async () => {
        const toml = 'name = "tomlbp"\ndescription = "from toml"\nversion = "1.2.3"\n\n[[packages]]\nname = "tmux"\nversion = "*"\n\n[customizations]\nhostname = "h1"\n';
        const r = await t.post(`${V1}/blueprints/new`, toml, "text/x-toml");
        assert.deepEqual(jsonOf(r), { status: true });
        const bp = await committed("tomlbp");
        assert.deepEqual(bp.packages, [{ name: "tmux", version: "*" }]);
        assert.deepEqual(bp.customizations, { hostname: "h1" });
        const tr = await t.get(`${V1}/blueprints/info/tomlbp?format=toml`);
        assert.equal(tr.status, 200);
        assert.equal(tr.headers["content-type"], JSON_CT);
        const parsed = parseToml(tr.text);
        assert.equal(parsed.name, "tomlbp");
        assert.equal(parsed.version, "1.2.3");
        assertError(await t.get(`${V1}/blueprints/info/tomlbp,defaults?format=toml`), 400, "HTTPError", "toml format only supported when requesting one blueprint");
        assertError(await t.get(`${V1}/blueprints/info/nope?format=toml`), 400, "UnknownBlueprint", "nope: ");
        assertError(await t.get(`${V1}/blueprints/info/tomlbp?format=yaml`), 400, "InvalidChars", "invalid format parameter: yaml");
    });

    test("posting errors say what the reference says", async () => {
        const prefix = "400 Bad Request: The browser (or proxy) sent a request that this server could not understand: ";
        assertError(await t.post(`${V1}/blueprints/new`, { name: "x" }, null), 400, "BlueprintsError", "missing Content-Type header");
        assertError(await t.post(`${V1}/blueprints/new`, { name: "x" }, "application/json; charset=utf-8"), 400, "BlueprintsError", `${prefix}blueprint must be in json or toml format`);
        assertError(await t.post(`${V1}/blueprints/new`, "", "application/json"), 400, "BlueprintsError", "Missing blueprint");
        assertError(await t.post(`${V1}/blueprints/new`, '{"name": "x"', "application/json"), 400, "BlueprintsError", `${prefix}unexpected EOF`);
        assertError(await t.post(`${V1}/blueprints/new`, { name: "bad name!" }), 400, "InvalidChars", "Invalid characters in API path");
        assertError(await t.post(`${V1}/blueprints/new`, { description: "no name" }), 400, "InvalidChars", "Invalid characters in API path");
        assertError(await t.post(`${V1}/blueprints/new`, { name: "d", distro: "fedora-1" }), 400, "BlueprintsError", "'fedora-1' is not a valid distribution (architecture 'x86_64')");
        assertError(await t.post(`${V1}/blueprints/new`, { name: "v", version: "1.0" }), 400, "BlueprintsError", "Invalid 'version', must use Semantic Versioning: 1.0 is not in dotted-tri format");
        assertError(await t.post(`${V1}/blueprints/new`, { name: "p", packages: [{ version: "1" }] }), 400, "BlueprintsError",
            "All package entries need to contain the name of the package. Entry #1 has version '1' but no name.");
        assertError(await t.post(`${V1}/blueprints/new`, { name: "p", packages: "tmux" }), 400, "BlueprintsError",
            `${prefix}json: cannot unmarshal string into Go struct field Blueprint.packages of type []blueprint.Package`);
    });

    test("a distro without the dot is standardised", async () => {
        await t.push({ name: "rhel-dot", distro: "rhel-96" });
        assert.equal((await committed("rhel-dot")).distro, "rhel-9.6");
    });

    test("info lists unknown names in errors with HTTP 200; bad names are InvalidChars", async () => {
        const body = await info("defaults,nope");
        assert.deepEqual(body.errors, [{ id: "UnknownBlueprint", msg: "nope: " }]);
        assert.equal((body.blueprints as Obj[]).length, 1);
        assertError(await t.get(`${V1}/blueprints/info/defaults,,x`), 400, "InvalidChars", "Invalid characters in API path");
        assertError(await t.get(`${V1}/blueprints/info/a%20b`), 400, "InvalidChars", "Invalid characters in API path");
    });

    test("list offset/limit: limit is what was returned; bad values are BadLimitOrOffset", async () => {
        const all = jsonOf(await t.get(`${V1}/blueprints/list?limit=1000`));
        const total = all.total as number;
        assert.equal(all.limit, total);
        assert.deepEqual(jsonOf(await t.get(`${V1}/blueprints/list?offset=1&limit=2`)).limit, 2);
        const past = jsonOf(await t.get(`${V1}/blueprints/list?offset=999`));
        assert.deepEqual([past.offset, past.limit, past.blueprints], [total, 0, []]);
        assertError(await t.get(`${V1}/blueprints/list?limit=x`), 400, "BadLimitOrOffset", "BadRequest: invalid value for 'limit': strconv.ParseUint: parsing \"x\": invalid syntax");
        assertError(await t.get(`${V1}/blueprints/list?offset=-1`), 400, "BadLimitOrOffset", "BadRequest: invalid value for 'offset': strconv.ParseUint: parsing \"-1\": invalid syntax");
    });
});

describe("workspace, diff, undo, change, tag, delete", () => {
    test("workspace copy: info says changed, diff shows packages, deleting it restores", async () => {
        await t.push({ name: "ws", version: "0.1.0", packages: [{ name: "tmux" }, { name: "bash", version: "5.*" }] });
        const r = await t.post(`${V1}/blueprints/workspace`, { name: "ws", version: "0.1.0", packages: [{ name: "tmux", version: "3.5a" }, { name: "htop" }] });
        assert.deepEqual(jsonOf(r), { status: true });
        const body = await info("ws");
        assert.deepEqual(body.changes, [{ changed: true, name: "ws" }]);
        assert.deepEqual((body.blueprints as Obj[])[0].packages, [{ name: "tmux", version: "3.5a" }, { name: "htop" }]);
        assert.equal((await changes("ws")).length, 1, "workspace saves do not commit");
        const diff = jsonOf(await t.get(`${V1}/blueprints/diff/ws/NEWEST/WORKSPACE`));
        assert.deepEqual(diff, { diff: [
            { new: { Package: { name: "tmux", version: "3.5a" } }, old: { Package: { name: "tmux" } } },
            { new: { Package: { name: "htop" } }, old: null },
            { new: null, old: { Package: { name: "bash", version: "5.*" } } },
        ] });
        assertError(await t.get(`${V1}/blueprints/diff/ws/abc123/WORKSPACE`), 400, "UnknownCommit", "ggit-error: revspec 'abc123' not found (-3)");
        assertError(await t.get(`${V1}/blueprints/diff/ws/NEWEST/abc`), 400, "UnknownCommit", "ggit-error: revspec 'abc' not found (-3)");
        assertError(await t.get(`${V1}/blueprints/diff/nope/NEWEST/WORKSPACE`), 404, "UnknownBlueprint", "Unknown blueprint name: nope");
        assert.deepEqual(jsonOf(await t.del(`${V1}/blueprints/workspace/ws`)), { status: true });
        assert.deepEqual((await info("ws")).changes, [{ changed: false, name: "ws" }]);
        assertError(await t.del(`${V1}/blueprints/workspace/ws`), 400, "BlueprintsError", "Unknown blueprint: ws");
    });

    test("pushing a committed blueprint drops the workspace copy", async () => {
        await t.post(`${V1}/blueprints/workspace`, { name: "ws", packages: [{ name: "zsh" }] });
        await t.push({ name: "ws", version: "0.2.0" });
        assert.deepEqual((await info("ws")).changes, [{ changed: false, name: "ws" }]);
    });

    test("change (v1 only) returns the commit's blueprint, JSON or TOML", async () => {
        const [newest, first] = await changes("ws");
        const bp = jsonOf(await t.get(`${V1}/blueprints/change/ws/${String(first.commit)}`));
        assert.equal(bp.version, "0.1.0");
        const toml = await t.get(`${V1}/blueprints/change/ws/${String(newest.commit)}?format=toml`);
        assert.equal(toml.status, 200);
        assert.equal(parseToml(toml.text).version, "0.2.0");
        assertError(await t.get(`${V1}/blueprints/change/ws/0000`), 400, "UnknownCommit", "Unknown commit");
        assertError(await t.get(`${V1}/blueprints/change/nope/0000`), 400, "UnknownCommit", "Unknown blueprint");
    });

    test("undo re-commits an old commit with the revert message", async () => {
        const first = (await changes("ws")).at(-1) as Obj;
        assert.deepEqual(jsonOf(await t.post(`${V1}/blueprints/undo/ws/${String(first.commit)}`, "")), { status: true });
        const c = await changes("ws");
        assert.equal(c[0].message, `ws.toml reverted to commit ${String(first.commit)}`);
        assert.equal((await committed("ws")).version, "0.1.0");
        assertError(await t.post(`${V1}/blueprints/undo/ws/0000`, ""), 400, "UnknownCommit", "Unknown commit");
        assertError(await t.post(`${V1}/blueprints/undo/nope/0000`, ""), 400, "UnknownCommit", "Unknown blueprint");
        assertError(await t.post(`${V1}/blueprints/undo/ws/a%20b`, ""), 400, "InvalidChars", "Invalid characters in API path");
    });

    test("after a restart that lost history, undo and change fail for old commits", async () => {
        await t.push({ name: "hist", version: "1.0.0" });
        await t.push({ name: "hist", version: "1.1.0" });
        const old = String((await changes("hist"))[1].commit);
        forgetHistory(t.sim.ctx.state);
        assertError(await t.post(`${V1}/blueprints/undo/hist/${old}`, ""), 400, "BlueprintsError", `no blueprint found for commit ${old}`);
        assertError(await t.get(`${V1}/blueprints/change/hist/${old}`), 400, "BlueprintsError", `no blueprint found for commit ${old}`);
        assert.equal((await committed("hist")).version, "1.1.0");
    });

    test("tag numbers the newest commit; tagging again is a no-op", async () => {
        await t.push({ name: "tagme", version: "1.0.0" });
        assert.deepEqual(jsonOf(await t.post(`${V1}/blueprints/tag/tagme`, "")), { status: true });
        await t.post(`${V1}/blueprints/tag/tagme`, "");
        assert.equal((await changes("tagme"))[0].revision, 1);
        await t.push({ name: "tagme", version: "1.0.1" });
        await t.post(`${V1}/blueprints/tag/tagme`, "");
        assert.deepEqual((await changes("tagme")).map(c => c.revision), [2, 1]);
        assertError(await t.post(`${V1}/blueprints/tag/nope`, ""), 400, "BlueprintsError", "Unknown blueprint");
    });

    test("delete removes the blueprint (its change history stays)", async () => {
        await t.push({ name: "gone" });
        assert.deepEqual(jsonOf(await t.del(`${V1}/blueprints/delete/gone`)), { status: true });
        assert.ok(!(jsonOf(await t.get(`${V1}/blueprints/list?limit=1000`)).blueprints as string[]).includes("gone"));
        assert.deepEqual((await info("gone")).errors, [{ id: "UnknownBlueprint", msg: "gone: " }]);
        assert.equal((await changes("gone")).length, 1);
        assertError(await t.del(`${V1}/blueprints/delete/gone`), 400, "BlueprintsError", "Unknown blueprint: gone");
        assertError(await t.del(`${V1}/blueprints/delete/a%20b`), 400, "InvalidChars", "Invalid characters in API path");
    });

    test("changes: offset/limit echoed, not applied; unknown names in errors", async () => {
        const body = jsonOf(await t.get(`${V1}/blueprints/changes/bump,nope?limit=1&offset=1`));
        assert.deepEqual([body.limit, body.offset], [1, 1]);
        const bps = body.blueprints as Obj[];
        assert.deepEqual([bps[0].name, bps[0].total, (bps[0].changes as Obj[]).length], ["bump", 4, 4]);
        assert.deepEqual(body.errors, [{ id: "UnknownBlueprint", msg: "nope" }]);
        assertNotFound(await t.get(`${V1}/blueprints/changes/`));
    });
});

describe("freeze and depsolve", () => {
    test("freeze replaces versions with EVRAs and expands globs", async () => {
        await t.push({ name: "frz", packages: [{ name: "tmux", version: "*" }, { name: "vim-enhanced" }, { name: "httpd-*" }] });
        const body = jsonOf(await t.get(`${V1}/blueprints/freeze/frz`));
        assert.deepEqual(body.errors, []);
        const pkgs = ((body.blueprints as Obj[])[0].blueprint as Obj).packages as Obj[];
        const byName = new Map(pkgs.map(p => [p.name, String(p.version)]));
        assert.match(byName.get("tmux") ?? "", /^3\.5a-\d+\.fc43\.x86_64$/);
        assert.match(byName.get("vim-enhanced") ?? "", /^2:9\.1\.\d+-\d+\.fc43\.x86_64$/);
        assert.ok(byName.has("httpd-core") && byName.has("httpd-tools"), JSON.stringify(pkgs));
        const toml = await t.get(`${V1}/blueprints/freeze/frz?format=toml`);
        assert.equal(toml.status, 200);
        assert.equal(parseToml(toml.text).name, "frz");
        assertError(await t.get(`${V1}/blueprints/freeze/frz,ws?format=toml`), 400, "HTTPError", "toml format only supported when requesting one blueprint");
        const none = await t.get(`${V1}/blueprints/freeze/nope?format=toml`);
        assert.equal(none.status, 200);
        assert.equal(none.text, "");
        assert.deepEqual(jsonOf(await t.get(`${V1}/blueprints/freeze/nope`)).errors, [{ id: "UnknownBlueprint", msg: "nope: blueprint not found" }]);
    });

    test("depsolve lists dependencies; a depsolve failure is a 200 with BlueprintsError", async () => {
        const body = jsonOf(await t.get(`${V1}/blueprints/depsolve/frz`));
        const deps = ((body.blueprints as Obj[])[0].dependencies as Obj[]);
        const tmux = deps.find(d => d.name === "tmux") as Obj;
        assert.deepEqual(Object.keys(tmux), ["name", "version", "release", "arch", "remote_location", "checksum", "check_gpg", "repo_id"]);
        assert.match(String(tmux.checksum), /^sha256:[0-9a-f]{64}$/);
        assert.ok(deps.some(d => d.name === "libevent"), "tmux pulls libevent");
        await t.push({ name: "broken", packages: [{ name: "no-such-package" }] });
        const bad = jsonOf(await t.get(`${V1}/blueprints/depsolve/broken,nope`));
        assert.deepEqual(((bad.blueprints as Obj[])[0]).dependencies, []);
        const errors = bad.errors as Obj[];
        assert.equal(errors[0].id, "BlueprintsError");
        assert.match(String(errors[0].msg), /^broken: DNF error occurred: .*missing packages: no-such-package/s);
        assert.deepEqual(errors[1], { id: "UnknownBlueprint", msg: "nope: blueprint not found" });
    });
});
