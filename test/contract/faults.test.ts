// Contract tests of the stand-in's fault knobs (test/composer-sim/faults.ts): what a failing
// composer answers must keep the shapes of reference/composer-api.md (500 bodies of both APIs,
// undo after a restart), and each knob must really do what it says on the socket.
// Run: node --import tsx --test test/contract/faults.test.ts

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";

import { otherUser } from "../composer-sim/faults";
import { request } from "./client";
import { assertError, jsonOf, referenceText, SKIP_REFERENCE, startTestSim, type TestSim } from "./weldr-fixture";

const V1 = "/api/v1";
const CLOUD = "/api/image-builder-composer/v2";
const REFERENCE = referenceText("composer-api.md");
const OPENAPI = referenceText("cloudapi-openapi.v2.yml");

let t: TestSim;
const control = path.join(os.tmpdir(), `composer-sim-faults-${process.pid}.socket`);
before(async () => {
    t = await startTestSim({ controlSocket: control });
});
after(async () => {
    await t.close();
});
beforeEach(async () => {
    await knob("reset");
});

async function knob(name: string, body: object = {}): Promise<{ status: number; body: Record<string, unknown> }> {
    const r = await request(control, "POST", `/${name}`, { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
    return { status: r.status, body: r.json() as Record<string, unknown> };
}

/** the errno of connect() on a unix socket, or "ok" */
function connectResult(socket: string): Promise<string> {
    return new Promise(resolve => {
        const c = net.connect(socket);
        c.once("connect", () => { c.destroy(); resolve("ok"); });
        c.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
}

async function pushDraft(name: string, versions: string[]): Promise<void> {
    for (const version of versions)
        await t.push({ name, version, description: `v${version}`, packages: [], modules: [], groups: [] });
}

describe("500 share", () => {
    test("a Weldr 500 is the reference's error body with id InternalError", { skip: REFERENCE ? false : SKIP_REFERENCE }, async () => {
        assert.match(REFERENCE ?? "", /500: `InternalError`/);
        assert.equal((await knob("error-share", { api: "weldr", share: 1 })).status, 200);
        const r = await t.get(`${V1}/blueprints/list`);
        assertError(r, 500, "InternalError", /injected/);
        assert.equal(r.headers["content-type"], "application/json; charset=utf-8");
    });

    test("a Cloud 500 is an Error object of a 1000+ code, as the OpenAPI schema has it", { skip: OPENAPI ? false : SKIP_REFERENCE }, async () => {
        await knob("error-share", { api: "cloud", share: 1 });
        const r = await request(t.sim.cloudSocket, "GET", `${CLOUD}/composes/`);
        assert.equal(r.status, 500);
        const body = r.json() as Record<string, unknown>;
        for (const key of ["href", "id", "kind", "code", "reason", "operation_id"]) {
            assert.ok(key in body, `missing ${key}`);
            assert.match(OPENAPI ?? "", new RegExp(`\\b${key}:`), `the reference schema has no ${key}`);
        }
        assert.equal(body.kind, "Error");
        assert.ok(Number(body.id) >= 1000, `code ${String(body.id)} should be an internal one (1000+ → 500)`);
        assert.equal(body.code, `IMAGE-BUILDER-COMPOSER-${String(body.id)}`);
        // the other API is not touched
        jsonOf(await t.get("/api/status"));
    });

    test("share 0.5 on one path fails every second matching request and no other", async () => {
        await knob("error-share", { api: "weldr", path: "^/api/v1/blueprints/list$", share: 0.5 });
        const statuses = [];
        for (let i = 0; i < 4; i++)
            statuses.push((await t.get(`${V1}/blueprints/list`)).status);
        assert.deepEqual(statuses, [200, 500, 200, 500]);
        assert.equal((await t.get("/api/status")).status, 200);
    });

    test("reset ends the share", async () => {
        await knob("error-share", { share: 1 });
        assert.equal((await t.get("/api/status")).status, 500);
        await knob("reset");
        assert.equal((await t.get("/api/status")).status, 200);
    });
});

describe("bodies", () => {
    test("malformed: HTTP 200 whose body is not JSON, for the number of replies asked", async () => {
        await knob("malformed", { api: "weldr", path: "^/api/status$", count: 1 });
        const bad = await t.get("/api/status");
        assert.equal(bad.status, 200);
        assert.throws(() => JSON.parse(bad.text), SyntaxError);
        assert.equal(Number(bad.headers["content-length"]), bad.raw.length, "the HTTP framing stays intact");
        jsonOf(await t.get("/api/status"));
    });

    test("truncate: the reply promises more bytes than it sends, then the connection closes", async () => {
        await knob("truncate", { api: "weldr", path: "^/api/status$", count: 1 });
        const outcome = await new Promise<{ promised: number; got: number; aborted: boolean }>(resolve => {
            const req = http.request({ socketPath: t.sim.weldrSocket, path: "/api/status", agent: false }, res => {
                let got = 0;
                const promised = Number(res.headers["content-length"]);
                res.on("data", (c: Buffer) => { got += c.length; });
                res.on("aborted", () => resolve({ promised, got, aborted: true }));
                res.on("error", () => resolve({ promised, got, aborted: true }));
                res.on("end", () => resolve({ promised, got, aborted: false }));
            });
            req.on("error", () => resolve({ promised: NaN, got: 0, aborted: true }));
            req.end();
        });
        assert.equal(outcome.aborted, true);
        assert.ok(outcome.got < outcome.promised, `got ${outcome.got} of ${outcome.promised} bytes`);
        jsonOf(await t.get("/api/status"));
    });

    test("latency delays the matching endpoint only, and more than 30 s is refused", async () => {
        await knob("latency", { api: "weldr", path: "^/api/v1/blueprints/list$", ms: 400 });
        const t0 = Date.now();
        jsonOf(await t.get(`${V1}/blueprints/list`));
        assert.ok(Date.now() - t0 >= 390, "the reply came before the delay was over");
        const refused = await knob("latency", { ms: 30_001 });
        assert.equal(refused.status, 400);
        assert.match(String(refused.body.error), /0 to 30000/);
    });

    test("body-latency: the status line and headers go out at once, the body that much later", async () => {
        await knob("body-latency", { api: "weldr", path: "^/api/status$", ms: 400 });
        const outcome = await new Promise<{ headersToEnd: number; body: string }>((resolve, reject) => {
            const req = http.request({ socketPath: t.sim.weldrSocket, path: "/api/status", agent: false }, res => {
                const headersAt = Date.now();
                let body = "";
                res.setEncoding("utf8");
                res.on("data", (chunk: string) => { body += chunk; });
                res.on("end", () => resolve({ headersToEnd: Date.now() - headersAt, body }));
            });
            req.on("error", reject);
            req.end();
        });
        assert.ok(outcome.headersToEnd >= 390, `the body came ${outcome.headersToEnd} ms after the headers`);
        assert.equal((JSON.parse(outcome.body) as { api?: unknown }).api, "1", "the body is the status, whole");
        const refused = await knob("body-latency", { ms: -1 });
        assert.equal(refused.status, 400);
        assert.match(String(refused.body.error), /0 to 30000/);
    });

    test("a bad knob is refused with a message that names it", async () => {
        const r = await knob("error-share", { share: 2 });
        assert.equal(r.status, 400);
        assert.match(String(r.body.error), /share must be a number from 0 to 1/);
        const unknown = await request(control, "POST", "/explode", { body: "{}" });
        assert.equal(unknown.status, 404);
        assert.match(unknown.text, /knobs: POST \/reset/);
    });
});

describe("sockets", () => {
    test("stop removes the socket (ENOENT), start serves the same state again", async () => {
        await pushDraft("fault-stop", ["1.0.0"]);
        await knob("stop", { api: "weldr" });
        assert.equal(await connectResult(t.sim.weldrSocket), "ENOENT");
        assert.equal(await connectResult(t.sim.cloudSocket), "ok", "the Cloud API stays up");
        await knob("start", { api: "weldr" });
        const list = jsonOf(await t.get(`${V1}/blueprints/list`));
        assert.ok((list.blueprints as string[]).includes("fault-stop"));
    });

    test("only the Cloud socket can be stopped", async () => {
        await knob("stop", { api: "cloud" });
        assert.equal(await connectResult(t.sim.cloudSocket), "ENOENT");
        jsonOf(await t.get("/api/status"));
        await knob("reset");
        assert.equal(await connectResult(t.sim.cloudSocket), "ok");
    });

    test("remove-socket unlinks the file while the server lives; recreate-socket brings a new one", async () => {
        await knob("remove-socket", { api: "weldr" });
        assert.equal(fs.existsSync(t.sim.weldrSocket), false);
        assert.equal(await connectResult(t.sim.weldrSocket), "ENOENT");
        await knob("recreate-socket", { api: "weldr" });
        assert.equal(fs.statSync(t.sim.weldrSocket).mode & 0o777, 0o666);
        jsonOf(await t.get("/api/status"));
    });

    const canSwitchUser = process.getuid?.() === 0 && fs.existsSync("/usr/bin/setpriv");
    test("permission-denied: mode 0600 owned by nobody, so a third user (daemon) gets EACCES", { skip: canSwitchUser ? false : "needs root and setpriv to connect as another user" }, async () => {
        const { uid } = otherUser();
        // the client: neither the socket's new owner nor root
        const [client, clientGroup] = [1, 1];
        assert.notEqual(client, uid);
        // the temp dir is root's 0700: let the other user reach the socket at all
        fs.chmodSync(t.dir, 0o755);
        fs.chmodSync(path.dirname(t.sim.weldrSocket), 0o755);
        const asOther = (): string => execFileSync("/usr/bin/setpriv", [
            `--reuid=${client}`, `--regid=${clientGroup}`, "--clear-groups", process.execPath, "-e",
            `require("net").connect(${JSON.stringify(t.sim.weldrSocket)}).on("connect", () => { console.log("ok"); process.exit(0) })` +
            `.on("error", e => { console.log(e.code); process.exit(0) })`,
        ], { encoding: "utf8" }).trim();
        assert.equal(asOther(), "ok", "before the knob the other user connects");
        await knob("permission-denied", { api: "weldr" });
        const st = fs.statSync(t.sim.weldrSocket);
        assert.equal(st.mode & 0o777, 0o600);
        assert.equal(st.uid, uid);
        assert.equal(asOther(), "EACCES");
        await knob("reset");
        assert.equal(asOther(), "ok");
    });
});

describe("restart", () => {
    test("after a restart the change list stays, and undo of an old commit fails as the reference says", { skip: REFERENCE ? false : SKIP_REFERENCE }, async () => {
        assert.match(REFERENCE ?? "", /commit from before a restart → 400 `BlueprintsError` `"no blueprint found for commit X"`/);
        await pushDraft("fault-restart", ["1.0.0", "1.0.1"]);
        const before = jsonOf(await t.get(`${V1}/blueprints/changes/fault-restart`));
        const changes = ((before.blueprints as Record<string, unknown>[])[0].changes as Record<string, unknown>[]);
        assert.equal(changes.length, 2);
        const old = String(changes[1].commit);
        const version = (jsonOf(await t.get(`${V1}/blueprints/info/fault-restart`)).blueprints as Record<string, unknown>[])[0].version;
        await knob("restart");
        const afterList = jsonOf(await t.get(`${V1}/blueprints/changes/fault-restart`));
        assert.equal(((afterList.blueprints as Record<string, unknown>[])[0].changes as unknown[]).length, 2);
        const r = await t.post(`${V1}/blueprints/undo/fault-restart/${old}`, "");
        assertError(r, 400, "BlueprintsError", `no blueprint found for commit ${old}`);
        // the newest commit is still the blueprint
        const info = jsonOf(await t.get(`${V1}/blueprints/info/fault-restart`));
        assert.equal((info.blueprints as Record<string, unknown>[])[0].version, version);
    });
});
