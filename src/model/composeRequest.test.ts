import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import {
    type Built, type ChosenTarget, type CloudComposeChoice, type CloudComposeRequest, type CloudImageChoice, type OstreeValues,
    apiFor, buildCloudCompose, buildWeldrCompose, destinationOf,
} from "./composeRequest.ts";
import { CLOUD_IMAGE_TYPES, gibToBytes, ostreeSupport, weldrNameForCloud } from "./imageTypes.ts";
import type { KojiValues } from "./koji.ts";
import { FULL_BLUEPRINT, SPEC_ABSENT, schemaValidator } from "./openapiSchema.test-helper.ts";
import { TARGETS, type TargetValues, cloudTargetTypes, defaultCloudTarget } from "./targets.ts";

const UUID = "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7";

/** Valid form values per Cloud target: everything filled in, and only what is required */
const CLOUD_VALUES: Record<string, TargetValues[]> = {
    "local": [{}],
    "aws": [{ region: "eu-central-1", share_with_accounts: ["123456789012"], snapshot_name: "snap" }, { region: "us-east-1" }],
    "aws.s3": [{ region: "eu-west-1", public: true }, { region: "eu-west-1" }],
    "gcp": [{ region: "europe-west3", bucket: "my-bucket", image_name: "my-image", share_with_accounts: ["user:alice@example.com", "domain:example.com"] }, { region: "eu" }],
    "azure": [{ tenant_id: UUID, subscription_id: UUID, resource_group: "rg", location: "westeurope", image_name: "img", hyper_v_generation: "V2" },
        { tenant_id: UUID, subscription_id: UUID, resource_group: "rg" }],
    "container": [{ name: "registry.example.com/org/image", tag: "latest" }, {}],
    "oci.objectstorage": [{}],
};

const KOJI: KojiValues = { server: "https://koji.fedoraproject.org/kojihub", task_id: 42, name: "Fedora-Cloud-Base", version: "43", release: "20250101.0" };
const OSTREE: OstreeValues = { ref: "rhel/9/x86_64/edge", parent: "rhel/9/x86_64/edge", url: "https://ostree.example.com/repo" };

/** A distribution that can build the Cloud type, or "" (bootable-container-iso is bootc-only) */
const distroFor = (type: string): string => ["fedora-43", "rhel-9.6", "rhel-10.0", "rhel-8.10"].find(distro => weldrNameForCloud(type, distro)) ?? "";

const target = (type: string, values: TargetValues): ChosenTarget => ({ targetId: `cloud:${type}`, values });

interface Case { label: string; choice: CloudComposeChoice }

/** Every request the builder can make: each image type × each allowed target (both value sets) × blueprint/koji/ostree/size */
function matrix(): Case[] {
    const cases: Case[] = [];
    for (const imageType of CLOUD_IMAGE_TYPES) {
        const distribution = distroFor(imageType);
        if (!distribution)
            continue;
        const ostreeChoices: (OstreeValues | undefined)[] = ostreeSupport(imageType) === "none" ? [undefined]
            : ostreeSupport(imageType) === "url" ? [OSTREE, { url: OSTREE.url }] : [undefined, OSTREE, { ref: OSTREE.ref }];
        const targetChoices: { koji: boolean; targets: ChosenTarget[] }[] = [];
        for (const type of cloudTargetTypes(imageType)) {
            for (const values of CLOUD_VALUES[type]) {
                targetChoices.push({ koji: false, targets: [target(type, values)] });
                if (type === defaultCloudTarget(imageType))
                    targetChoices.push({ koji: true, targets: [target(type, values)] });
            }
        }
        targetChoices.push({ koji: false, targets: cloudTargetTypes(imageType).map(type => target(type, CLOUD_VALUES[type][0])) });
        targetChoices.push({ koji: true, targets: [] });
        for (const { koji, targets } of targetChoices) {
            for (const blueprint of [undefined, FULL_BLUEPRINT, { name: "small", packages: [{ name: "tmux" }] } as Blueprint]) {
                for (const ostree of ostreeChoices) {
                    for (const size of [undefined, gibToBytes(10)]) {
                        const image: CloudImageChoice = { architecture: "x86_64", imageType, targets, ...(ostree ? { ostree } : {}), ...(size ? { size } : {}) };
                        const label = `${imageType} → ${targets.map(chosen => chosen.targetId).join("+") || "-"}${koji ? " koji" : ""}${blueprint ? ` bp:${blueprint.name}` : ""}${ostree ? " ostree" : ""}${size ? " size" : ""}`;
                        cases.push({ label, choice: { distribution, images: [image], ...(blueprint ? { blueprint } : {}), ...(koji ? { koji: KOJI } : {}) } });
                    }
                }
            }
        }
    }
    return cases;
}

const built = (result: Built<CloudComposeRequest>, label: string): CloudComposeRequest => {
    assert.ok(result.ok, `${label}: ${result.ok ? "" : JSON.stringify(result.problems)}`);
    return result.request;
};

const codes = (result: Built<unknown>): string[] => (result.ok ? [] : result.problems.map(problem => `${problem.path}:${problem.code}`));

describe("Cloud compose requests", () => {
    it("builds every choice of the matrix, and the spec accepts each request", t => {
        const cases = matrix();
        assert.ok(cases.length > 1000, `${cases.length} cases`);
        const requests = cases.map(({ label, choice }) => ({ label, request: built(buildCloudCompose(choice), label) }));
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        const validate = schemaValidator("ComposeRequest");
        for (const { label, request } of requests)
            assert.deepEqual(validate(request), [], label);
    });

    it("refuses or builds a valid request whatever type a target or Koji field has", t => {
        const validate = SPEC_ABSENT ? null : schemaValidator("ComposeRequest");
        const wrongs = [42, true, "x", "", " ", [], ["a"], [7], {}, "V2", "123456789012"] as unknown as TargetValues[string][];
        let builtCount = 0;
        for (const [type, [full]] of Object.entries(CLOUD_VALUES)) {
            const imageType = CLOUD_IMAGE_TYPES.find(candidate => defaultCloudTarget(candidate) === type || (type === "local" && candidate === "guest-image"))!;
            const fields = TARGETS.find(other => other.id === `cloud:${type}`)!.fields.map(field => field.key);
            for (const key of fields) {
                for (const wrong of wrongs) {
                    for (const koji of [undefined, KOJI]) {
                        const result = buildCloudCompose({
                            distribution: distroFor(imageType), ...(koji && type !== "local" ? { koji } : {}),
                            images: [{ architecture: "x86_64", imageType, targets: [target(type, { ...full, [key]: wrong })] }],
                        });
                        if (result.ok && validate) {
                            builtCount++;
                            assert.deepEqual(validate(result.request), [], `${type}.${key} = ${JSON.stringify(wrong)}`);
                        }
                    }
                }
            }
        }
        for (const key of Object.keys(KOJI)) {
            for (const wrong of wrongs) {
                const result = buildCloudCompose({ distribution: "fedora-43", koji: { ...KOJI, [key]: wrong }, images: [{ architecture: "x86_64", imageType: "guest-image", targets: [] }] });
                if (result.ok && validate) {
                    builtCount++;
                    assert.deepEqual(validate(result.request), [], `koji.${key} = ${JSON.stringify(wrong)}`);
                }
            }
        }
        if (!validate)
            return t.skip(SPEC_ABSENT ?? "");
        assert.ok(builtCount > 50, String(builtCount));
    });

    it("builds a Koji compose of several image types and architectures, each uploading only to its own cloud", t => {
        const result = buildCloudCompose({
            distribution: "fedora-43", blueprint: FULL_BLUEPRINT, koji: KOJI,
            images: [
                { architecture: "x86_64", imageType: "guest-image", targets: [] },
                { architecture: "aarch64", imageType: "guest-image", targets: [] },
                { architecture: "x86_64", imageType: "aws", targets: [target("aws", { region: "eu-central-1" })] },
                { architecture: "aarch64", imageType: "aws", targets: [target("aws", { region: "eu-central-1" })] },
            ],
        });
        const request = built(result, "koji");
        assert.equal(request.image_request, undefined);
        assert.equal(request.image_requests?.length, 4);
        assert.deepEqual(request.image_requests?.[2], {
            architecture: "x86_64", image_type: "aws", repositories: [], upload_options: { region: "eu-central-1", share_with_accounts: [] },
        });
        assert.deepEqual(request.koji, { ...KOJI });
        assert.ok(result.ok && result.dropped.length > 0);
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        assert.deepEqual(schemaValidator("ComposeRequest")(request), []);
    });

    it("builds the request composer-cli makes for a local image", () => {
        const request = built(buildCloudCompose({
            distribution: "fedora-43", blueprint: { name: "bp", packages: [{ name: "tmux" }] },
            images: [{ architecture: "x86_64", imageType: "guest-image", targets: [target("local", {})] }],
        }), "local");
        assert.deepEqual(request, {
            distribution: "fedora-43", blueprint: { name: "bp", packages: [{ name: "tmux" }] },
            image_request: { architecture: "x86_64", image_type: "guest-image", repositories: [], upload_targets: [{ type: "local", upload_options: {} }] },
        });
    });

    it("builds for the distribution chosen, whatever distro the blueprint names", () => {
        const request = built(buildCloudCompose({
            distribution: "rhel-9.6", blueprint: { name: "bp", distro: "fedora-43" },
            images: [{ architecture: "x86_64", imageType: "guest-image", targets: [target("local", {})] }],
        }), "distro");
        assert.deepEqual(request.blueprint, { name: "bp", distro: "rhel-9.6" });
    });

    it("never builds a pairing the table forbids", () => {
        let refused = 0;
        for (const imageType of CLOUD_IMAGE_TYPES) {
            for (const other of TARGETS) {
                if (other.api === "cloud" && cloudTargetTypes(imageType).includes(other.type))
                    continue;
                for (const koji of [false, true]) {
                    const result = buildCloudCompose({
                        distribution: "rhel-9.6", ...(koji ? { koji: KOJI } : {}),
                        images: [{ architecture: "x86_64", imageType, targets: [{ targetId: other.id, values: CLOUD_VALUES[other.type]?.[0] ?? {} }] }],
                    });
                    assert.ok(!result.ok && codes(result).includes("images.0.targets.0:target-not-allowed"), `${imageType} → ${other.id}: ${codes(result)}`);
                    refused++;
                }
            }
        }
        assert.ok(refused > 300, String(refused));
        for (const [imageType, type] of [["gcp", "local"], ["iot-container", "local"], ["iot-simplified-installer", "local"], ["guest-image", "aws"], ["aws", "aws.s3"]]) {
            const result = buildCloudCompose({ distribution: "fedora-43", images: [{ architecture: "x86_64", imageType, targets: [target(type, CLOUD_VALUES[type][0])] }] });
            assert.equal(result.ok, false, `${imageType} → ${type}`);
        }
    });

    it("returns problems instead of a request the service would refuse", () => {
        const image = (more: Partial<CloudImageChoice> = {}): CloudImageChoice => ({ architecture: "x86_64", imageType: "guest-image", targets: [target("local", {})], ...more });
        const cases: [Partial<CloudComposeChoice>, string[]][] = [
            [{ distribution: " " }, ["distribution:required"]],
            [{ images: [] }, ["images:no-image"]],
            [{ images: [image(), image({ architecture: "aarch64" })] }, ["images:too-many-images"]],
            [{ koji: KOJI, images: [image({ targets: [] }), image({ targets: [] })] }, ["images.1:duplicate-image"]],
            [{ images: [image({ targets: [] })] }, ["images.0.targets:no-target"]],
            [{ images: [image({ imageType: "qcow2" })] }, ["images.0.image_type:unknown-image-type", "images.0.targets.0:target-not-allowed"]],
            [{ images: [image({ imageType: "bootable-container-iso", targets: [target("aws.s3", { region: "eu-west-1" })] })] }, ["images.0.image_type:bootc-only"]],
            [{ images: [image({ architecture: "" })] }, ["images.0.architecture:required"]],
            [{ images: [image({ size: -1 })] }, ["images.0.size:size"]],
            [{ images: [image({ size: 1.5 })] }, ["images.0.size:size"]],
            [{ images: [image({ ostree: { ref: "x" } })] }, ["images.0.ostree:ostree-not-supported"]],
            [{ images: [image({ imageType: "edge-installer", targets: [target("local", {})] })] }, ["images.0.ostree.url:ostree-url-required"]],
            [{ images: [image({ imageType: "edge-commit", ostree: { parent: "abc" } })] }, ["images.0.ostree.parent:ostree-parent-needs-url"]],
            [{ images: [image({ imageType: "edge-commit", ostree: { ref: "/bad ref" } })] }, ["images.0.ostree.ref:ostree-ref"]],
            [{ images: [image({ imageType: "edge-commit", ostree: { url: "ostree.example.com" } })] }, ["images.0.ostree.url:url"]],
            [{ images: [image({ targets: [target("aws.s3", {})] })] }, ["images.0.targets.0.region:required"]],
            [{ images: [image({ imageType: "aws", targets: [target("aws", { region: "Frankfurt" })] })] }, ["images.0.targets.0.region:aws-region"]],
            [{ koji: KOJI, images: [image()] }, ["images.0.targets.0:koji-upload-not-default"]],
            [{ koji: KOJI, images: [image({ targets: [target("aws.s3", { region: "eu-west-1" }), target("aws.s3", { region: "eu-west-2" })] })] }, ["images.0.targets:koji-one-upload"]],
            [{ koji: { ...KOJI, task_id: "x", server: "" }, images: [image({ targets: [] })] }, ["koji.server:required", "koji.task_id:not-integer"]],
            [{ blueprint: { name: "bad name" } }, ["blueprint.name:blueprint-name"]],
        ];
        for (const [change, expected] of cases) {
            const result = buildCloudCompose({ distribution: "fedora-43", images: [image()], ...change });
            assert.deepEqual(codes(result), expected, JSON.stringify(change));
        }
    });
});

describe("Weldr compose bodies", () => {
    const good: Record<string, [string, TargetValues]> = {
        "weldr:aws": ["ami", { image_name: "my-ami", region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s", bucket: "my-bucket" }],
        "weldr:aws.s3": ["qcow2", { region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s", bucket: "my-bucket", key: "images/x.qcow2" }],
        "weldr:generic.s3": ["qcow2", { region: "us-east-1", accessKeyID: "minio", secretAccessKey: "s", bucket: "my-bucket", endpoint: "https://minio.example.com", skip_ssl_verification: true }],
        "weldr:azure": ["vhd", { image_name: "disk.vhd", storageAccount: "mystorage", storageAccessKey: "k==", container: "images" }],
        "weldr:gcp": ["gce", { image_name: "my-image", region: "eu", bucket: "my-bucket", credentials: JSON.stringify({ type: "service_account", project_id: "p", private_key: "k" }) }],
        "weldr:vmware": ["vmdk", { image_name: "vm", host: "vcenter.example.com", username: "u", password: "p", datacenter: "dc", cluster: "c", datastore: "ds" }],
        "weldr:oci": ["oci", {
            image_name: "img", tenancy: "ocid1.tenancy.oc1..aaaa", region: "eu-frankfurt-1", user: "ocid1.user.oc1..bbbb", bucket: "b", namespace: "ns",
            private_key: "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", fingerprint: "12:34:56:78:90:ab:cd:ef:12:34:56:78:90:ab:cd:ef",
            compartment: "ocid1.compartment.oc1..cccc",
        }],
        "weldr:container": ["edge-container", { image_name: "quay.io/org/image:1", username: "u", password: "p", tls_verify: false }],
        "weldr:local": ["qcow2", {}],
    };

    it("builds a body for every provider on a type it fits", () => {
        for (const [targetId, [imageType, values]] of Object.entries(good)) {
            const result = buildWeldrCompose({ blueprintName: "bp", imageType, distro: "rhel-9.6", target: { targetId, values } });
            assert.ok(result.ok, `${targetId}: ${codes(result)}`);
            const body = result.request;
            assert.deepEqual(Object.keys(body).sort(), targetId === "weldr:local" ? ["blueprint_name", "compose_type", "size"] : ["blueprint_name", "compose_type", "size", "upload"]);
            if (body.upload) {
                assert.equal(body.upload.provider, targetId.slice("weldr:".length));
                for (const key of Object.keys(body.upload.settings))
                    assert.ok(key in values, `${targetId} ${key}`);
            }
        }
    });

    it("builds the body composer-cli would send", () => {
        const result = buildWeldrCompose({
            blueprintName: "http-server", imageType: "edge-commit", size: gibToBytes(4), ostree: { ref: "rhel/9/x86_64/edge", url: " https://ostree.example.com/repo " },
            target: { targetId: "weldr:aws", values: good["weldr:aws"][1] },
        });
        assert.deepEqual(codes(result), ["target:target-not-allowed"]);
        const local = buildWeldrCompose({ blueprintName: "http-server", imageType: "edge-commit", size: gibToBytes(4), ostree: { ref: "rhel/9/x86_64/edge", url: " https://ostree.example.com/repo " } });
        assert.ok(local.ok);
        assert.deepEqual(local.request, { blueprint_name: "http-server", compose_type: "edge-commit", size: 4294967296, ostree: { ref: "rhel/9/x86_64/edge", url: "https://ostree.example.com/repo" } });
        const ami = buildWeldrCompose({ blueprintName: "bp", imageType: "ami", target: { targetId: "weldr:aws", values: good["weldr:aws"][1] } });
        assert.ok(ami.ok);
        assert.deepEqual(ami.request, {
            blueprint_name: "bp", compose_type: "ami", size: 0,
            upload: { provider: "aws", image_name: "my-ami", settings: { region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s", bucket: "my-bucket" } },
        });
    });

    it("returns problems instead of a body composer would refuse", () => {
        const cases: [Parameters<typeof buildWeldrCompose>[0], string[]][] = [
            [{ blueprintName: "bad name", imageType: "qcow2" }, ["blueprint_name:blueprint-name"]],
            [{ blueprintName: "bp", imageType: "" }, ["compose_type:required"]],
            [{ blueprintName: "bp", imageType: "qcow2", size: -5 }, ["size:size"]],
            [{ blueprintName: "bp", imageType: "qcow2", target: { targetId: "weldr:vmware", values: good["weldr:vmware"][1] } }, ["target:target-not-allowed"]],
            [{ blueprintName: "bp", imageType: "qcow2", target: { targetId: "cloud:local", values: {} } }, ["target:target-not-allowed"]],
            [{ blueprintName: "bp", imageType: "edge-raw-image" }, ["ostree.url:ostree-url-required"]],
            [{ blueprintName: "bp", imageType: "vmdk", target: { targetId: "weldr:vmware", values: { ...good["weldr:vmware"][1], host: "https://vc", password: "" } } },
                ["target.host:hostname", "target.password:required"]],
            [{ blueprintName: "bp", imageType: "oci", target: { targetId: "weldr:oci", values: { ...good["weldr:oci"][1], private_key: "not a key" } } }, ["target.private_key:oci-private-key"]],
            [{ blueprintName: "bp", imageType: "generic-vhd", distro: "fedora-43", target: { targetId: "weldr:azure", values: { ...good["weldr:azure"][1], storageAccount: "My Account" } } },
                ["target.storageAccount:azure-storage-account"]],
        ];
        for (const [choice, expected] of cases)
            assert.deepEqual(codes(buildWeldrCompose(choice)), expected, JSON.stringify(choice));
    });
});

describe("which API serves a choice", () => {
    it("follows DESIGN.md's table", () => {
        assert.equal(apiFor("local"), "weldr");
        assert.equal(apiFor("local", true), "cloud");
        assert.equal(apiFor("worker-credentials"), "cloud");
        assert.equal(apiFor("typed-credentials"), "weldr");
        assert.equal(apiFor("koji"), "cloud");
    });

    it("knows the destination of every target, and its API serves it", () => {
        for (const target of TARGETS) {
            const destination = destinationOf(target);
            assert.equal(destination === "local" ? apiFor(destination, target.api === "cloud") : apiFor(destination), target.api, target.id);
        }
        assert.deepEqual(TARGETS.map(destinationOf).filter(destination => destination === "local").length, 2);
    });
});
