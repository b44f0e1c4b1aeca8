// Each target field check against values the service would take and values it would refuse,
// one table row per case (the e2e table create-image-bad-input.spec.ts types some of these).
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import * as check from "./targetChecks.ts";
import type { Check, FieldValue } from "./targetChecks.ts";

interface Row {
    name: string;
    check: Check;
    good: FieldValue[];
    /** value → expected problem code (and params, when they say which part is wrong) */
    bad: [FieldValue, string, Record<string, string | number>?][];
}

const ROWS: Row[] = [
    { name: "AWS region", check: check.awsRegion, good: ["us-east-1", "eu-central-1", "us-gov-west-1", " ap-southeast-2 "],
        bad: [["eu-central", "aws-region"], ["EU-CENTRAL-1", "aws-region"], ["eu central 1", "aws-region"], [7, "wrong-type"]] },
    { name: "AWS account ids", check: check.awsAccountIds, good: [["123456789012"], ["123456789012", "210987654321"]],
        bad: [[["12345"], "aws-account-id", { index: 0 }], [["123456789012", "12345678901a"], "aws-account-id", { index: 1 }]] },
    { name: "AWS access key id", check: check.awsAccessKey, good: ["AKIAIOSFODNN7EXAMPLE"],
        bad: [["akiaiosfodnn7example", "aws-access-key"], ["AKIA", "aws-access-key"], ["AKIA IOSFODNN7EXAMPLE", "aws-access-key"]] },
    { name: "S3 bucket", check: check.s3Bucket, good: ["my-bucket", "images.example.org", "abc"],
        bad: [["ab", "s3-bucket", { reason: "length" }], ["My_Bucket", "s3-bucket", { reason: "characters" }], ["-bucket", "s3-bucket", { reason: "edges" }],
            ["a..b", "s3-bucket", { reason: "dots" }], ["192.168.1.1", "s3-bucket", { reason: "ip" }], ["xn--bucket", "s3-bucket", { reason: "prefix" }],
            ["bucket-s3alias", "s3-bucket", { reason: "suffix" }]] },
    { name: "S3 object key", check: check.s3Key, good: ["disk.qcow2", "a".repeat(1024)], bad: [["a".repeat(1025), "s3-key"], ["é".repeat(513), "s3-key"]] },
    { name: "GCP region", check: check.gcpRegion, good: ["us-central1", "europe-west3", "eu", "nam4"],
        bad: [["europe west3", "gcp-region"], ["Europe-West3", "gcp-region"], ["europe-west", "gcp-region"]] },
    { name: "GCP bucket", check: check.gcpBucket, good: ["my-gcs-bucket", "a.b_c-d"],
        bad: [["my-google-bucket", "gcp-bucket", { reason: "google" }], ["goog-images", "gcp-bucket", { reason: "prefix" }], ["UPPER", "gcp-bucket", { reason: "characters" }],
            ["ab", "gcp-bucket", { reason: "length" }]] },
    { name: "GCP image name", check: check.gcpImageName, good: ["my-image", "a"], bad: [["Bad_Name", "gcp-image-name"], ["1image", "gcp-image-name"], ["image-", "gcp-image-name"]] },
    { name: "GCP share accounts", check: check.gcpShareAccounts, good: [["user:alice@example.com", "domain:example.com", "serviceAccount:sa@p.iam.gserviceaccount.com"]],
        bad: [[["alice@example.com"], "gcp-share-account", { index: 0 }], [["user:alice@example.com", "group:nobody"], "gcp-share-account", { index: 1 }]] },
    { name: "GCP credentials", check: check.gcpCredentials, good: [JSON.stringify({ type: "service_account", project_id: "p", private_key: "k" })],
        bad: [["{not json", "gcp-credentials", { reason: "json" }], ["[]", "gcp-credentials", { reason: "json" }],
            [JSON.stringify({ type: "service_account", project_id: "p" }), "gcp-credentials", { reason: "field", field: "private_key" }]] },
    { name: "UUID", check: check.uuid, good: ["5c7ef5b6-1c3f-4da0-a622-0b060239d7d7"], bad: [["not-a-uuid", "uuid"], ["5c7ef5b6-1c3f-4da0-a622-0b060239d7d", "uuid"]] },
    { name: "Azure resource group", check: check.azureResourceGroup, good: ["rg", "my.rg-(1)_x"], bad: [["rg.", "azure-resource-group"], ["a b", "azure-resource-group"], ["r".repeat(91), "azure-resource-group"]] },
    { name: "Azure location", check: check.azureLocation, good: ["westeurope", "eastus2"], bad: [["West Europe", "azure-location"], ["west-europe", "azure-location"]] },
    { name: "Azure image name", check: check.azureImageName, good: ["azimg", "a_b.c-d_"], bad: [["-img", "azure-image-name"], ["img.", "azure-image-name"]] },
    { name: "Azure storage account", check: check.azureStorageAccount, good: ["mystorage"], bad: [["Bad_Account", "azure-storage-account"], ["ab", "azure-storage-account"]] },
    { name: "Azure container", check: check.azureContainer, good: ["images", "my-images"], bad: [["a--b", "azure-container"], ["Images", "azure-container"], ["ab", "azure-container"]] },
    { name: "container name", check: check.containerName, good: ["my-image", "registry.example.com/org/iot", "localhost:5000/a/b"],
        bad: [["registry.example.com/Org", "container-name"], ["org/image:tag", "container-name"], ["/image", "container-name"]] },
    { name: "container tag", check: check.containerTag, good: ["latest", "v1.0_rc-1"], bad: [[".bad", "container-tag"], ["-bad", "container-tag"], ["a".repeat(129), "container-tag"]] },
    { name: "container reference", check: check.containerReference, good: ["registry.example.com/org/image:v1", "quay.io/org/image"],
        bad: [["image:tag", "container-reference"], ["org/image", "container-reference"], ["quay.io/org/image:", "container-reference"]] },
    { name: "host name", check: check.hostname, good: ["vcenter.example.com", "vcenter:443", "[fe80::1]"], bad: [["vcenter example.com", "hostname"], ["-vcenter", "hostname"]] },
    { name: "HTTP URL", check: check.httpUrl, good: ["https://minio.example.com:9000", "http://koji/kojihub"],
        bad: [["minio.example.com", "url", { schemes: "http, https" }], ["ftp://x.example.com", "url", { schemes: "http, https" }]] },
    { name: "absolute path", check: check.absolutePath, good: ["/etc/pki/minio.pem"], bad: [["etc/pki/minio.pem", "absolute-path"]] },
    { name: "OCI private key", check: check.ociPrivateKey, good: ["-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----", "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n"],
        bad: [["not a key", "oci-private-key"], ["-----BEGIN PUBLIC KEY-----\nMIIE\n-----END PUBLIC KEY-----", "oci-private-key"]] },
    { name: "OCI fingerprint", check: check.ociFingerprint, good: ["12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0"], bad: [["12:34", "oci-fingerprint"], ["12:34:56:78:9A:BC:DE:F0:12:34:56:78:9A:BC:DE:F0", "oci-fingerprint"]] },
    { name: "OCI region", check: check.ociRegion, good: ["us-ashburn-1", "eu-frankfurt-1"], bad: [["frankfurt", "oci-region"], ["eu-frankfurt", "oci-region"]] },
    { name: "OCI tenancy OCID", check: check.ocid("tenancy"), good: ["ocid1.tenancy.oc1..aaaabbbb"],
        bad: [["ocid1.user.oc1..aaaabbbb", "oci-ocid", { kind: "tenancy" }], ["tenancy", "oci-ocid", { kind: "tenancy" }]] },
];

describe("target field checks, table", () => {
    for (const row of ROWS) {
        it(`${row.name}: takes what the service takes, names what it would refuse`, () => {
            for (const value of row.good)
                assert.equal(row.check(value), null, `${JSON.stringify(value)} should pass`);
            for (const [value, code, params] of row.bad) {
                const found = row.check(value);
                assert.equal(found?.code, code, `${JSON.stringify(value)} should be ${code}`);
                if (params)
                    assert.deepEqual(found?.params, params, JSON.stringify(value));
            }
        });
    }
});

describe("filled in", () => {
    it("counts false and 0 as values, blanks and empty lists as empty", () => {
        for (const value of [false, 0, "x", ["", "a"]])
            assert.equal(check.isFilled(value), true, JSON.stringify(value));
        for (const value of [undefined, "", "   ", [], ["", " "]])
            assert.equal(check.isFilled(value), false, JSON.stringify(value));
    });
});
