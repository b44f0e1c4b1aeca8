// The stand-in's command line (test/composer-sim/main.ts): ready line, refusal
// when a live server owns a socket, stale sockets, --record, --state across a
// restart, SIGTERM clean-up, --seed demo.

import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";

import { request } from "./client";
import { jsonOf, REPO } from "./weldr-fixture";

const MAIN = path.join(REPO, "test/composer-sim/main.ts");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weldr-cli-"));
const weldr = path.join(dir, "run/weldr/api.socket");
const cloud = path.join(dir, "run/cloudapi/api.socket");
after(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Run {
    child: ChildProcess;
    stdout: () => string;
    stderr: () => string;
    exit: Promise<number | null>;
}

function run(args: string[]): Run {
    const child = spawn(process.execPath, ["--import", "tsx", MAIN, "--weldr-socket", weldr, "--cloud-socket", cloud, ...args],
        { cwd: REPO, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (err += d.toString()));
    const exit = new Promise<number | null>(resolve => child.on("exit", code => resolve(code)));
    return { child, stdout: () => out, stderr: () => err, exit };
}

async function ready(r: Run): Promise<void> {
    for (let i = 0; i < 300; i++) {
        if (r.stdout().includes("\n"))
            return;
        if (r.child.exitCode !== null)
            throw new Error(`exited ${r.child.exitCode}: ${r.stderr()}`);
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    throw new Error(`no ready line: ${r.stderr()}`);
}

async function stop(r: Run): Promise<number | null> {
    r.child.kill("SIGTERM");
    return r.exit;
}

describe("composer-sim CLI", () => {
    test("prints one ready line, serves both sockets (0666), cleans up on SIGTERM", async () => {
        const r = run(["--build-seconds", "0"]);
        await ready(r);
        assert.equal(r.stdout(), `composer-sim ready weldr=${weldr} cloud=${cloud}\n`);
        assert.equal(fs.statSync(weldr).mode & 0o777, 0o666);
        assert.equal(fs.statSync(cloud).mode & 0o777, 0o666);
        assert.equal(jsonOf(await request(weldr, "GET", "/api/status")).api, "1");
        assert.equal((await request(cloud, "GET", "/api/image-builder-composer/v2/openapi")).status, 200);
        assert.equal(await stop(r), 0);
        assert.equal(fs.existsSync(weldr), false);
        assert.equal(fs.existsSync(cloud), false);
    });

    test("refuses to start when a live server answers on a socket", async () => {
        fs.mkdirSync(path.dirname(weldr), { recursive: true });
        const squatter = net.createServer(c => c.end());
        await new Promise<void>(resolve => squatter.listen(weldr, resolve));
        try {
            const r = run([]);
            assert.equal(await r.exit, 1);
            assert.match(r.stderr(), /already listening/);
            assert.equal(r.stdout(), "");
        } finally {
            await new Promise<void>(resolve => squatter.close(() => resolve()));
        }
    });

    test("removes a stale socket file nobody listens on and starts", async () => {
        const holder = spawn(process.execPath, ["-e", `require("net").createServer().listen(${JSON.stringify(cloud)}, () => console.log("up"))`], { stdio: ["ignore", "pipe", "ignore"] });
        await new Promise<void>(resolve => holder.stdout?.once("data", () => resolve()));
        holder.kill("SIGKILL");
        await new Promise(resolve => holder.on("exit", resolve));
        assert.ok(fs.existsSync(cloud), "the killed server left its socket file behind");
        const r = run([]);
        await ready(r);
        assert.equal((await request(cloud, "GET", "/api/image-builder-composer/v2/openapi")).status, 200);
        assert.equal(await stop(r), 0);
    });

    test("--record appends one JSON line per request", async () => {
        const rec = path.join(dir, "record.jsonl");
        const r = run(["--record", rec]);
        await ready(r);
        await request(weldr, "POST", "/api/v1/blueprints/new", { body: '{"name":"rec"}', headers: { "Content-Type": "application/json" } });
        await request(weldr, "GET", "/api/v1/blueprints/info/rec?format=toml");
        await request(cloud, "GET", "/api/image-builder-composer/v2/composes/");
        assert.equal(await stop(r), 0);
        const lines = fs.readFileSync(rec, "utf8").trim().split("\n").map(l => JSON.parse(l) as Record<string, unknown>);
        assert.equal(lines.length, 3);
        assert.deepEqual(Object.keys(lines[0]), ["time", "api", "method", "path", "query", "contentType", "body"]);
        assert.deepEqual([lines[0].api, lines[0].method, lines[0].path, lines[0].contentType, lines[0].body], ["weldr", "POST", "/api/v1/blueprints/new", "application/json", '{"name":"rec"}']);
        assert.deepEqual([lines[1].path, lines[1].query], ["/api/v1/blueprints/info/rec", "format=toml"]);
        assert.equal(lines[2].api, "cloud");
    });

    test("--state keeps blueprints and composes across a restart; --seed demo only fills an empty state", async () => {
        const state = path.join(dir, "state.json");
        const first = run(["--state", state, "--build-seconds", "0"]);
        await ready(first);
        await request(weldr, "POST", "/api/v1/blueprints/new", { body: '{"name":"kept","version":"1.2.3"}', headers: { "Content-Type": "application/json" } });
        const started = jsonOf(await request(weldr, "POST", "/api/v1/compose", { body: '{"blueprint_name":"kept","compose_type":"qcow2"}', headers: { "Content-Type": "application/json" } }));
        assert.equal(await stop(first), 0);
        assert.ok(fs.statSync(state).size > 0);

        const second = run(["--state", state, "--seed", "demo"]);
        await ready(second);
        const list = jsonOf(await request(weldr, "GET", "/api/v1/blueprints/list")).blueprints as string[];
        assert.deepEqual(list, ["kept"], "the demo seed is not applied over a saved state");
        const entry = (jsonOf(await request(weldr, "GET", `/api/v1/compose/status/${String(started.build_id)}`)).uuids as Record<string, unknown>[])[0];
        assert.equal(entry.queue_status, "FINISHED");
        const image = await request(weldr, "GET", `/api/v1/compose/image/${String(started.build_id)}`, { maxBytes: 1024 });
        assert.equal(image.status, 200, "the artifact is served again after a restart");
        assert.equal(await stop(second), 0);
    });

    test("--seed demo serves a dozen blueprints and composes in every state", async () => {
        const r = run(["--seed", "demo"]);
        await ready(r);
        const list = jsonOf(await request(weldr, "GET", "/api/v1/blueprints/list")).blueprints as string[];
        assert.ok(list.length >= 12, list.join(","));
        const all = jsonOf(await request(weldr, "GET", "/api/v1/compose/status/*")).uuids as Record<string, unknown>[];
        const states = new Set(all.map(e => e.queue_status));
        assert.deepEqual([...states].sort(), ["FAILED", "FINISHED", "RUNNING", "WAITING"]);
        const info = jsonOf(await request(weldr, "GET", "/api/v1/blueprints/info/base-image"));
        assert.deepEqual(info.changes, [{ changed: true, name: "base-image" }]);
        assert.equal(await stop(r), 0);
    });

    test("bad flags exit non-zero with a usage message", async () => {
        const r = run(["--seed", "lots"]);
        assert.notEqual(await r.exit, 0);
        assert.match(r.stderr(), /--seed must be demo, empty or bulk:<blueprints>:<finished>:<running>, not lots/);
    });
});
