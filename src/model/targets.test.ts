import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { CLOUD_IMAGE_TYPES } from "./imageTypes.ts";
import * as check from "./targetChecks.ts";
import {
    TARGETS, type TargetValues, base64Text, cloudTargetTypes, cloudUploadOptions, defaultCloudTarget, targetById, targetProblems,
    targetsFor, weldrUpload, withoutSecrets,
} from "./targets.ts";

const ids = (api: "cloud" | "weldr", type: string, distro = "") => targetsFor(api, type, distro).map(target => target.type);

// reference §3.2, default first
const CLOUD_TABLE: Record<string, string[]> = {
    "aws": ["aws", "local"], "aws-cvm": ["aws", "local"], "aws-ha-rhui": ["aws", "local"], "aws-rhui": ["aws", "local"],
    "aws-sap-rhui": ["aws", "local"], "gcp": ["gcp"], "gcp-rhui": ["gcp"],
    "azure": ["azure", "local"], "azure-cvm": ["azure", "local"], "azure-eap7-rhui": ["azure", "local"], "azure-rhui": ["azure", "local"],
    "azure-sap-rhui": ["azure", "local"], "azure-sapapps-rhui": ["azure", "local"],
    "edge-container": ["container", "local"], "iot-container": ["container"], "oci": ["oci.objectstorage", "local"],
    "iot-simplified-installer": ["aws.s3"], "bootable-container-iso": ["aws.s3"],
};
for (const type of ["edge-commit", "edge-installer", "guest-image", "image-installer", "iot-commit", "iot-installer", "iot-raw-image",
    "live-installer", "minimal-raw", "network-installer", "everything-network-installer", "server-network-installer", "pxe-tar-xz",
    "vsphere", "vsphere-ova", "wsl"])
    CLOUD_TABLE[type] = ["aws.s3", "local"];

describe("targets for an image type", () => {
    it("offers exactly the Cloud pairing table, default target first", () => {
        assert.deepEqual(Object.keys(CLOUD_TABLE).sort(), [...CLOUD_IMAGE_TYPES].sort());
        for (const type of CLOUD_IMAGE_TYPES) {
            assert.deepEqual(ids("cloud", type), CLOUD_TABLE[type], type);
            assert.deepEqual(cloudTargetTypes(type), CLOUD_TABLE[type], type);
            assert.equal(defaultCloudTarget(type), CLOUD_TABLE[type][0], type);
        }
        assert.deepEqual(ids("cloud", "qcow2"), []);
        assert.equal(defaultCloudTarget("generic-qcow2"), null);
    });

    it("offers Weldr uploads by convention, keeping the image always possible", () => {
        const cases: [string, string, string[]][] = [
            ["qcow2", "rhel-9.6", ["local", "aws.s3", "generic.s3"]],
            ["ami", "rhel-9.6", ["local", "aws", "aws.s3", "generic.s3"]],
            ["generic-ami", "fedora-43", ["local", "aws", "aws.s3", "generic.s3"]],
            ["edge-ami", "rhel-9.6", ["local", "aws", "aws.s3", "generic.s3"]],
            ["vhd", "fedora-43", ["local", "aws.s3", "generic.s3", "azure"]],
            ["cloud-azure", "fedora-43", ["local", "aws.s3", "generic.s3", "azure"]],
            ["azure-rhui", "rhel-9.6", ["local", "aws.s3", "generic.s3"]],
            ["gce", "rhel-9.6", ["local", "aws.s3", "generic.s3", "gcp"]],
            ["cloud-gce", "fedora-43", ["local", "aws.s3", "generic.s3", "gcp"]],
            ["vmdk", "rhel-9.6", ["local", "aws.s3", "generic.s3", "vmware"]],
            ["generic-ova", "fedora-43", ["local", "aws.s3", "generic.s3", "vmware"]],
            ["edge-vsphere", "rhel-9.6", ["local", "aws.s3", "generic.s3", "vmware"]],
            ["oci", "rhel-9.6", ["local", "aws.s3", "generic.s3", "oci"]],
            ["edge-container", "rhel-9.6", ["local", "aws.s3", "generic.s3", "container"]],
            ["iot-container", "fedora-43", ["local", "aws.s3", "generic.s3", "container"]],
            ["container", "centos-9", ["local", "aws.s3", "generic.s3", "container"]],
            ["image-installer", "rhel-9.6", ["local", "aws.s3", "generic.s3"]],
        ];
        for (const [type, distro, expected] of cases)
            assert.deepEqual(ids("weldr", type, distro), expected, `${type} on ${distro}`);
    });
});

describe("target definitions", () => {
    it("are unique, labelled, explained, and mark every secret", () => {
        assert.equal(new Set(TARGETS.map(target => target.id)).size, TARGETS.length);
        for (const target of TARGETS) {
            assert.equal(target.id, `${target.api}:${target.type}`);
            assert.ok(target.label && target.help, target.id);
            assert.equal(target.reportsLocation, target.api === "cloud", target.id);
            for (const field of target.fields) {
                assert.ok(field.label, `${target.id} ${field.key}`);
                if (field.kind === "secret")
                    assert.equal(field.secret, true);
            }
        }
        const secrets = TARGETS.flatMap(target => target.fields.filter(field => field.secret).map(field => `${target.id}.${field.key}`));
        for (const expected of ["weldr:aws.secretAccessKey", "weldr:aws.sessionToken", "weldr:azure.storageAccessKey", "weldr:gcp.credentials",
            "weldr:vmware.password", "weldr:oci.private_key", "weldr:container.password"])
            assert.ok(secrets.includes(expected), expected);
        assert.ok(TARGETS.filter(target => target.api === "cloud").every(target => target.fields.every(field => !field.secret)));
    });
});

const GOOD_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
const GCP_JSON = JSON.stringify({ type: "service_account", project_id: "p", private_key: "-----BEGIN PRIVATE KEY-----\nü\n-----END PRIVATE KEY-----\n" });

describe("target field checks", () => {
    const cases: [string, check.Check, unknown[], unknown[]][] = [
        ["aws region", check.awsRegion, ["us-east-1", "eu-central-1", "us-gov-west-1", "ap-southeast-2"], ["useast1", "US-EAST-1", "eu-central", "us-east-12", "", 5]],
        ["aws account ids", check.awsAccountIds, [["123456789012"], ["123456789012", "000000000000"]], [["12345678901"], ["123456789012", "x23456789012"]]],
        ["s3 bucket", check.s3Bucket, ["my-bucket", "a.b.c", "abc", "images-2025"],
            ["ab", "My-Bucket", "-bucket", "bucket-", "a..b", "192.168.1.1", "xn--bucket", "bucket-s3alias", "b_u", "a".repeat(64)]],
        ["gcp region", check.gcpRegion, ["us-central1", "europe-west3", "eu", "nam4", "northamerica-northeast1"], ["US", "us central1", "europe-west"]],
        ["gcp bucket", check.gcpBucket, ["my_bucket", "my-bucket.example.com", "abc"], ["goog-bucket", "my-google-bucket", "ab", "-x-", "Bucket"]],
        ["gcp image name", check.gcpImageName, ["my-image", "a", "img-2025-01"], ["My-Image", "1image", "image-", "a".repeat(64)]],
        ["gcp share accounts", check.gcpShareAccounts, [["user:alice@example.com", "serviceAccount:app@p.iam.gserviceaccount.com", "group:admins@example.com", "domain:example.com"]],
            [["alice@example.com"], ["user:alice"], ["domain:localhost"], ["team:x@example.com"]]],
        ["gcp credentials", check.gcpCredentials, [GCP_JSON], ["{", "[]", JSON.stringify({ type: "service_account", project_id: "p" }), "not json"]],
        ["uuid", check.uuid, ["5c7ef5b6-1c3f-4da0-a622-0b060239d7d7"], ["5c7ef5b6-1c3f-4da0-a622-0b060239d7d", "tenant", "5c7ef5b61c3f4da0a6220b060239d7d7"]],
        ["azure resource group", check.azureResourceGroup, ["ToucanResourceGroup", "rg_1.(test)-x", "Grüppe"], ["rg.", "rg 1", "a".repeat(91), "rg/x"]],
        ["azure location", check.azureLocation, ["westeurope", "eastus2"], ["West Europe", "west-europe"]],
        ["azure image name", check.azureImageName, ["my-image", "img_1.2_"], ["-img", "img.", "a".repeat(81)]],
        ["azure storage account", check.azureStorageAccount, ["mystorage01"], ["My-Storage", "ab", "a".repeat(25)]],
        ["azure container", check.azureContainer, ["images", "my-images-1"], ["Images", "my--images", "-images", "ab"]],
        ["container name", check.containerName, ["osbuild", "org/image", "registry.example.com/org/image", "localhost:5000/img"], ["Image", "org/Image", "image:tag", "/image"]],
        ["container tag", check.containerTag, ["latest", "v1.0", "1_2-3"], [".hidden", "a b", "x".repeat(129)]],
        ["container reference", check.containerReference, ["registry.example.com/org/image:tag", "quay.io/fedora/fedora", "localhost:5000/img:1", "[::1]:5000/img"],
            ["image", "org/image:tag", "registry.example.com/Org/image", "registry.example.com/image:", "https://quay.io/a/b"]],
        ["hostname", check.hostname, ["vcenter.example.com", "10.0.0.1", "vcenter:443", "[fe80::1]"], ["https://vcenter", "a b", "-host"]],
        ["url", check.httpUrl, ["https://minio.example.com:9000", "http://10.0.0.1"], ["minio.example.com", "ftp://x", "https://"]],
        ["absolute path", check.absolutePath, ["/etc/pki/tls/certs/ca-bundle.crt"], ["etc/ca.crt"]],
        ["oci private key", check.ociPrivateKey, [GOOD_KEY, GOOD_KEY.replace(/PRIVATE/g, "RSA PRIVATE")], ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----"]],
        ["oci fingerprint", check.ociFingerprint, ["12:34:56:78:90:ab:cd:ef:12:34:56:78:90:ab:cd:ef"], ["12:34:56", "1234567890abcdef1234567890abcdef", "12:34:56:78:90:AB:CD:EF:12:34:56:78:90:ab:cd:eg"]],
        ["oci region", check.ociRegion, ["eu-frankfurt-1", "us-ashburn-1", "us-gov-ashburn-1"], ["frankfurt", "eu-frankfurt"]],
        ["oci tenancy", check.ocid("tenancy"), ["ocid1.tenancy.oc1..aaaaaaaaba3pv6wkcr4jqae5f15p2b2m2yt2j6rx32uzr4h25vqstifsfdsq"], ["ocid1.user.oc1..aaaa", "tenancy"]],
        ["aws access key", check.awsAccessKey, ["AKIAIOSFODNN7EXAMPLE"], ["akiaiosfodnn7example", "AKIA"]],
    ];
    for (const [name, validate, good, bad] of cases) {
        it(`${name}: accepts what the service accepts and refuses the rest`, () => {
            for (const value of good)
                assert.equal(validate(value as check.FieldValue), null, `${name} should accept ${JSON.stringify(value)}`);
            for (const value of bad)
                assert.notEqual(validate(value as check.FieldValue), null, `${name} should refuse ${JSON.stringify(value)}`);
        });
    }

    it("says why a bucket is refused and which list entry is wrong", () => {
        assert.deepEqual(check.s3Bucket("a..b"), { code: "s3-bucket", params: { reason: "dots" } });
        assert.deepEqual(check.awsAccountIds(["123456789012", "1"]), { code: "aws-account-id", params: { index: 1 } });
        assert.deepEqual(check.gcpCredentials("{}"), { code: "gcp-credentials", params: { reason: "field", field: "type" } });
    });
});

describe("target forms", () => {
    const aws = targetById("cloud:aws")!;
    it("reports empty required fields and bad values, field by field", () => {
        assert.deepEqual(targetProblems(aws, {}), [{ key: "region", code: "required" }]);
        assert.deepEqual(targetProblems(aws, { region: "eu-central-1", share_with_accounts: "123456789012, 12" }),
            [{ key: "share_with_accounts", code: "aws-account-id", params: { index: 1 } }]);
        assert.deepEqual(targetProblems(targetById("cloud:azure")!, { tenant_id: "x", subscription_id: "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7", resource_group: "rg", hyper_v_generation: "V3" }),
            [{ key: "tenant_id", code: "uuid" }, { key: "hyper_v_generation", code: "enum", params: { allowed: "V1, V2" } }]);
        assert.deepEqual(targetProblems(targetById("weldr:gcp")!, { image_name: "img", region: "eu", bucket: "bkt", credentials: "nope" }),
            [{ key: "credentials", code: "gcp-credentials", params: { reason: "json" } }]);
        assert.deepEqual(targetProblems(targetById("weldr:oci")!, {}).map(problem => problem.key),
            ["image_name", "tenancy", "region", "user", "bucket", "namespace", "private_key", "fingerprint", "compartment"]);
        assert.deepEqual(targetProblems(targetById("cloud:local")!, {}), []);
    });

    it("turns a Cloud form into upload_options", () => {
        const cases: [string, TargetValues, Record<string, unknown>][] = [
            ["cloud:aws", { region: " eu-central-1 " }, { region: "eu-central-1", share_with_accounts: [] }],
            ["cloud:aws", { region: "eu-central-1", share_with_accounts: "123456789012\n210987654321", snapshot_name: "snap" },
                { region: "eu-central-1", share_with_accounts: ["123456789012", "210987654321"], snapshot_name: "snap" }],
            ["cloud:aws.s3", { region: "us-east-1" }, { region: "us-east-1", public: false }],
            ["cloud:aws.s3", { region: "us-east-1", public: true }, { region: "us-east-1", public: true }],
            ["cloud:gcp", { region: "eu", image_name: "", share_with_accounts: ["user:a@example.com", " "] }, { region: "eu", share_with_accounts: ["user:a@example.com"] }],
            ["cloud:container", {}, {}],
            ["cloud:local", {}, {}],
        ];
        for (const [id, values, options] of cases)
            assert.deepEqual(cloudUploadOptions(targetById(id)!, values), options, id);
    });

    it("turns a Weldr form into upload, credentials base64 and secrets as typed", () => {
        const gcp = weldrUpload(targetById("weldr:gcp")!, { image_name: "img", region: "eu", bucket: "bkt", credentials: GCP_JSON });
        assert.equal(gcp?.provider, "gcp");
        assert.equal(gcp?.image_name, "img");
        assert.equal(new TextDecoder().decode(Uint8Array.from(atob(String(gcp?.settings.credentials)), c => c.charCodeAt(0))), GCP_JSON);
        assert.deepEqual(weldrUpload(targetById("weldr:container")!, { image_name: "quay.io/a/b:1", password: " pw " }),
            { provider: "container", image_name: "quay.io/a/b:1", settings: { password: " pw ", tls_verify: true } });
        assert.deepEqual(weldrUpload(targetById("weldr:generic.s3")!, { region: "r", accessKeyID: "k", secretAccessKey: "s", bucket: "bkt", endpoint: "https://s3.example.com" }),
            { provider: "generic.s3", image_name: "", settings: { region: "r", accessKeyID: "k", secretAccessKey: "s", bucket: "bkt", endpoint: "https://s3.example.com", skip_ssl_verification: false } });
        assert.equal(weldrUpload(targetById("weldr:local")!, {}), null);
        assert.equal(base64Text("a"), "YQ==");
    });

    it("forgets the secrets when remembering a form", () => {
        assert.deepEqual(withoutSecrets(targetById("weldr:vmware")!, { host: "h", username: "u", password: "p", extra: "x" }), { host: "h", username: "u" });
        assert.deepEqual(withoutSecrets(targetById("weldr:gcp")!, { region: "eu", credentials: GCP_JSON }), { region: "eu" });
    });
});
