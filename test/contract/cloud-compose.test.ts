// Contract tests of the stand-in's Cloud API v2, POST /compose (reference/composer-api.md §3
// and ../shared/reference/cloudapi-openapi.v2.yml): upload targets and their pairing with
// image types, image request counts, the checks after the schema (distribution,
// architecture, image type, repositories, Koji architectures), and the body itself
// (Content-Type, JSON decoding, schema violations). Set-up and spec checks: cloud-fixture.ts.
//   node --import tsx --test test/contract/cloud-compose.test.ts

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { API, arr, compose, contract, ir, obj, sim, to, useCloudSim, type Obj } from "./cloud-fixture";

useCloudSim();

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
