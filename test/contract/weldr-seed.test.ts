// The demo and bulk seeds are valid data: every demo blueprint round-trips
// through blueprints/new and depsolves, every seeded Cloud request is accepted
// by the Cloud API, and the compose states and upload targets are all there.

import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import type { ComposeRecord } from "../composer-sim/model";
import { seedBulk } from "../composer-sim/seed";
import { createState, listBlueprints } from "../composer-sim/state";
import { request } from "./client";
import { jsonOf, startTestSim, type TestSim } from "./weldr-fixture";

type Obj = Record<string, unknown>;
let t: TestSim;
before(async () => {
    t = await startTestSim({ seed: "demo" });
});
after(async () => {
    await t.close();
});

const composes = (): ComposeRecord[] => Object.values(t.sim.ctx.state.composes);

describe("demo seed", () => {
    test("every demo blueprint depsolves and round-trips through blueprints/new", async () => {
        const names = jsonOf(await t.get("/api/v1/blueprints/list")).blueprints as string[];
        assert.equal(names.length, 12);
        const depsolve = jsonOf(await t.get(`/api/v1/blueprints/depsolve/${names.join(",")}`));
        assert.deepEqual(depsolve.errors, []);
        for (const name of names) {
            const info = jsonOf(await t.get(`/api/v1/blueprints/info/${name}`));
            const bp = (info.blueprints as Obj[])[0];
            const r = await t.post("/api/v1/blueprints/workspace", bp);
            assert.equal(r.status, 200, `${name}: ${r.text}`);
            const toml = await t.get(`/api/v1/blueprints/info/${name}?format=toml`);
            assert.equal((await t.post("/api/v1/blueprints/workspace", toml.text, "text/x-toml")).status, 200, name);
            if ((info.changes as Obj[])[0].changed)
                await t.post("/api/v1/blueprints/workspace", bp);
            else
                await t.del(`/api/v1/blueprints/workspace/${name}`);
        }
    });

    test("histories, a tag and a workspace draft are there", async () => {
        const body = jsonOf(await t.get("/api/v1/blueprints/changes/web-server,legacy-v0"));
        const [web, legacy] = body.blueprints as Obj[];
        assert.equal(web.total, 3);
        assert.ok((legacy.changes as Obj[]).some(c => c.revision === 1));
        const info = jsonOf(await t.get("/api/v1/blueprints/info/base-image,web-server"));
        assert.deepEqual(info.changes, [{ changed: true, name: "base-image" }, { changed: false, name: "web-server" }]);
        const users = (((info.blueprints as Obj[])[1].customizations as Obj).user as Obj[]);
        assert.match(String(users[0].password), /^\$6\$/, "the seed's plain password was hashed");
    });

    test("composes in every state from both APIs, every upload target type, a Koji build", () => {
        const weldr = composes().filter(c => c.api === "weldr");
        const cloud = composes().filter(c => c.api === "cloud");
        for (const list of [weldr, cloud])
            assert.deepEqual([...new Set(list.map(c => c.state))].sort(), ["FAILED", "FINISHED", "RUNNING", "WAITING"]);
        assert.ok(weldr.some(c => c.canceled));
        assert.deepEqual([...new Set(weldr.map(c => c.upload?.provider_name).filter(Boolean))].sort(), ["aws", "azure", "vmware"]);
        const finishedTargets = new Set(cloud.filter(c => c.state === "FINISHED").flatMap(c => c.images.flatMap(i => i.targets.filter(x => x.result).map(x => x.type))));
        assert.deepEqual([...finishedTargets].sort(), ["aws", "aws.s3", "azure", "container", "gcp", "local", "oci.objectstorage"]);
        const failed = cloud.find(c => c.error?.id === 28);
        assert.deepEqual(failed?.error, { id: 28, reason: "at least one target failed", details: [{ id: 12, reason: "error importing image", details: "org.osbuild.aws" }] });
        const koji = cloud.find(c => c.koji);
        assert.ok(koji?.koji?.build_id);
        assert.deepEqual(koji?.images.map(i => i.arch), ["x86_64", "aarch64"]);
        assert.ok(cloud.every(c => c.request && c.images.every(i => i.cloudImageType)));
    });

    test("every seeded Cloud request is accepted by the Cloud API", async () => {
        for (const c of composes().filter(x => x.api === "cloud")) {
            const r = await request(t.sim.cloudSocket, "POST", "/api/image-builder-composer/v2/compose", {
                body: JSON.stringify(c.request), headers: { "Content-Type": "application/json" },
            });
            assert.equal(r.status, 201, `${JSON.stringify(c.request)} → ${r.text}`);
        }
    });

    test("seeded finished Weldr composes serve their image", async () => {
        const done = composes().find(c => c.api === "weldr" && c.state === "FINISHED");
        assert.ok(done);
        const r = await request(t.sim.weldrSocket, "GET", `/api/v1/compose/image/${done.id}`, { maxBytes: 4096 });
        assert.equal(r.status, 200);
        assert.ok(Number(r.headers["content-length"]) > 1024 ** 3);
    });
});

describe("bulk seed", () => {
    test("seedBulk adds thousands of entries quickly", () => {
        const state = createState();
        const t0 = Date.now();
        seedBulk(state, { blueprints: 2000, finishedComposes: 3000, runningComposes: 50 });
        assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
        assert.equal(listBlueprints(state).length, 2000);
        const all = Object.values(state.composes);
        assert.equal(all.length, 3050);
        assert.equal(all.filter(c => c.state === "RUNNING").length, 50);
    });
});
