// Contract tests of the fake Koji hub and web (test/composer-sim/koji-hub.ts) against the
// reference §4: getBuild over XML-RPC answers the content generator's `extra` (§4.3) for the
// stand-in's Koji builds and a fault otherwise; getfile serves koji-osbuild's compose-status.json
// (§4.1). Read back with the plugin's own model, so both sides agree.
//   node --import tsx --test test/contract/koji-hub.test.ts
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";

import { request } from "./client";
import { startKojiHub, type RunningKojiHub } from "../composer-sim/koji-hub";
import type { ComposeRecord } from "../composer-sim/model";
import { startSim, type RunningSim } from "../composer-sim/server";
import { inspectComposeText } from "../../src/model/composeStatusFile";
import { readKojiBuildExtra } from "../../src/model/kojiBuild";
import { getBuildRequestXml, parseGetBuildResponse } from "../../src/model/kojiLinks";

let sim: RunningSim;
let hub: RunningKojiHub;
let dir: string;
let koji: ComposeRecord;

before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "koji-hub-contract-"));
    sim = await startSim({
        weldrSocket: path.join(dir, "weldr.socket"),
        cloudSocket: path.join(dir, "cloud.socket"),
        buildSeconds: 0,
        seed: "demo",
        workerIntervalMs: 20,
    });
    hub = await startKojiHub(sim.ctx, 0);
    const found = Object.values(sim.ctx.state.composes).find(c => c.koji?.build_id !== undefined && c.state === "FINISHED");
    assert.ok(found, "the demo seed has a finished Koji compose");
    koji = found;
});
after(async () => {
    await hub.stop();
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

const getBuild = (param: number | string) => fetch(hub.hubUrl, { method: "POST", headers: { "Content-Type": "text/xml" }, body: getBuildRequestXml(param)! });

test("getBuild of a stand-in Koji build answers its task id and the content generator's extra", async () => {
    const reply = await getBuild(koji.koji!.build_id!);
    assert.equal(reply.status, 200);
    assert.match(reply.headers.get("content-type") ?? "", /^text\/xml/);
    const parsed = parseGetBuildResponse(await reply.text());
    assert.ok(parsed.ok, JSON.stringify(parsed));
    assert.equal(parsed.build.id, koji.koji!.build_id);
    assert.equal(parsed.build.task_id, koji.koji!.task_id);
    assert.equal(parsed.build.nvr, `${koji.koji!.name}-${koji.koji!.version}-${koji.koji!.release}`);

    const summary = readKojiBuildExtra(parsed.build.extra);
    assert.deepEqual(summary.notes, []);
    assert.equal(summary.images.length, koji.images.length);
    for (const image of summary.images) {
        assert.match(image.filename, new RegExp(`^${koji.koji!.name}-.*\\.(x86_64|aarch64)\\.`));
        assert.ok(image.arch === "x86_64" || image.arch === "aarch64");
        assert.ok(image.bootMode === "hybrid" || image.bootMode === "uefi");
        assert.ok(image.exportFilename && image.exportName);
        assert.ok(image.manifest, "the manifest is matched to its image");
        assert.ok(image.manifest.composerVersion);
        // the Koji target itself is not an upload location; the S3 upload is
        assert.deepEqual(image.locations.map(l => [l.type, l.status]), [["aws.s3", "success"]]);
        assert.ok(image.locations[0].link?.href.startsWith("https://"));
    }
});

test("getBuild by NVR finds the same build", async () => {
    const parsed = parseGetBuildResponse(await (await getBuild(`${koji.koji!.name}-${koji.koji!.version}-${koji.koji!.release}`)).text());
    assert.ok(parsed.ok);
    assert.equal(parsed.build.id, koji.koji!.build_id);
});

test("getBuild of an unknown build answers an XML-RPC fault", async () => {
    const parsed = parseGetBuildResponse(await (await getBuild(987654321)).text());
    assert.equal(parsed.ok, false);
    assert.ok(!parsed.ok && parsed.code === "fault");
    assert.match(parsed.message, /No such build: 987654321/);
});

test("the hub refuses other methods with a fault and GET with 405", async () => {
    const body = "<?xml version=\"1.0\"?><methodCall><methodName>deleteBuild</methodName><params><param><value><int>1</int></value></param></params></methodCall>";
    const parsed = parseGetBuildResponse(await (await fetch(hub.hubUrl, { method: "POST", body })).text());
    assert.ok(!parsed.ok && parsed.code === "fault");
    assert.equal((await fetch(hub.hubUrl)).status, 405);
});

test("getfile serves the task's compose-status.json as koji-osbuild writes it", async () => {
    const reply = await fetch(`${hub.webUrl}/getfile?taskID=${koji.koji!.task_id}&name=compose-status.json`);
    assert.equal(reply.status, 200);
    const text = await reply.text();
    // json.dump(indent=4, sort_keys=True)
    assert.match(text, /^\{\n {4}"image_statuses": \[/);
    const keys = Object.keys(JSON.parse(text) as object);
    assert.deepEqual(keys, [...keys].sort());
    const result = inspectComposeText(text);
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.compose.source, "koji-osbuild");
    assert.equal(result.compose.status, "success");
    assert.equal(result.compose.kojiBuildId, koji.koji!.build_id);
    assert.equal(result.compose.kojiTaskId, undefined, "koji_task_id is always null");
    assert.equal((JSON.parse(text) as { koji_task_id: unknown }).koji_task_id, null);
    assert.equal(result.compose.images.length, koji.images.length);
    for (const image of result.compose.images)
        assert.deepEqual(image.locations.map(l => l.type), ["aws.s3"], "only the first upload status is kept");
});

test("getfile answers 404 for an unknown task or another file", async () => {
    assert.equal((await fetch(`${hub.webUrl}/getfile?taskID=1&name=compose-status.json`)).status, 404);
    assert.equal((await fetch(`${hub.webUrl}/getfile?taskID=${koji.koji!.task_id}&name=other.json`)).status, 404);
});

test("a Koji compose started through the Cloud API is served by task and build once its build exists", async () => {
    const body = {
        distribution: "fedora-43",
        koji: { server: hub.hubUrl, task_id: 4242, name: "Contract-Image", version: "1", release: "2" },
        image_requests: [
            { architecture: "x86_64", image_type: "guest-image", repositories: [{ baseurl: "https://example.org/fedora/$arch/", rhsm: false }], upload_options: { region: "eu-central-1" } },
            { architecture: "x86_64", image_type: "aws", repositories: [], upload_options: { region: "eu-central-1", share_with_accounts: ["123456789012"] } },
        ],
    };
    const created = await request(sim.cloudSocket, "POST", "/api/image-builder-composer/v2/compose", { body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
    assert.equal(created.status, 201, created.text);
    const id = (created.json() as { id: string }).id;
    let rec = sim.ctx.state.composes[id];
    for (let i = 0; i < 200 && rec.state !== "FINISHED" && rec.state !== "FAILED"; i++) {
        await new Promise(r => setTimeout(r, 20));
        rec = sim.ctx.state.composes[id];
    }
    assert.equal(rec.state, "FINISHED");
    const buildId = rec.koji!.build_id!;
    const parsed = parseGetBuildResponse(await (await getBuild(buildId)).text());
    assert.ok(parsed.ok);
    assert.equal(parsed.build.task_id, 4242);
    const summary = readKojiBuildExtra(parsed.build.extra);
    assert.deepEqual(summary.images.flatMap(im => im.locations.map(l => l.type)).sort(), ["aws", "aws.s3"]);
    const aws = summary.images.flatMap(im => im.locations).find(l => l.type === "aws")!;
    assert.match(aws.link!.href, /^https:\/\/eu-central-1\.console\.aws\.amazon\.com\/ec2\/home\?region=eu-central-1#ImageDetails:imageId=ami-/);

    const file = inspectComposeText(await (await fetch(`${hub.webUrl}/getfile?taskID=4242&name=compose-status.json`)).text());
    assert.ok(file.ok);
    assert.equal(file.compose.kojiBuildId, buildId);
    assert.deepEqual(file.compose.images.map(im => im.locations[0].type), ["aws.s3", "aws"]);
});
