// Contract tests of the stand-in's Cloud API v2 against reference/composer-api.md
// §3 and the OpenAPI spec (../shared/reference/cloudapi-openapi.v2.yml):
//   node --import tsx --test test/contract/cloud.test.ts
// Every reply is checked against the spec's schema for its status (errors: `Error`),
// every JSON request body against the operation's request schema: one the stand-in
// accepts must be valid, one the spec rejects must get 400 code 30. Without
// ../shared/reference those checks are reported as skipped subtests.
// Reference quirks the checks allow for (details in openapi.ts): `GET /composes/`
// is a bare array (each item validated as ComposeStatus); `UploadStatus.options`
// oneOf is validated as anyOf (`{url}` fits two branches); `GET /distributions`
// has three levels, not two; DistributionDetails and PackageMetadataCommon are
// unsatisfiable as written and get patched; errors are `Error` bodies even where
// the spec says text/plain.

import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";

import { request, type ClientReply } from "./client";
import { CLOUD_API as API, CloudContract, loadSpec } from "./openapi";
import { startSim, type RunningSim } from "../composer-sim/server";
import type { ComposeRecord } from "../composer-sim/model";

const spec = loadSpec();
const contract = (): CloudContract => new CloudContract(sim.cloudSocket, spec);
type Obj = Record<string, unknown>;

let sim: RunningSim;
let dir: string;
before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cloud-contract-"));
    sim = await startSim({
        weldrSocket: path.join(dir, "weldr.socket"),
        cloudSocket: path.join(dir, "cloud.socket"),
        buildSeconds: 0,
        seed: "empty",
        workerIntervalMs: 20,
    });
});
after(async () => {
    await sim.stop();
    fs.rmSync(dir, { recursive: true, force: true });
});

function obj(v: unknown): Obj {
    assert.ok(typeof v === "object" && v !== null && !Array.isArray(v), `not an object: ${JSON.stringify(v)}`);
    return v as Obj;
}

function arr(v: unknown): unknown[] {
    assert.ok(Array.isArray(v), `not an array: ${JSON.stringify(v)}`);
    return v;
}

const ir = (image_type: string, extra: Obj = {}): Obj => ({ architecture: "x86_64", image_type, repositories: [], ...extra });
const to = (type: string, upload_options: Obj = {}): Obj => ({ upload_targets: [{ type, upload_options }] });
const compose = (imageRequest: Obj, extra: Obj = {}): Obj => ({ distribution: "fedora-43", image_request: imageRequest, ...extra });

/** A copy of a compose record under a new id, changed by `change` (to get states the API cannot make on demand). */
function inject(from: string, change: Partial<ComposeRecord>): string {
    const id = crypto.randomUUID();
    const src = structuredClone(sim.ctx.state.composes[from]);
    src.images.forEach(img => {
        img.artifactPath = undefined;
        img.targets.forEach(t => delete t.result);
    });
    sim.ctx.state.composes[id] = { ...src, id, error: undefined, finished: undefined, ...change };
    return id;
}

const now = (): number => Date.now() / 1000;

describe("POST /compose", () => {
    test("one compose per upload target type finishes with that target's upload status", async t => {
        const c = contract();
        const cases: Array<[string, string, Obj, string[]]> = [
            ["aws", "aws", { region: "eu-central-1", share_with_accounts: ["123456789012"] }, ["ami", "region"]],
            ["guest-image", "aws.s3", { region: "eu-central-1" }, ["url"]],
            ["gcp", "gcp", { region: "eu" }, ["project_id", "image_name"]],
            ["azure", "azure", { tenant_id: "t", subscription_id: "s", resource_group: "rg" }, ["image_name"]],
            ["iot-container", "container", { name: "fedora-iot", tag: "43" }, ["url", "digest"]],
            ["oci", "oci.objectstorage", {}, ["url"]],
            ["guest-image", "local", {}, ["artifact_path"]],
        ];
        for (const [imageType, type, options, keys] of cases) {
            const body = compose(ir(imageType, to(type, options)), { blueprint: { name: "bp", version: "1.0.0", packages: [{ name: "tmux" }] } });
            const id = await c.create(body);
            const s = await c.settled(id);
            assert.equal(s.status, "success", `${imageType}/${type}`);
            const is = obj(s.image_status);
            assert.equal(is.status, "success");
            const us = obj(is.upload_status);
            assert.deepEqual(arr(is.upload_statuses)[0], us, "upload_status is the first of upload_statuses");
            assert.equal(us.type, type);
            assert.equal(us.status, "success");
            assert.deepEqual(Object.keys(obj(us.options)).sort(), [...keys].sort());
            const md = obj((await c.call("GET", `${API}/composes/${id}/metadata`)).json());
            assert.deepEqual(md.request, body, "metadata carries the original request");
            assert.ok(arr(md.packages).some(p => obj(p).name === "tmux"));
        }
        await c.verify(t);
    });

    test("upload_options mean the default target, after the upload_targets (which composer prepends, reversing them)", async t => {
        const c = contract();
        const id = await c.create(compose(ir("guest-image", {
            upload_targets: [{ type: "aws.s3", upload_options: { region: "us-east-1" } }, { type: "local", upload_options: {} }],
            upload_options: { region: "eu-west-1" },
        })));
        const statuses = arr(obj((await c.settled(id)).image_status).upload_statuses).map(u => obj(u).type);
        assert.deepEqual(statuses, ["local", "aws.s3", "aws.s3"]);
        const aws = await c.create(compose(ir("aws", { upload_options: { region: "eu-west-1", share_with_accounts: [] } })));
        assert.equal(obj(obj((await c.settled(aws)).image_status).upload_status).type, "aws");
        await c.verify(t);
    });

    test("upload target pairing: allowed pairs are accepted, the others refused with 38", async t => {
        const c = contract();
        const allowed: Array<[string, string, Obj]> = [
            ["aws", "local", {}], ["azure", "local", {}], ["oci", "local", {}], ["guest-image", "local", {}],
            ["iot-simplified-installer", "aws.s3", { region: "r" }], ["iot-container", "container", {}], ["gcp", "gcp", { region: "eu" }],
        ];
        for (const [imageType, type, options] of allowed)
            assert.equal((await c.call("POST", `${API}/compose`, { json: compose(ir(imageType, to(type, options))) })).status, 201, `${imageType}+${type}`);
        const refused: Array<[string, string, Obj]> = [
            ["gcp", "local", {}], ["iot-container", "local", {}], ["iot-simplified-installer", "local", {}],
            ["guest-image", "aws", { region: "r", share_with_accounts: [] }], ["aws", "aws.s3", { region: "r" }],
            ["guest-image", "container", {}], ["azure", "gcp", { region: "eu" }], ["oci", "aws.s3", { region: "r" }],
        ];
        for (const [imageType, type, options] of refused)
            c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir(imageType, to(type, options))) }), 400, 38);
        await c.verify(t);
    });

    test("blueprint with customizations is refused by the schema's `not` (30; composer's own check, 39, is unreachable)", async t => {
        const c = contract();
        const e = c.assertError(await c.call("POST", `${API}/compose`, {
            json: compose(ir("guest-image", to("local")), { blueprint: { name: "bp" }, customizations: { hostname: "h" } }),
        }), 400, 30);
        assert.equal(e.reason, "Request could not be validated");
        assert.match(String(e.details), /^request body has an error: doesn't match schema #\/components\/schemas\/ComposeRequest: Doesn't match schema "not"/);
        await c.verify(t);
    });

    test("image request counts: two without koji, both forms, or none -> 25", async t => {
        const c = contract();
        const one = ir("guest-image", to("local"));
        c.assertError(await c.call("POST", `${API}/compose`, { json: { distribution: "fedora-43", image_requests: [one, one] } }), 400, 25);
        c.assertError(await c.call("POST", `${API}/compose`, { json: { distribution: "fedora-43", image_request: one, image_requests: [one] } }), 400, 25);
        c.assertError(await c.call("POST", `${API}/compose`, { json: { distribution: "fedora-43" } }), 400, 25);
        assert.equal((await c.call("POST", `${API}/compose`, { json: { distribution: "fedora-43", image_requests: [one] } })).status, 201);
        await c.verify(t);
    });

    test("distribution, architecture, image type and targets are checked after the schema", async t => {
        const c = contract();
        const ok = ir("guest-image", to("local"));
        c.assertError(await c.call("POST", `${API}/compose`, { json: { ...compose(ok), distribution: "fedora-1" } }), 400, 4);
        c.assertError(await c.call("POST", `${API}/compose`, { json: { image_request: ok } }), 400, 4);
        // a blueprint's distro overrides `distribution`; major-only aliases resolve to the newest minor
        const rhel = await c.create({ ...compose(ok), distribution: "fedora-1", blueprint: { name: "bp", distro: "rhel-9" } });
        assert.equal(sim.ctx.state.composes[rhel].distro, "rhel-9.7");
        assert.equal(sim.ctx.state.composes[rhel].images[0].imageType, "qcow2");
        const fedora = await c.create(compose(ok));
        assert.equal(sim.ctx.state.composes[fedora].images[0].imageType, "generic-qcow2", "guest-image -> qcow2 -> Fedora alias");
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose({ ...ok, architecture: "sparc" }) }), 400, 5);
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("network-installer", to("local"))) }), 400, 6);
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("minimal-raw", to("local")), { distribution: "rhel-10.0" }) }), 400, 6);
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("guest-image")) }), 500, 1004);
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("guest-image", { ...to("local"), repositories: [{ rhsm: false }] })) }), 400, 7);
        c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("guest-image", { ...to("local"), repositories: [{ baseurl: "https://example.org/repo/", check_gpg: true }] })) }), 400, 29);
        await c.verify(t);
    });

    test("a Koji compose is refused whole (6) when an image type is not built for one of its architectures", async t => {
        // reference image-types.md: Fedora builds no ami on s390x, and qcow2 everywhere
        const c = contract();
        const koji = { server: "https://koji.example.org/kojihub", task_id: 1, name: "n", version: "1", release: "1" };
        const image = (architecture: string, imageType: string): Obj => ({ architecture, image_type: imageType, repositories: [] });
        const before = Object.keys(sim.ctx.state.composes).length;
        c.assertError(await c.call("POST", `${API}/compose`, {
            json: { distribution: "fedora-43", koji, image_requests: [image("x86_64", "aws"), image("s390x", "aws")] },
        }), 400, 6);
        assert.equal(Object.keys(sim.ctx.state.composes).length, before, "nothing of the refused compose is kept");
        await c.create({ distribution: "fedora-43", koji, image_requests: [image("x86_64", "aws"), image("s390x", "guest-image")] });
        await c.verify(t);
    });
});

describe("POST /compose bodies", () => {
    test("Content-Type and JSON decoding: validator first (30), then the binder (415 code 3, 400 code 20)", async t => {
        const c = contract();
        const body = JSON.stringify(compose(ir("guest-image", to("local"))));
        // the media type passes kin-openapi, the binder wants the header to be exactly "application/json"
        const e415 = c.assertError(await c.call("POST", `${API}/compose`, { body, contentType: "application/json; charset=utf-8" }), 415, 3);
        assert.equal(e415.reason, "Only 'application/json' content is supported");
        // any other media type never reaches the binder: the request validator refuses it
        const ct = c.assertError(await c.call("POST", `${API}/compose`, { body, contentType: "text/plain" }), 400, 30);
        assert.equal(ct.details, 'request body has an error: header Content-Type has unexpected value "text/plain"');
        const bad = c.assertError(await c.call("POST", `${API}/compose`, { body: "{\"distribution\": " }), 400, 30);
        assert.match(String(bad.details), /^request body has an error: failed to decode request body: /);
        assert.equal(c.assertError(await c.call("POST", `${API}/compose`, { body: "" }), 400, 30).details, "request body has an error: value is required but missing");
        // not an object: the schema's `not: {required: [customizations, blueprint]}` holds for it, so `not` fails
        assert.match(String(c.assertError(await c.call("POST", `${API}/compose`, { body: "[]" }), 400, 30).details), /Doesn't match schema "not"/);
        // valid for the schema (`size` and `blueprint_id`'s format are not checked) but Go cannot decode it
        const e20 = c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("guest-image", { ...to("local"), size: "4 GiB" })) }), 400, 20);
        assert.equal(e20.reason, "Malformed json, unable to decode body");
        assert.equal(e20.details, "json: cannot unmarshal string into Go struct field ImageRequest.size of type uint64");
        const uuid = c.assertError(await c.call("POST", `${API}/compose`, { json: compose(ir("guest-image", to("local")), { blueprint_id: "abc" }) }), 400, 20);
        assert.equal(uuid.details, "invalid UUID length: 3");
        await c.verify(t);
    });

    test("schema violations are 400 code 30 with the validator's message", async t => {
        const c = contract();
        const cases: Array<[Obj, RegExp]> = [
            [{ ...compose(ir("guest-image", to("local"))), colour: "red" }, /Error at "\/colour": property "colour" is unsupported/],
            [compose({ image_type: "guest-image", repositories: [], ...to("local") }), /Error at "\/image_request\/architecture": property "architecture" is missing/],
            [compose(ir("qcow2", to("local"))), /Error at "\/image_request\/image_type": value is not one of the allowed values \[aws /],
            [compose(ir("guest-image", to("pulp.ostree"))), /Error at "\/image_request\/upload_targets\/0\/type": value is not one of the allowed values/],
            [compose(ir("guest-image", to("local")), { blueprint: { version: "1" } }), /property "name" is missing/],
            [compose(ir("guest-image", to("local")), { blueprint: { name: "bp", architecture: "x86_64" } }), /property "architecture" is unsupported/],
            [compose(ir("guest-image", to("aws.s3", { region: 7 }))), /Doesn't match schema "anyOf"/],
            [compose(ir("guest-image", to("local")), { koji: { server: "https://koji.example.org/kojihub", task_id: 1 } }), /property "name" is missing/],
            // kin-openapi refuses null where a schema is not nullable, even where the schema has no type
            [compose(ir("guest-image", { ...to("local"), size: null })), /Error at "\/image_request\/size": Value is not nullable/],
        ];
        for (const [body, details] of cases) {
            const e = c.assertError(await c.call("POST", `${API}/compose`, { json: body }), 400, 30);
            assert.match(String(e.details), details);
        }
        await c.verify(t);
    });
});

describe("GET /composes", () => {
    test("pending, building (with progress) and failed composes", async t => {
        const c = contract();
        const done = await c.create(compose(ir("guest-image", to("local"))));
        await c.settled(done);
        const waiting = inject(done, { state: "WAITING", created: now() + 3600, buildSeconds: 3600 });
        const w = obj((await c.call("GET", `${API}/composes/${waiting}`)).json());
        assert.deepEqual(w, { href: `${API}/composes/${waiting}`, id: waiting, kind: "ComposeStatus", status: "pending", image_status: { status: "pending" } });
        const running = inject(done, { state: "RUNNING", started: now(), buildSeconds: 3600, progress: { done: 1, total: 4, subprogress: { done: 2, total: 10 } } });
        const rs = obj((await c.call("GET", `${API}/composes/${running}`)).json());
        assert.equal(rs.status, "pending");
        const ris = obj(rs.image_status);
        assert.equal(ris.status, "building");
        assert.deepEqual(Object.keys(obj(ris.progress)).sort(), ["done", "subprogress", "total"]);
        assert.equal(ris.upload_status, undefined, "no upload status before the job finishes");
        const failing = inject(done, { state: "WAITING", created: now(), willFail: true });
        sim.ctx.kick();
        const f = await c.settled(failing);
        assert.equal(f.status, "failure");
        const fis = obj(f.image_status);
        assert.equal(fis.status, "failure");
        assert.equal(typeof obj(fis.error).id, "number");
        assert.equal(typeof obj(fis.error).reason, "string");
        await c.verify(t);
    });

    test("bad ids are 400 code 14, unknown ones 404 code 15, on every compose route", async t => {
        const c = contract();
        const unknown = crypto.randomUUID();
        for (const sub of ["", "/metadata", "/logs", "/manifests", "/sboms", "/download"]) {
            const bad = c.assertError(await c.call("GET", `${API}/composes/not-a-uuid${sub}`), 400, 14);
            assert.equal(bad.reason, "Invalid format for compose id");
            c.assertError(await c.call("GET", `${API}/composes/${unknown}${sub}`), 404, 15);
        }
        c.assertError(await c.call("DELETE", `${API}/composes/not-a-uuid`), 400, 14);
        c.assertError(await c.call("DELETE", `${API}/composes/${unknown}`), 404, 15);
        c.assertError(await c.call("GET", `${API}/clones/${unknown}`), 404, 15);
        // Go's uuid.Parse also takes upper case and 32 bare hex digits
        const id = await c.create(compose(ir("guest-image", to("local"))));
        assert.equal(obj((await c.call("GET", `${API}/composes/${id.toUpperCase().replace(/-/g, "")}`)).json()).id, id);
        await c.verify(t);
    });

    test("the list is a bare array sorted by id, with Weldr composes (first upload status `local`)", async t => {
        const c = contract();
        const weldr = (method: string, p: string, json?: unknown): Promise<ClientReply> =>
            request(sim.weldrSocket, method, p, json === undefined ? {} : { body: JSON.stringify(json), headers: { "Content-Type": "application/json" } });
        const pushed = await weldr("POST", "/api/v1/blueprints/new", { name: "cloud-list", version: "0.0.1", packages: [{ name: "tmux", version: "*" }], modules: [], groups: [] });
        assert.equal(pushed.status, 200, pushed.text);
        const weldrCompose = async (upload?: Obj): Promise<string> => {
            const r = await weldr("POST", "/api/v1/compose", { blueprint_name: "cloud-list", compose_type: "qcow2", branch: "master", ...(upload ? { upload } : {}) });
            assert.equal(r.status, 200, r.text);
            return String(obj(r.json()).build_id);
        };
        const local = await weldrCompose();
        const aws = await weldrCompose({ provider: "aws", image_name: "from-weldr", settings: { region: "eu-central-1", accessKeyID: "a", secretAccessKey: "s", bucket: "b" } });
        const azure = await weldrCompose({ provider: "azure", image_name: "img", settings: { storageAccount: "a", storageAccessKey: "k", container: "c" } });
        const ls = obj((await c.settled(local)).image_status);
        assert.deepEqual(arr(ls.upload_statuses).map(u => obj(u).type), ["local"]);
        const as = obj((await c.settled(aws)).image_status);
        assert.deepEqual(arr(as.upload_statuses).map(u => obj(u).type), ["local", "aws"]);
        for (let i = 0; i < 100 && sim.ctx.state.composes[azure].state !== "FINISHED"; i++)
            await new Promise(resolve => setTimeout(resolve, 20));
        // a finished Weldr compose uploaded to Azure has no Cloud API form: 500 code 1007, and it is left out of the list
        c.assertError(await c.call("GET", `${API}/composes/${azure}`), 500, 1007);
        const list = arr((await c.call("GET", `${API}/composes/`)).json()).map(obj);
        const ids = list.map(s => String(s.id));
        assert.deepEqual(ids, [...ids].sort());
        assert.ok(ids.includes(local) && ids.includes(aws));
        assert.ok(!ids.includes(azure));
        assert.equal(ids.length, Object.keys(sim.ctx.state.composes).length - 1);
        // Weldr download: local only works, with the upload target there are two results
        assert.equal((await c.call("GET", `${API}/composes/${local}/download`, { maxBytes: 1 })).status, 200);
        c.assertError(await c.call("GET", `${API}/composes/${aws}/download`), 500, 1006);
        c.assertError(await c.call("GET", `${API}/composes`), 404, 21);
        await c.verify(t);
    });
});

describe("Koji composes", () => {
    test("two image requests with cloud upload_options: image_statuses, koji_status, logs; metadata is 404 code 26", async t => {
        const c = contract();
        const koji = { server: "https://koji.fedoraproject.org/kojihub", task_id: 42, name: "Fedora-Cloud-Base", version: "43", release: "20250101.0" };
        const body = {
            distribution: "fedora-43",
            koji,
            image_requests: [
                ir("guest-image", { repositories: [{ baseurl: "https://example.org/fedora/$arch/", rhsm: false }], upload_options: { region: "eu-central-1" } }),
                ir("aws", { upload_options: { region: "eu-central-1", share_with_accounts: ["123456789012"] } }),
            ],
        };
        const waiting = inject(await c.create(compose(ir("guest-image", to("local")))), { state: "WAITING", created: now() + 3600, buildSeconds: 3600, koji: { ...koji } });
        assert.deepEqual(obj((await c.call("GET", `${API}/composes/${waiting}`)).json()).koji_status, {}, "{} until the build id is known");
        const id = await c.create(body);
        const s = await c.settled(id);
        assert.equal(s.status, "success");
        const statuses = arr(s.image_statuses).map(obj);
        assert.equal(statuses.length, 2);
        assert.deepEqual(s.image_status, statuses[0]);
        assert.deepEqual(statuses.map(x => obj(x.upload_status).type), ["aws.s3", "aws"], "the implicit Koji target is not listed");
        assert.equal(typeof obj(s.koji_status).build_id, "number");
        c.assertError(await c.call("GET", `${API}/composes/${id}/metadata`), 404, 26);
        c.assertError(await c.call("GET", `${API}/composes/${id}/download`), 404, 26);
        const logs = obj((await c.call("GET", `${API}/composes/${id}/logs`)).json());
        assert.equal(arr(logs.image_builds).length, 2);
        assert.deepEqual(Object.keys(obj(logs.koji)).sort(), ["import", "init"]);
        assert.equal(arr(obj((await c.call("GET", `${API}/composes/${id}/manifests`)).json()).manifests).length, 2);
        assert.equal(arr(obj((await c.call("GET", `${API}/composes/${id}/sboms`)).json()).items).length, 2);
        await c.verify(t);
    });
});

describe("compose artifacts and documents", () => {
    test("download of a local compose streams the sparse artifact as an attachment", async t => {
        const c = contract();
        const id = await c.create(compose(ir("guest-image", to("local"))));
        await c.settled(id);
        const r = await c.call("GET", `${API}/composes/${id}/download`, { maxBytes: 64 * 1024 });
        assert.equal(r.status, 200);
        assert.equal(r.headers["content-disposition"], `attachment; filename="${id}-disk.qcow2"`);
        assert.equal(r.headers["content-type"], "application/x-qemu-disk");
        const file = sim.ctx.state.composes[id].images[0].artifactPath ?? "";
        assert.equal(Number(r.headers["content-length"]), fs.statSync(file).size);
        assert.ok(Number(r.headers["content-length"]) > 1024 ** 3, "a multi-GB sparse file");
        assert.ok(r.raw.length >= 1 && r.raw.length < Number(r.headers["content-length"]), "read a few bytes, then hung up");
        await c.verify(t);
    });

    test("download refusals: several targets 1006, a cloud-only target 1022, not finished 1022", async t => {
        const c = contract();
        const two = await c.create(compose(ir("guest-image", { upload_targets: [{ type: "local", upload_options: {} }, { type: "aws.s3", upload_options: { region: "eu-west-1" } }] })));
        await c.settled(two);
        c.assertError(await c.call("GET", `${API}/composes/${two}/download`), 500, 1006);
        const s3 = await c.create(compose(ir("guest-image", to("aws.s3", { region: "eu-west-1" }))));
        await c.settled(s3);
        assert.match(String(c.assertError(await c.call("GET", `${API}/composes/${s3}/download`), 400, 1022).details), /no such file/);
        const running = inject(two, { state: "RUNNING", started: now(), buildSeconds: 3600 });
        const e = c.assertError(await c.call("GET", `${API}/composes/${running}/download`), 400, 1022);
        assert.equal(e.reason, "Artifact not found");
        assert.equal(e.details, `Cannot access artifacts before job is finished: ${running}`);
        await c.verify(t);
    });

    test("metadata (request always, packages once finished), logs, manifests, sboms", async t => {
        const c = contract();
        const body = compose(ir("guest-image", to("local")), { blueprint: { name: "meta", version: "0.1.0", packages: [{ name: "nginx" }] } });
        const id = await c.create(body);
        await c.settled(id);
        const md = obj((await c.call("GET", `${API}/composes/${id}/metadata`)).json());
        assert.equal(md.href, `${API}/composes/${id}/metadata`);
        assert.equal(md.kind, "ComposeMetadata");
        assert.deepEqual(md.request, body);
        for (const p of arr(md.packages).map(obj)) {
            assert.equal(p.type, "rpm");
            assert.match(String(p.sigmd5), /^[0-9a-f]{32}$/);
        }
        const running = inject(id, { state: "RUNNING", started: now(), buildSeconds: 3600 });
        assert.deepEqual(Object.keys(obj((await c.call("GET", `${API}/composes/${running}/metadata`)).json())).sort(), ["href", "id", "kind", "request"]);
        const logs = obj((await c.call("GET", `${API}/composes/${id}/logs`)).json());
        assert.equal(logs.kind, "ComposeLogs");
        const build = obj(arr(logs.image_builds)[0]);
        assert.equal(build.success, true);
        assert.deepEqual(arr(build.target_results).map(r => obj(r).name), ["org.osbuild.worker.server"]);
        assert.equal(logs.koji, undefined);
        const manifest = obj(arr(obj((await c.call("GET", `${API}/composes/${id}/manifests`)).json()).manifests)[0]);
        assert.equal(manifest.version, "2");
        assert.deepEqual(arr(manifest.pipelines).map(p => obj(p).name), ["build", "os", "image", "qcow2"]);
        const sboms = arr(arr(obj((await c.call("GET", `${API}/composes/${id}/sboms`)).json()).items)[0]).map(obj);
        assert.deepEqual(sboms.map(s => [s.pipeline_name, s.pipeline_purpose, s.sbom_type]), [["build", "buildroot", "spdx"], ["os", "image", "spdx"]]);
        assert.equal(obj(sboms[1].sbom).spdxVersion, "SPDX-2.3");
        await c.verify(t);
    });

    test("delete: finished composes only (400 code 31 otherwise), then they are gone with their artifact", async t => {
        const c = contract();
        const id = await c.create(compose(ir("guest-image", to("local"))));
        await c.settled(id);
        const running = inject(id, { state: "RUNNING", started: now(), buildSeconds: 3600 });
        c.assertError(await c.call("DELETE", `${API}/composes/${running}`), 400, 31);
        const file = sim.ctx.state.composes[id].images[0].artifactPath ?? "";
        assert.ok(fs.existsSync(file));
        const r = await c.call("DELETE", `${API}/composes/${id}`);
        assert.equal(r.status, 200, r.text);
        assert.deepEqual(r.json(), { href: `${API}/composes/${id}`, id, kind: "ComposeDeleteStatus" });
        assert.ok(!fs.existsSync(file));
        c.assertError(await c.call("GET", `${API}/composes/${id}`), 404, 15);
        await c.verify(t);
    });

    test("clone: AWS composes only; same region without shares answers the compose itself", async t => {
        const c = contract();
        const aws = await c.create(compose(ir("aws", to("aws", { region: "eu-central-1", share_with_accounts: [] }))));
        await c.settled(aws);
        const r = await c.call("POST", `${API}/composes/${aws}/clone`, { json: { region: "us-east-1", share_with_accounts: ["123456789012"] } });
        assert.equal(r.status, 201, r.text);
        const clone = obj(r.json());
        assert.equal(clone.kind, "CloneComposeId");
        const cs = obj((await c.call("GET", `${API}/clones/${String(clone.id)}`)).json());
        assert.deepEqual([cs.kind, cs.type, cs.status, obj(cs.options).region], ["CloneComposeStatus", "aws", "success", "us-east-1"]);
        const same = obj((await c.call("POST", `${API}/composes/${aws}/clone`, { json: { region: "eu-central-1" } })).json());
        assert.equal(same.id, aws);
        c.assertError(await c.call("GET", `${API}/clones/${aws}`), 404, 26);
        c.assertError(await c.call("POST", `${API}/composes/${aws}/clone`, { json: { region: "r", extra: 1 } }), 400, 30);
        const local = await c.create(compose(ir("guest-image", to("local"))));
        await c.settled(local);
        c.assertError(await c.call("POST", `${API}/composes/${local}/clone`, { json: { region: "us-east-1" } }), 400, 32);
        await c.verify(t);
    });
});

describe("service endpoints", () => {
    test("errors: list pages and lookups", async t => {
        const c = contract();
        const all = obj((await c.call("GET", `${API}/errors`)).json());
        assert.equal(all.kind, "ErrorList");
        assert.equal(all.size, arr(all.items).length);
        const page = obj((await c.call("GET", `${API}/errors?page=3&size=1`)).json());
        assert.deepEqual(arr(page.items).map(e => obj(e).code), ["IMAGE-BUILDER-COMPOSER-4"]);
        const four = obj((await c.call("GET", `${API}/errors/4`)).json());
        assert.deepEqual([four.reason, four.href], ["Unsupported distribution", `${API}/errors/4`]);
        c.assertError(await c.call("GET", `${API}/errors/3000`), 404, 17);
        c.assertError(await c.call("GET", `${API}/errors/abc`), 400, 16);
        c.assertError(await c.call("GET", `${API}/errors?page=x`), 400, 18);
        await c.verify(t);
    });

    test("distributions: three levels for the list, details with filters", async t => {
        const c = contract();
        const list = obj((await c.call("GET", `${API}/distributions`)).json());
        const fedora = obj(obj(list["fedora-43"]).x86_64);
        assert.ok(arr(fedora["generic-qcow2"]).length > 0);
        const d = obj((await c.call("GET", `${API}/distributions/fedora-43?image_type=guest-image&architecture=x86_64`)).json());
        assert.equal(d.name, "fedora-43");
        const arches = obj(d.architectures);
        assert.deepEqual(Object.keys(arches), ["x86_64"]);
        const types = obj(obj(arches.x86_64).image_types);
        assert.deepEqual(Object.keys(types), ["generic-qcow2"]);
        assert.deepEqual(obj(types["generic-qcow2"]).aliases, ["qcow2", "guest-image"]);
        assert.equal(obj((await c.call("GET", `${API}/distributions/rhel-9`)).json()).name, "rhel-9.7");
        c.assertError(await c.call("GET", `${API}/distributions/fedora-1`), 404, 21);
        await c.verify(t);
    });

    test("search/packages and depsolve/blueprint", async t => {
        const c = contract();
        const found = obj((await c.call("POST", `${API}/search/packages`, { json: { packages: ["tmux", "nginx*"], distribution: "fedora-43", architecture: "x86_64" } })).json());
        assert.deepEqual(arr(found.packages).map(p => obj(p).name), ["nginx", "nginx-core", "nginx-filesystem", "tmux"]);
        c.assertError(await c.call("POST", `${API}/search/packages`, { json: { packages: ["tmux"], distribution: "fedora-1", architecture: "x86_64" } }), 400, 4);
        const bp = { name: "dep", packages: [{ name: "tmux" }] };
        const deps = obj((await c.call("POST", `${API}/depsolve/blueprint`, { json: { blueprint: bp, distribution: "fedora-43", architecture: "x86_64" } })).json());
        assert.deepEqual(arr(deps.packages).map(p => obj(p).name), ["glibc", "libevent", "ncurses-libs", "tmux"]);
        const withBase = obj((await c.call("POST", `${API}/depsolve/blueprint`, { json: { blueprint: bp, distribution: "fedora-43", architecture: "x86_64", image_type: "guest-image" } })).json());
        assert.ok(arr(withBase.packages).some(p => obj(p).name === "kernel"));
        c.assertError(await c.call("POST", `${API}/depsolve/blueprint`, { json: { blueprint: { ...bp, distro: "rhel-9.6" }, distribution: "fedora-43", architecture: "x86_64" } }), 400, 40);
        c.assertError(await c.call("POST", `${API}/depsolve/blueprint`, { json: { blueprint: bp, distribution: "fedora-43", architecture: "sparc" } }), 400, 5);
        c.assertError(await c.call("POST", `${API}/depsolve/blueprint`, { json: { distribution: "fedora-43", architecture: "x86_64" } }), 400, 30);
        await c.verify(t);
    });

    test("openapi document; unknown routes and methods are 404 code 21", async t => {
        const c = contract();
        const doc = obj((await c.call("GET", `${API}/openapi`)).json());
        assert.equal(doc.openapi, "3.0.1");
        assert.ok(obj(obj(doc.paths)["/compose"]).post);
        assert.ok(obj(obj(doc.components).schemas).ComposeRequest);
        const unknown = c.assertError(await c.call("GET", `${API}/badroute`), 404, 21);
        assert.equal(unknown.reason, "Requested resource doesn't exist");
        c.assertError(await c.call("PUT", `${API}/compose`, { json: {} }), 404, 21);
        c.assertError(await c.call("GET", `${API}/compose`), 404, 21);
        c.assertError(await c.call("GET", "/api/image-builder-composer/v1/composes/"), 404, 21);
        await c.verify(t);
    });
});
