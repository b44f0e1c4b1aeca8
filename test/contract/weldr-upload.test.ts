// Weldr `upload` decoding per provider (reference §1.5): composer decodes settings loosely (keys
// case-insensitive, any field may be missing) but refuses a body whose provider is unknown or
// whose settings have the wrong JSON type, as 404 HTTPError. And every upload the plugin's form
// builds is accepted.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";

import { TARGETS, weldrUpload } from "../../src/model/targets";
import { assertNotFound, jsonOf, startTestSim, type TestSim } from "./weldr-fixture";

const V1 = "/api/v1";
let t: TestSim;
before(async () => {
    t = await startTestSim();
    await t.push({ name: "up", version: "1.0.0" });
});
after(async () => {
    await t.close();
});

/** one setting of each provider given a JSON type composer's decoder refuses */
const WRONG_TYPES: Record<string, Record<string, unknown>> = {
    "aws": { region: 1 },
    "aws.s3": { skip_ssl_verification: "yes" },
    "generic.s3": { endpoint: true },
    "azure": { storageAccount: ["sa"] },
    "gcp": { credentials: { type: "service_account" } },
    "vmware": { password: 1234 },
    "oci": { fingerprint: null, tenancy: 5 },
    "container": { tls_verify: "false" },
};

/** valid form values per Weldr target (what the dialog sends after its checks) */
const FORM: Record<string, Record<string, string | boolean>> = {
    "weldr:aws": { image_name: "ami", region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s", bucket: "bucket-1" },
    "weldr:aws.s3": { region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s", bucket: "bucket-1" },
    "weldr:generic.s3": { region: "r", accessKeyID: "k", secretAccessKey: "s", bucket: "bucket-1", endpoint: "https://minio.example.com", skip_ssl_verification: true },
    "weldr:azure": { image_name: "a.vhd", storageAccount: "acct1", storageAccessKey: "k", container: "images" },
    "weldr:gcp": { image_name: "img", region: "europe-west3", bucket: "bucket-1", credentials: JSON.stringify({ type: "service_account", project_id: "p", private_key: "k" }) },
    "weldr:vmware": { image_name: "vm", host: "vc.example.com", username: "u", password: "p", datacenter: "d", cluster: "c", datastore: "s" },
    "weldr:oci": { image_name: "o", tenancy: "ocid1.tenancy.oc1..aaaa", region: "eu-frankfurt-1", user: "ocid1.user.oc1..aaaa", bucket: "b", namespace: "n",
        private_key: "-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n", fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", compartment: "ocid1.compartment.oc1..aaaa" },
    "weldr:container": { image_name: "registry.example.com/org/img:1", username: "u", password: "p", tls_verify: false },
};

describe("Weldr upload settings", () => {
    for (const [provider, wrong] of Object.entries(WRONG_TYPES)) {
        test(`${provider}: a setting of the wrong JSON type makes the body undecodable (404)`, async () => {
            assertNotFound(await t.post(`${V1}/compose`, { blueprint_name: "up", compose_type: "qcow2", upload: { provider, image_name: "x", settings: wrong } }));
        });
    }

    test("keys are matched case-insensitively and missing ones are allowed", async () => {
        const reply = jsonOf(await t.post(`${V1}/compose`, { blueprint_name: "up", compose_type: "qcow2", upload: { provider: "aws.s3", image_name: "", settings: { REGION: "r" } } }));
        assert.equal(reply.status, true);
    });

    for (const target of TARGETS.filter(target => target.api === "weldr" && target.type !== "local")) {
        test(`the form's ${target.id} upload is accepted`, async () => {
            const upload = weldrUpload(target, FORM[target.id] ?? {});
            assert.ok(upload);
            const reply = jsonOf(await t.post(`${V1}/compose`, { blueprint_name: "up", compose_type: "qcow2", size: 0, upload }));
            assert.equal(reply.status, true, JSON.stringify(reply));
        });
    }
});
