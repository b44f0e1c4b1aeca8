// Contract tests of the stand-in's Weldr API against reference/composer-api.md
// §1.5/§1.6: compose start, lists, status, info, log(s), metadata, results,
// image download, cancel, delete, and the fake worker's clock.

import assert from "node:assert/strict";
import fs from "node:fs";
import { after, before, describe, test } from "node:test";

import { request } from "./client";
import { assertError, assertNotFound, JSON_CT, jsonOf, readTar, startTestSim, type TestSim } from "./weldr-fixture";

type Obj = Record<string, unknown>;
const V1 = "/api/v1";
const V0 = "/api/v0";
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let t: TestSim;
before(async () => {
    t = await startTestSim();
    await t.push({ name: "web", version: "1.0.0", packages: [{ name: "httpd" }, { name: "tmux" }] });
    await t.post(`${V1}/blueprints/workspace`, { name: "web", version: "9.9.9", packages: [{ name: "nginx" }] });
    await t.push({ name: "rhel", distro: "rhel-9.6", customizations: { filesystem: [{ mountpoint: "/var", minsize: "12 GiB" }] } });
});
after(async () => {
    await t.close();
});

async function start(body: Obj, v = V1): Promise<string> {
    const r = jsonOf(await t.post(`${v}/compose`, body));
    assert.deepEqual(Object.keys(r), ["build_id", "status", "warnings"]);
    assert.equal(r.status, true);
    assert.equal(r.warnings, null);
    assert.match(String(r.build_id), UUID_RE);
    return String(r.build_id);
}

async function status(id: string, v = V1): Promise<Obj> {
    return (jsonOf(await t.get(`${v}/compose/status/${id}`)).uuids as Obj[])[0];
}

describe("compose start", () => {
    test("starts from the committed blueprint, reports the canonical type, finishes at once with build-seconds 0", async () => {
        const id = await start({ blueprint_name: "web", compose_type: "qcow2", branch: "master", size: 0 });
        const entry = await status(id);
        assert.deepEqual(Object.keys(entry), ["id", "blueprint", "version", "compose_type", "image_size", "queue_status", "job_created", "job_started", "job_finished"]);
        assert.deepEqual([entry.blueprint, entry.version, entry.compose_type, entry.queue_status], ["web", "1.0.0", "generic-qcow2", "FINISHED"]);
        assert.equal(entry.image_size, 5 * 1024 ** 3);
        const info = jsonOf(await t.get(`${V1}/compose/info/${id}`));
        assert.deepEqual(Object.keys(info), ["id", "config", "blueprint", "commit", "deps", "compose_type", "queue_status", "image_size"]);
        assert.deepEqual((info.blueprint as Obj).packages, [{ name: "httpd" }, { name: "tmux" }], "the workspace copy is ignored");
        const names = ((info.deps as Obj).packages as Obj[]).map(p => String(p.name));
        assert.deepEqual(names, [...names].sort());
        assert.ok(names.includes("httpd") && names.includes("kernel"));
    });

    test("size is the larger of the request and the filesystem customizations", async () => {
        const id = await start({ blueprint_name: "rhel", compose_type: "qcow2", size: 1024 });
        const info = jsonOf(await t.get(`${V1}/compose/info/${id}`));
        assert.deepEqual([info.compose_type, info.image_size], ["qcow2", 12 * 1024 ** 3]);
    });

    test("request errors follow the reference", async () => {
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "web", compose_type: "qcow2" }, "text/plain"), 400, "MissingPost", "blueprint must be json");
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "web", compose_type: "qcow2" }, "application/json; charset=utf-8"), 400, "MissingPost", "blueprint must be json");
        assertNotFound(await t.post(`${V1}/compose`, "{not json"));
        assertNotFound(await t.post(`${V1}/compose`, { blueprint_name: "web", compose_type: "qcow2", size: "big" }));
        assertNotFound(await t.post(`${V1}/compose`, { blueprint_name: "web", compose_type: "qcow2", upload: { provider: "dropbox", image_name: "x", settings: {} } }));
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "no such", compose_type: "qcow2" }), 400, "InvalidChars", "Invalid characters in API path");
        assertError(await t.post(`${V1}/compose`, { compose_type: "qcow2" }), 400, "InvalidChars", "Invalid characters in API path");
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "nope", compose_type: "qcow2" }), 400, "UnknownBlueprint", "Unknown blueprint name: nope");
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "web", compose_type: "floppy" }), 400, "ComposeError", 'Failed to get compose type "floppy": invalid image type: floppy');
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "rhel", compose_type: "ec2" }), 400, "ComposeError",
            'Failed to get compose type "ec2": image type "ec2" for distro "rhel-9.6" is denied by configuration');
    });

    test("distro, worker and depsolve failures", async () => {
        await t.push({ name: "arm", distro: "fedora-43", architecture: "aarch64" });
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "arm", compose_type: "qcow2" }), 400, "ComposePushErrored", "No worker for arch 'aarch64'  available");
        await t.push({ name: "missing-pkg", packages: [{ name: "no-such-package" }] });
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "missing-pkg", compose_type: "qcow2" }), 500, "DepsolveError", /missing packages: no-such-package/);
        const entry = t.sim.ctx.state.blueprints.web;
        t.sim.ctx.state.blueprints.odd = { commits: [], workspace: null, committed: { name: "odd", version: "0.0.1", distro: "fedora-1" } };
        assertError(await t.post(`${V1}/compose`, { blueprint_name: "odd", compose_type: "qcow2" }), 400, "DistroError", "Unknown distribution: fedora-1 for arch x86_64");
        assert.ok(entry);
    });

    test("uploads: settings echo without secrets, oci/container not listed, v0 ignores upload", async () => {
        const aws = await start({ blueprint_name: "web", compose_type: "ami", upload: { provider: "aws", image_name: "my-ami",
            settings: { region: "eu-central-1", accessKeyID: "AKIA", secretAccessKey: "SECRET", sessionToken: "TOKEN", bucket: "b", key: "" } } });
        const uploads = (await status(aws)).uploads as Obj[];
        assert.equal(uploads.length, 1);
        assert.deepEqual(Object.keys(uploads[0]), ["uuid", "status", "provider_name", "image_name", "creation_time", "settings"]);
        assert.deepEqual([uploads[0].status, uploads[0].provider_name, uploads[0].image_name], ["FINISHED", "aws", "my-ami"]);
        const settings = uploads[0].settings as Obj;
        assert.deepEqual(Object.keys(settings), ["region", "bucket", "key"]);
        assert.match(String(settings.key), /^composer-api-[0-9a-f-]{36}$/);
        assert.ok(!JSON.stringify(t.sim.ctx.state).includes("SECRET"), "secrets are not stored");
        assert.equal("uploads" in await status(aws, V0), false);
        const vmware = await start({ blueprint_name: "web", compose_type: "vmdk", upload: { provider: "vmware", image_name: "vm",
            settings: { host: "vc", username: "u", password: "p", datacenter: "dc", cluster: "c", datastore: "ds", folder: "f" } } });
        assert.deepEqual(((await status(vmware)).uploads as Obj[])[0].settings, { host: "vc", username: "", password: "", datacenter: "dc", cluster: "c", datastore: "ds", folder: "" });
        const gcp = await start({ blueprint_name: "web", compose_type: "gce", upload: { provider: "gcp", image_name: "g", settings: { region: "eu", bucket: "bk", object: "obj", credentials: "e30=" } } });
        assert.deepEqual(((await status(gcp)).uploads as Obj[])[0].settings, { region: "eu", bucket: "bk", object: "obj.tar.gz" });
        const s3 = await start({ blueprint_name: "web", compose_type: "qcow2", upload: { provider: "generic.s3", image_name: "s", settings: { Region: "r", bucket: "b", key: "k", endpoint: "https://minio" } } });
        const s3up = ((await status(s3)).uploads as Obj[])[0];
        assert.equal(s3up.provider_name, "aws.s3");
        assert.equal((s3up.settings as Obj).region, "r", "JSON keys match case-insensitively");
        const azure = await start({ blueprint_name: "web", compose_type: "vhd", upload: { provider: "azure", image_name: "a.vhd", settings: { storageAccount: "sa", storageAccessKey: "KEY", container: "c" } } });
        assert.deepEqual(((await status(azure)).uploads as Obj[])[0].settings, { container: "c" });
        for (const provider of ["oci", "container"]) {
            const id = await start({ blueprint_name: "web", compose_type: "qcow2", upload: { provider, image_name: "x", settings: {} } });
            assert.equal("uploads" in await status(id), false, `${provider} uploads are not listed`);
        }
        const v0 = await start({ blueprint_name: "web", compose_type: "ami", upload: { provider: "aws", image_name: "x", settings: { region: "r" } } }, V0);
        assert.equal(t.sim.ctx.state.composes[v0].upload, undefined);
    });

    test("?test=1 and ?test=2 store a failed and a finished compose", async () => {
        const failed = jsonOf(await t.post(`${V1}/compose?test=1`, { blueprint_name: "web", compose_type: "qcow2" })).build_id as string;
        const finished = jsonOf(await t.post(`${V1}/compose?test=2`, { blueprint_name: "web", compose_type: "qcow2" })).build_id as string;
        assert.equal((await status(failed)).queue_status, "FAILED");
        assert.equal((await status(finished)).queue_status, "FINISHED");
    });
});

describe("compose lists and status", () => {
    test("finished and failed are sorted lists of compose entries", async () => {
        const finished = jsonOf(await t.get(`${V1}/compose/finished`)).finished as Obj[];
        const ids = finished.map(e => String(e.id));
        assert.deepEqual(ids, [...ids].sort());
        assert.ok(finished.every(e => e.queue_status === "FINISHED"));
        const failed = jsonOf(await t.get(`${V0}/compose/failed`)).failed as Obj[];
        assert.ok(failed.length >= 1 && failed.every(e => e.queue_status === "FAILED"));
    });

    test("status: list or *, filters, sorted; bad uuid 400; unknown valid uuid omitted", async () => {
        const all = jsonOf(await t.get(`${V1}/compose/status/*`)).uuids as Obj[];
        const ids = all.map(e => String(e.id));
        assert.deepEqual(ids, [...ids].sort());
        const some = jsonOf(await t.get(`${V1}/compose/status/${ids[1]},${ids[0]},00000000-0000-0000-0000-000000000000`)).uuids as Obj[];
        assert.deepEqual(some.map(e => e.id), [ids[0], ids[1]]);
        const filtered = jsonOf(await t.get(`${V1}/compose/status/*?blueprint=rhel&status=FINISHED&type=qcow2`)).uuids as Obj[];
        assert.equal(filtered.length, 1);
        assert.deepEqual(jsonOf(await t.get(`${V1}/compose/status/*?type=nope`)).uuids, []);
        assertError(await t.get(`${V1}/compose/status/not-a-uuid`), 400, "UnknownUUID", "not-a-uuid is not a valid build uuid");
        assertError(await t.get(`${V1}/compose/status/*?blueprint=a%20b`), 400, "InvalidChars", "Invalid characters in API path");
        const noDashes = ids[0].replace(/-/g, "");
        assert.equal((jsonOf(await t.get(`${V1}/compose/status/${noDashes}`)).uuids as Obj[]).length, 1, "uuid.Parse accepts 32 hex digits");
    });

    test("a handler that throws answers 500", async () => {
        const broken = await start({ blueprint_name: "web", compose_type: "qcow2" });
        const rec = t.sim.ctx.state.composes[broken];
        const images = rec.images;
        rec.images = [];
        try {
            const r = await t.get(`${V1}/compose/status/${broken}`);
            assert.equal(r.status, 500);
        } finally {
            rec.images = images;
        }
    });

    test("info of an unknown compose is a 400 UnknownUUID", async () => {
        assertError(await t.get(`${V1}/compose/info/00000000-0000-0000-0000-000000000000`), 400, "UnknownUUID", "00000000-0000-0000-0000-000000000000 is not a valid build uuid");
        assertError(await t.get(`${V1}/compose/info/xyz`), 400, "UnknownUUID", "xyz is not a valid build uuid");
    });
});

describe("the worker's clock: WAITING → RUNNING → FINISHED, log, queue, cancel", () => {
    let clock = 1_800_000_000;
    let slow: TestSim;
    before(async () => {
        slow = await startTestSim({ buildSeconds: 60, now: () => clock, workerIntervalMs: 3_600_000 });
        await slow.push({ name: "slow", packages: [{ name: "tmux" }] });
    });
    after(async () => {
        await slow.close();
    });
    const tick = (): void => slow.sim.ctx.kick();

    test("log and queue follow the state; cancel makes it FAILED", async () => {
        const id = String(jsonOf(await slow.post(`${V1}/compose`, { blueprint_name: "slow", compose_type: "qcow2" })).build_id);
        let entry = (jsonOf(await slow.get(`${V1}/compose/status/${id}`)).uuids as Obj[])[0];
        assert.equal(entry.queue_status, "WAITING");
        assert.equal("job_started" in entry, false);
        const waitingLog = await slow.get(`${V1}/compose/log/${id}`);
        assert.equal(waitingLog.status, 200);
        assert.equal(waitingLog.headers["content-type"], JSON_CT);
        assert.deepEqual(waitingLog.json(), { status: false, errors: [{ id: "BuildInWrongState", msg: `Build ${id} has not started yet. No logs to view.` }] });
        const queue = jsonOf(await slow.get(`${V1}/compose/queue`));
        assert.deepEqual([(queue.new as Obj[]).map(e => e.id), queue.run], [[id], []]);
        assertError(await slow.get(`${V1}/compose/logs/${id}`), 400, "BuildInWrongState", `Build ${id} not in FINISHED or FAILED state.`);
        assertError(await slow.get(`${V1}/compose/metadata/${id}`), 400, "BuildInWrongState", `Build ${id} is in wrong state: WAITING`);
        assertError(await slow.get(`${V1}/compose/image/${id}`), 400, "BuildInWrongState", `Build ${id} is in wrong state: WAITING`);

        clock += 2;
        tick();
        entry = (jsonOf(await slow.get(`${V1}/compose/status/${id}`)).uuids as Obj[])[0];
        assert.equal(entry.queue_status, "RUNNING");
        assert.equal(entry.job_started, clock - 1);
        const running = await slow.get(`${V1}/compose/log/${id}`);
        assert.equal(running.text, `Build ${id} is still running.\n`);
        assert.equal(running.headers["content-type"], JSON_CT);
        assert.deepEqual((jsonOf(await slow.get(`${V1}/compose/queue`)).run as Obj[]).map(e => e.id), [id]);
        clock += 30;
        tick();
        const rec = slow.sim.ctx.state.composes[id];
        assert.ok(rec.progress && rec.progress.done > 0 && rec.progress.done < rec.progress.total, JSON.stringify(rec.progress));
        assert.ok(rec.log.includes("org.osbuild.rpm"), "the osbuild log grows while running");

        assert.deepEqual(jsonOf(await slow.del(`${V1}/compose/delete/${id}`)), {
            uuids: [], errors: [{ id: "BuildInWrongState", msg: `Compose ${id} is not in FINISHED or FAILED.` }],
        });
        assert.deepEqual(jsonOf(await slow.del(`${V1}/compose/cancel/${id}`)), { uuid: id, status: true });
        entry = (jsonOf(await slow.get(`${V1}/compose/status/${id}`)).uuids as Obj[])[0];
        assert.equal(entry.queue_status, "FAILED");
        assert.equal(slow.sim.ctx.state.composes[id].canceled, true);
        assertError(await slow.del(`${V1}/compose/cancel/${id}`), 400, "BuildInWrongState", `Build ${id} is not in WAITING or RUNNING.`);
        assertError(await slow.del(`${V1}/compose/cancel/nope`), 400, "UnknownUUID", "nope is not a valid build uuid");
        assertError(await slow.del(`${V1}/compose/cancel/00000000-0000-0000-0000-000000000000`), 400, "UnknownUUID", "Compose 00000000-0000-0000-0000-000000000000 doesn't exist");
    });

    test("a compose finishes after build-seconds and then serves its log", async () => {
        const id = String(jsonOf(await slow.post(`${V1}/compose`, { blueprint_name: "slow", compose_type: "qcow2" })).build_id);
        clock += 2;
        tick();
        clock += 61;
        tick();
        const entry = (jsonOf(await slow.get(`${V1}/compose/status/${id}`)).uuids as Obj[])[0];
        assert.equal(entry.queue_status, "FINISHED");
        assert.equal((entry.job_finished as number) - (entry.job_started as number), 60);
        const log = await slow.get(`${V1}/compose/log/${id}`);
        assert.equal(log.status, 200);
        assert.match(log.text, /^Building manifest 0 for generic-qcow2/);
    });
});

describe("compose outputs", () => {
    let finished: string;
    let failed: string;
    before(async () => {
        finished = await start({ blueprint_name: "web", compose_type: "ami" });
        const rec = t.sim.ctx.state.composes[await start({ blueprint_name: "web", compose_type: "qcow2" })];
        failed = rec.id;
        rec.state = "FAILED";
        rec.log = "";
        rec.images[0].artifactPath = undefined;
    });

    test("log of a done compose is the osbuild log, or the empty-result text", async () => {
        const r = await t.get(`${V1}/compose/log/${finished}`);
        assert.equal(r.headers["content-type"], JSON_CT);
        assert.match(r.text, /manifest finished successfully\n$/);
        assert.equal((await t.get(`${V1}/compose/log/${failed}`)).text, "The compose result is empty.\n");
    });

    test("logs is a tar with logs/osbuild.log", async () => {
        const r = await t.get(`${V1}/compose/logs/${finished}`);
        assert.equal(r.status, 200);
        assert.equal(r.headers["content-type"], "application/x-tar");
        assert.equal(r.headers["content-disposition"], `attachment; filename=${finished}-logs.tar`);
        const files = readTar(r.raw);
        assert.deepEqual(files.map(f => f.name), ["logs/osbuild.log"]);
        assert.match(files[0].data.toString(), /org\.osbuild\.rpm/);
    });

    test("metadata is a tar with <uuid>.json, the osbuild manifest", async () => {
        const r = await t.get(`${V1}/compose/metadata/${failed}`);
        assert.equal(r.headers["content-type"], "application/x-tar");
        assert.equal(r.headers["content-disposition"], `attachment; filename=${failed}-metadata.tar`);
        const files = readTar(r.raw);
        assert.deepEqual(files.map(f => [f.name, f.mode]), [[`${failed}.json`, 0o600]]);
        const manifest = JSON.parse(files[0].data.toString()) as Obj;
        assert.equal(manifest.version, "2");
        assert.ok(Array.isArray(manifest.pipelines));
    });

    test("results of a failed compose: manifest and log, no image", async () => {
        const r = await t.get(`${V1}/compose/results/${failed}`);
        assert.equal(r.headers["content-disposition"], `attachment; filename=${failed}.tar`);
        assert.deepEqual(readTar(r.raw).map(f => f.name), [`${failed}.json`, "logs/osbuild.log"]);
    });

    test("results of a finished compose streams the multi-GB image inside the tar", async () => {
        const r = await request(t.sim.weldrSocket, "GET", `${V1}/compose/results/${finished}`, { maxBytes: 512 * 1024 });
        assert.equal(r.status, 200);
        assert.equal(r.headers["content-type"], "application/x-tar");
        assert.equal(r.headers["content-length"], undefined, "tar replies are chunked");
        // walk the headers that arrived: manifest, log, then the image (10 GiB: GNU base-256 size)
        const names: string[] = [];
        let off = 0;
        let imageSize = 0n;
        while (off + 512 <= r.raw.length && names.length < 3) {
            const h = r.raw.subarray(off, off + 512);
            names.push(h.subarray(0, 100).toString().replace(/\0.*$/s, ""));
            let size = 0n;
            if (h[124] === 0x80) {
                for (let i = 125; i < 136; i++)
                    size = (size << 8n) | BigInt(h[i]);
            } else {
                size = BigInt(parseInt(h.subarray(124, 136).toString(), 8));
            }
            imageSize = size;
            off += 512 + Math.ceil(Number(size) / 512) * 512;
        }
        assert.deepEqual(names, [`${finished}.json`, "logs/osbuild.log", `${finished}-image.raw`]);
        assert.equal(imageSize, 10n * 1024n ** 3n);
    });

    test("image streams the sparse artifact with Content-Length and disposition", async () => {
        const r = await request(t.sim.weldrSocket, "GET", `${V1}/compose/image/${finished}`, { maxBytes: 64 * 1024 });
        assert.equal(r.status, 200);
        assert.equal(r.headers["content-type"], "application/octet-stream");
        assert.equal(r.headers["content-disposition"], `attachment; filename=${finished}-image.raw`);
        assert.equal(Number(r.headers["content-length"]), 10 * 1024 ** 3);
        assert.ok(r.raw.length >= 64 * 1024 && r.raw.every(b => b === 0));
        assertError(await t.get(`${V1}/compose/image/${failed}`), 400, "BuildInWrongState", `Build ${failed} is in wrong state: FAILED`);
        assertError(await t.get(`${V1}/compose/image/00000000-0000-0000-0000-000000000000`), 400, "UnknownUUID", "Compose 00000000-0000-0000-0000-000000000000 doesn't exist");
    });

    test("delete: done composes go with their artifacts; errors are listed with HTTP 200", async () => {
        const path = t.sim.ctx.state.composes[finished].images[0].artifactPath ?? "";
        assert.ok(fs.existsSync(path));
        const body = jsonOf(await t.del(`${V1}/compose/delete/${finished},${failed},bad,00000000-0000-0000-0000-000000000000`));
        assert.deepEqual(body.uuids, [{ uuid: finished, status: true }, { uuid: failed, status: true }]);
        assert.deepEqual(body.errors, [
            { id: "UnknownUUID", msg: "bad is not a valid uuid" },
            { id: "UnknownUUID", msg: "compose 00000000-0000-0000-0000-000000000000 doesn't exist" },
        ]);
        assert.equal(fs.existsSync(path), false);
        assert.deepEqual(jsonOf(await t.get(`${V1}/compose/status/${finished}`)).uuids, []);
    });
});
