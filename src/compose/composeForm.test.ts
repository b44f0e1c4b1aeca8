import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "../model/blueprint.ts";
import type { HostDistro } from "../model/hostDistro.ts";
import { KOJI, buildFromForm, defaultSizeText, destinations, formDistro, hostDistroProblems, initialForm } from "./composeForm.ts";

const BP = { name: "web", description: "", version: "0.0.1", distro: "fedora-43", packages: [], modules: [], groups: [] } as unknown as Blueprint;

describe("create-image form", () => {
    it("offers local first, then the worker's clouds, typed-credential uploads and Koji, only what fits", () => {
        assert.deepEqual(destinations("generic-ami", "fedora-43", "").map(d => d.id),
            ["weldr:local", "cloud:local", "cloud:aws", "weldr:aws", "weldr:aws.s3", "weldr:generic.s3", KOJI]);
        assert.deepEqual(destinations("generic-container", "fedora-43", "").map(d => d.id),
            ["weldr:local", "weldr:aws.s3", "weldr:generic.s3", "weldr:container"]);
        // the Cloud API keeps no GCP image on the host (reference §3.2: gcp only)
        assert.deepEqual(destinations("generic-qcow2", "fedora-43", "").filter(d => d.id.endsWith(":local")).map(d => `${d.id}/${d.api}`),
            ["weldr:local/weldr", "cloud:local/cloud"]);
        assert.deepEqual(destinations("gce", "rhel-9.6", "").map(d => d.id).filter(id => id.startsWith("cloud:")), ["cloud:gcp"]);
        assert.deepEqual(destinations("", "fedora-43", ""), []);
    });

    it("keeps an image on the host through the Cloud API with the local target", () => {
        const form = { ...initialForm("web"), distro: "fedora-43", imageType: "generic-qcow2", destination: "cloud:local" };
        const built = buildFromForm(form, BP);
        assert.equal(built.api, "cloud");
        assert.ok(built.built.ok);
        assert.deepEqual((built.built.request as { image_request: unknown }).image_request,
            { architecture: "x86_64", image_type: "guest-image", repositories: [], upload_targets: [{ type: "local", upload_options: {} }] });
    });

    it("builds for the host's distribution unless one is chosen, and only when composer builds for it", () => {
        const supported: HostDistro = { kind: "supported", name: "rhel-9.6" };
        const unsupported: HostDistro = { kind: "unsupported", name: "debian-12" };
        assert.equal(formDistro(initialForm("web"), supported), "rhel-9.6");
        assert.equal(formDistro({ ...initialForm("web"), distro: "fedora-43" }, supported), "fedora-43");
        assert.equal(formDistro(initialForm("web"), unsupported), "");
        assert.equal(formDistro(initialForm("web"), { kind: "unknown" }), "");
    });

    it("asks for a distribution on a host composer cannot build for, and refuses Weldr for a blueprint without one", () => {
        const unsupported: HostDistro = { kind: "unsupported", name: "debian-12" };
        const noDistro = { ...BP, distro: undefined } as unknown as Blueprint;
        assert.deepEqual(hostDistroProblems("", unsupported, BP, "cloud"), [{ path: "distribution", code: "required" }]);
        assert.deepEqual(hostDistroProblems("fedora-43", unsupported, noDistro, "weldr"),
            [{ path: "distribution", code: "weldr-no-distro", params: { host: "debian-12" } }]);
        assert.deepEqual(hostDistroProblems("fedora-43", unsupported, noDistro, "cloud"), []);
        assert.deepEqual(hostDistroProblems("fedora-43", unsupported, BP, "weldr"), []);
        assert.deepEqual(hostDistroProblems("", { kind: "unknown" }, noDistro, "weldr"), []);
        assert.deepEqual(hostDistroProblems("rhel-9.6", { kind: "supported", name: "rhel-9.6" }, noDistro, "weldr"), []);
    });

    it("proposes the type's default size in GiB, none for types without a disk", () => {
        assert.equal(defaultSizeText("generic-qcow2", "fedora-43"), "5");
        assert.equal(defaultSizeText("generic-container", "fedora-43"), "");
    });

    it("sends a local image through Weldr with the size in bytes", () => {
        const form = { ...initialForm("web"), distro: "fedora-43", imageType: "generic-qcow2", sizeGib: "7" };
        const built = buildFromForm(form, BP);
        assert.equal(built.api, "weldr");
        assert.ok(built.built.ok);
        assert.deepEqual(built.built.request, { blueprint_name: "web", compose_type: "generic-qcow2", size: 7 * 1024 ** 3 });
    });

    it("sends a worker-credentials cloud upload through the Cloud API under the Cloud type name", () => {
        const form = { ...initialForm("web"), distro: "fedora-43", imageType: "generic-ami", sizeGib: "", destination: "cloud:aws", values: { "cloud:aws": { region: "eu-central-1" } } };
        const built = buildFromForm(form, BP);
        assert.equal(built.api, "cloud");
        assert.ok(built.built.ok);
        const request = built.built.request as { image_request: unknown };
        assert.deepEqual(request.image_request, {
            architecture: "x86_64", image_type: "aws", repositories: [],
            upload_targets: [{ type: "aws", upload_options: { region: "eu-central-1", share_with_accounts: [] } }],
        });
    });

    it("builds one image request per type and architecture for Koji, uploads only where asked", () => {
        const form = {
            ...initialForm("web"), distro: "fedora-43", imageType: "generic-ami", destination: KOJI,
            koji: { server: "https://koji.example.com/kojihub", task_id: "7", name: "n", version: "1", release: "2" },
            kojiTypes: ["aws", "guest-image"], kojiArches: ["x86_64", "aarch64"], kojiUploads: { aws: { region: "us-east-1" } },
        };
        const built = buildFromForm(form, BP);
        assert.ok(built.built.ok);
        const requests = (built.built.request as { image_requests: { image_type: string; architecture: string; upload_options?: unknown }[] }).image_requests;
        assert.deepEqual(requests.map(r => `${r.image_type}/${r.architecture}/${r.upload_options ? "up" : "-"}`),
            ["aws/x86_64/up", "aws/aarch64/up", "guest-image/x86_64/-", "guest-image/aarch64/-"]);
    });

    it("reports a size that is not a positive number and a missing required field", () => {
        const form = { ...initialForm("web"), distro: "fedora-43", imageType: "generic-qcow2", sizeGib: "-1", destination: "weldr:aws.s3", values: {} };
        const built = buildFromForm(form, BP);
        assert.equal(built.built.ok, false);
        if (!built.built.ok)
            assert.deepEqual(built.built.problems.map(p => `${p.path}:${p.code}`).slice(0, 2), ["size:size", "target.region:required"]);
    });
});
