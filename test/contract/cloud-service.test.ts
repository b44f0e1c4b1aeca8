// Contract tests of the stand-in's Cloud API v2 service endpoints (reference/composer-api.md §3
// and ../shared/reference/cloudapi-openapi.v2.yml): errors, distributions, search/packages,
// depsolve/blueprint, the openapi document and unknown routes. Set-up and spec checks: cloud-fixture.ts.
//   node --import tsx --test test/contract/cloud-service.test.ts

import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { API, arr, contract, obj, useCloudSim } from "./cloud-fixture";

useCloudSim();

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
