import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { type Location, locationFor, locationFromTargetResult, locationFromUploadStatus, locationsFromImageStatus, locationsFromTargetResults } from "./locations.ts";

const values = (l: Location) => l.values.map(v => [v.label, v.text, v.copy]);
const MB = "x".repeat(1 << 20);

describe("locations of each upload type", () => {
    it("aws: AMI and region with a console link for that region", () => {
        const l = locationFromUploadStatus({ type: "aws", status: "success", options: { ami: "ami-0c830793775595d4b", region: "eu-west-1" } });
        assert.equal(l.type, "aws");
        assert.equal(l.status, "success");
        assert.equal(l.title, "Amazon Web Services (EC2)");
        assert.deepEqual(values(l), [["AMI", "ami-0c830793775595d4b", "ami-0c830793775595d4b"], ["Region", "eu-west-1", "eu-west-1"]]);
        assert.deepEqual(l.link, {
            href: "https://eu-west-1.console.aws.amazon.com/ec2/home?region=eu-west-1#ImageDetails:imageId=ami-0c830793775595d4b",
            label: "Open in the AWS console",
        });
        assert.deepEqual(l.notes, []);
    });

    it("aws.s3: the URL, a link when http(s)", () => {
        const url = "https://bucket.s3.amazonaws.com/image.qcow2?X-Amz-Expires=3600";
        const l = locationFromUploadStatus({ type: "aws.s3", status: "success", options: { url } });
        assert.deepEqual(values(l), [["URL", url, url]]);
        assert.deepEqual(l.link, { href: url, label: "Download" });
    });

    it("gcp: project and image with a console link to the image", () => {
        const l = locationFromUploadStatus({ type: "gcp", status: "success", options: { project_id: "ascendant-braid-303513", image_name: "my-image" } });
        assert.deepEqual(values(l), [["Project", "ascendant-braid-303513", "ascendant-braid-303513"], ["Image name", "my-image", "my-image"]]);
        assert.equal(l.link?.href, "https://console.cloud.google.com/compute/imagesDetail/projects/ascendant-braid-303513/global/images/my-image");
    });

    it("azure: the image name, no link", () => {
        const l = locationFromUploadStatus({ type: "azure", status: "success", options: { image_name: "composer-api-1234" } });
        assert.deepEqual(values(l), [["Image name", "composer-api-1234", "composer-api-1234"]]);
        assert.equal(l.link, undefined);
    });

    it("container: url, digest and a copyable podman pull", () => {
        const digest = "sha256:" + "ab".repeat(32);
        const l = locationFromUploadStatus({ type: "container", status: "success", options: { url: "quay.io/myaccount/osbuild:latest", digest } });
        assert.deepEqual(values(l), [
            ["Image", "quay.io/myaccount/osbuild:latest", "quay.io/myaccount/osbuild:latest"],
            ["Digest", digest, digest],
            ["Pull command", `podman pull quay.io/myaccount/osbuild:latest@${digest}`, `podman pull quay.io/myaccount/osbuild:latest@${digest}`],
        ]);
        assert.equal(l.link, undefined);
    });

    it("container on a registry with a port", () => {
        const digest = "sha256:" + "0".repeat(64);
        const l = locationFromUploadStatus({ type: "container", status: "success", options: { url: "registry.local:5000/a/b", digest } });
        assert.equal(l.values[2].copy, `podman pull registry.local:5000/a/b@${digest}`);
    });

    it("container with a short name, as composer names it by default (<distro>:<uuid>)", () => {
        const digest = "sha256:" + "0".repeat(64);
        const l = locationFromUploadStatus({ type: "container", status: "success", options: { url: "fedora-43:4e3c0000-aaaa", digest } });
        assert.equal(l.values[2].copy, `podman pull fedora-43:4e3c0000-aaaa@${digest}`);
    });

    it("oci.objectstorage: the URL, a link", () => {
        const url = "https://objectstorage.eu-frankfurt-1.oraclecloud.com/p/abc/n/ns/b/bucket/o/image";
        const l = locationFromUploadStatus({ type: "oci.objectstorage", status: "success", options: { url } });
        assert.equal(l.title, "Oracle Cloud object storage");
        assert.deepEqual(l.link, { href: url, label: "Download" });
    });

    it("local: the artifact path as text", () => {
        const l = locationFromUploadStatus({ type: "local", status: "success", options: { artifact_path: "/var/lib/osbuild-composer/artifacts/x/disk.qcow2" } });
        assert.deepEqual(values(l), [["Path on the host", "/var/lib/osbuild-composer/artifacts/x/disk.qcow2", "/var/lib/osbuild-composer/artifacts/x/disk.qcow2"]]);
        assert.equal(l.link, undefined);
    });

    it("pulp.ostree: the repository URL", () => {
        const l = locationFromUploadStatus({ type: "pulp.ostree", status: "success", options: { repo_url: "https://pulp.example/repo" } });
        assert.equal(l.link?.href, "https://pulp.example/repo");
    });

    it("an unknown type: type and options as text, labels raw", () => {
        const l = locationFromUploadStatus({ type: "vmware", status: "success", options: { datastore: "ds1", nested: { a: 1 } } });
        assert.equal(l.type, "vmware");
        assert.equal(l.title, "Other target");
        assert.deepEqual(values(l), [["Type", "vmware", "vmware"], ["datastore", "ds1", "ds1"], ["nested", "{\"a\":1}", "{\"a\":1}"]]);
        assert.equal(l.values[1].raw, true);
        assert.equal(l.link, undefined);
    });
});

describe("statuses and failures", () => {
    for (const status of ["pending", "running", "success", "failure"])
        it(`keeps status ${status}`, () => assert.equal(locationFromUploadStatus({ type: "aws", status, options: {} }).status, status));

    it("an unknown status is unknown", () => {
        assert.equal(locationFromUploadStatus({ type: "aws", status: "uploading" }).status, "unknown");
        assert.equal(locationFromUploadStatus({ type: "aws", status: 3 }).status, "unknown");
    });

    it("a failed target says so, without complaining about missing values", () => {
        const l = locationFromUploadStatus({ type: "aws", status: "failure", options: {} });
        assert.deepEqual(l.notes, ["The upload to this target failed."]);
        assert.deepEqual(l.values, []);
    });

    it("several targets per image, each with its own status", () => {
        const ls = locationsFromImageStatus({
            status: "failure",
            upload_statuses: [
                { type: "aws", status: "failure", options: {} },
                { type: "local", status: "success", options: { artifact_path: "/a" } },
            ],
            upload_status: { type: "aws", status: "failure", options: {} },
        });
        assert.deepEqual(ls.map(l => [l.type, l.status]), [["aws", "failure"], ["local", "success"]]);
    });

    it("falls back to upload_status, and has none before results", () => {
        assert.deepEqual(locationsFromImageStatus({ status: "success", upload_status: { type: "azure", status: "success", options: { image_name: "i" } } }).map(l => l.type), ["azure"]);
        assert.deepEqual(locationsFromImageStatus({ status: "building" }), []);
        assert.deepEqual(locationsFromImageStatus({ status: "building", upload_status: null }), []);
        assert.deepEqual(locationsFromImageStatus(null), []);
        assert.deepEqual(locationsFromImageStatus("x"), []);
    });
});

describe("malformed upload statuses degrade to text", () => {
    const digest = "sha256:" + "ab".repeat(32);
    const cases: [string, unknown, { type?: string; values?: number; link?: boolean; notes?: boolean }][] = [
        ["null status", null, { type: "unknown", values: 1, link: false, notes: true }],
        ["a string status", "aws", { type: "unknown", values: 2 }],
        ["an array status", [], { type: "unknown", values: 2 }],
        ["no type", { status: "success", options: { ami: "ami-12345678" } }, { type: "unknown", link: false }],
        ["type not a string", { type: 5, status: "success", options: {} }, { type: "unknown" }],
        ["no options", { type: "aws", status: "success" }, { values: 0, link: false, notes: true }],
        ["options null", { type: "aws", status: "success", options: null }, { values: 0, link: false, notes: true }],
        ["options a string", { type: "aws", status: "success", options: "ami-1" }, { values: 1, link: false, notes: true }],
        ["options an array", { type: "gcp", status: "success", options: ["p", "i"] }, { values: 1, link: false, notes: true }],
        ["aws without region", { type: "aws", status: "success", options: { ami: "ami-12345678" } }, { values: 1, link: false, notes: true }],
        ["aws ami a number", { type: "aws", status: "success", options: { ami: 12345678, region: "eu-west-1" } }, { values: 2, link: false, notes: true }],
        ["aws bad ami", { type: "aws", status: "success", options: { ami: "ami-xyz", region: "eu-west-1" } }, { values: 2, link: false, notes: true }],
        ["aws region with a path", { type: "aws", status: "success", options: { ami: "ami-12345678", region: "evil.example/x" } }, { link: false, notes: true }],
        ["aws region with a hash", { type: "aws", status: "success", options: { ami: "ami-12345678", region: "eu-west-1#x" } }, { link: false }],
        ["aws China region (other console)", { type: "aws", status: "success", options: { ami: "ami-12345678", region: "cn-north-1" } }, { values: 2, link: false, notes: true }],
        ["aws GovCloud region (other console)", { type: "aws", status: "success", options: { ami: "ami-12345678", region: "us-gov-west-1" } }, { link: false }],
        ["aws HTML in the ami", { type: "aws", status: "success", options: { ami: "<script>alert(1)</script>", region: "eu-west-1" } }, { values: 2, link: false }],
        ["aws 1 MB ami", { type: "aws", status: "success", options: { ami: MB, region: "eu-west-1" } }, { values: 2, link: false, notes: true }],
        ["s3 javascript: url", { type: "aws.s3", status: "success", options: { url: "javascript:alert(1)" } }, { values: 1, link: false, notes: true }],
        ["s3 data: url", { type: "aws.s3", status: "success", options: { url: "data:text/html,x" } }, { values: 1, link: false, notes: true }],
        ["s3 relative url", { type: "aws.s3", status: "success", options: { url: "/etc/passwd" } }, { values: 1, link: false, notes: true }],
        ["s3 1 MB url", { type: "aws.s3", status: "success", options: { url: "https://a.example/" + MB } }, { values: 1, link: false, notes: true }],
        ["s3 url an object", { type: "aws.s3", status: "success", options: { url: { href: "https://a.example" } } }, { values: 1, link: false, notes: true }],
        ["oci vbscript: url", { type: "oci.objectstorage", status: "success", options: { url: "vbscript:x" } }, { values: 1, link: false }],
        ["gcp bad project", { type: "gcp", status: "success", options: { project_id: "../../evil", image_name: "i" } }, { values: 2, link: false, notes: true }],
        ["gcp image with a slash", { type: "gcp", status: "success", options: { project_id: "my-project", image_name: "a/../b" } }, { values: 2, link: false }],
        ["gcp missing image", { type: "gcp", status: "success", options: { project_id: "my-project" } }, { values: 1, link: false, notes: true }],
        ["azure image name null", { type: "azure", status: "success", options: { image_name: null } }, { values: 0, notes: true }],
        ["container shell in url", { type: "container", status: "success", options: { url: "quay.io/a;rm -rf /", digest } }, { values: 2, notes: true }],
        ["container digest not a digest", { type: "container", status: "success", options: { url: "quay.io/a/b", digest: "$(reboot)" } }, { values: 2, notes: true }],
        ["container without digest", { type: "container", status: "success", options: { url: "quay.io/a/b" } }, { values: 1, notes: true }],
        ["local path a number", { type: "local", status: "success", options: { artifact_path: 5 } }, { values: 1, notes: true }],
        ["unknown type with 1 MB option", { type: "x", status: "success", options: { big: MB } }, { values: 2, link: false }],
        ["unknown type with many options", { type: "x", status: "success", options: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])) }, { values: 51 }],
    ];
    for (const [what, input, expect] of cases) {
        it(what, () => {
            const l = locationFromUploadStatus(input);
            if (expect.type !== undefined)
                assert.equal(l.type, expect.type);
            if (expect.values !== undefined)
                assert.equal(l.values.length, expect.values, JSON.stringify(l.values).slice(0, 300));
            if (expect.link === false)
                assert.equal(l.link, undefined);
            if (expect.notes)
                assert.ok(l.notes.length > 0);
            for (const v of l.values) {
                assert.ok(v.text.length <= 2049);
                assert.equal(typeof v.copy, "string");
            }
            if (l.link)
                assert.match(l.link.href, /^https?:\/\//);
        });
    }

    it("no values means a note for a successful target", () => {
        assert.deepEqual(locationFor("azure", "success", {}).notes, ["A value the target should report is missing."]);
    });
});

describe("Koji upload_target_results", () => {
    it("maps target names to upload types, skips the Koji target", () => {
        const results = [
            { name: "org.osbuild.koji", options: { image: {} } },
            { name: "org.osbuild.aws", options: { ami: "ami-12345678", region: "us-east-1" }, osbuild_artifact: { export_filename: "image.raw" } },
            { name: "org.osbuild.aws.s3", options: { url: "https://s3.example/x" } },
            { name: "org.osbuild.gcp", options: { image_name: "img", project_id: "my-project" } },
            { name: "org.osbuild.azure.image", options: { image_name: "img" } },
            { name: "org.osbuild.container", options: { url: "quay.io/a/b", digest: "sha256:" + "1".repeat(64) } },
            { name: "org.osbuild.oci.objectstorage", options: { url: "https://oci.example/x" } },
            { name: "org.osbuild.vmware", options: {} },
        ];
        const ls = locationsFromTargetResults(results);
        assert.deepEqual(ls.map(l => [l.type, l.status, !!l.link]), [
            ["aws", "success", true], ["aws.s3", "success", true], ["gcp", "success", true], ["azure", "success", false],
            ["container", "success", false], ["oci.objectstorage", "success", true], ["org.osbuild.vmware", "success", false],
        ]);
    });

    it("a target error is the target's failure", () => {
        const l = locationFromTargetResult({ name: "org.osbuild.aws", options: null, target_error: { id: 12, reason: "error importing image", details: "quota" } });
        assert.equal(l.status, "failure");
        assert.deepEqual(l.error, { id: 12, reason: "error importing image", details: "quota" });
        assert.deepEqual(l.notes, []);
    });

    it("target names like Object methods are unknown targets", () => {
        for (const name of ["valueOf", "constructor", "__proto__", "toString"]) {
            const l = locationFromTargetResult({ name, options: {} });
            assert.equal(l.type, name);
            assert.equal(l.title, "Other target");
        }
        assert.equal(locationFromUploadStatus({ type: "constructor", status: "success", options: {} }).title, "Other target");
    });

    it("malformed results degrade", () => {
        assert.deepEqual(locationsFromTargetResults(null), []);
        assert.deepEqual(locationsFromTargetResults({}), []);
        const [a, b, c] = locationsFromTargetResults([null, { name: 7 }, { options: { url: "https://x.example" } }]);
        assert.equal(a.type, "unknown");
        assert.equal(b.type, "unknown");
        assert.equal(c.type, "unknown");
        assert.equal(c.link, undefined);
    });
});

describe("any input gives locations, never a crash or an unsafe link", () => {
    const seed = 20261122;
    const types = fc.constantFrom("aws", "aws.s3", "gcp", "azure", "container", "oci.objectstorage", "local", "pulp.ostree", "other");
    const check = (l: Location) => {
        assert.equal(typeof l.type, "string");
        assert.ok(l.values.every(v => typeof v.text === "string" && typeof v.copy === "string" && typeof v.label === "string"));
        if (l.link)
            assert.match(l.link.href, /^https?:\/\/[^\s]*$/);
    };
    it("arbitrary upload statuses", () => {
        fc.assert(fc.property(fc.anything(), value => check(locationFromUploadStatus(value))), { seed, numRuns: 500 });
        fc.assert(fc.property(types, fc.anything(), fc.anything(), (type, status, options) =>
            check(locationFromUploadStatus({ type, status, options }))), { seed, numRuns: 1000 });
        fc.assert(fc.property(types, fc.dictionary(fc.constantFrom("ami", "region", "url", "project_id", "image_name", "digest", "artifact_path", "repo_url"), fc.oneof(fc.string(), fc.webUrl(), fc.jsonValue())),
            (type, options) => check(locationFromUploadStatus({ type, status: "success", options }))), { seed, numRuns: 1000 });
    });
    it("arbitrary image statuses and target results", () => {
        fc.assert(fc.property(fc.anything(), value => locationsFromImageStatus(value).forEach(check)), { seed, numRuns: 500 });
        fc.assert(fc.property(fc.anything(), value => locationsFromTargetResults(value).forEach(check)), { seed, numRuns: 500 });
        fc.assert(fc.property(fc.array(fc.record({ name: fc.string(), options: fc.anything(), target_error: fc.anything() }, { requiredKeys: [] })),
            value => locationsFromTargetResults(value).forEach(check)), { seed, numRuns: 500 });
    });
});
