// Creating images: for every target of both APIs the form is filled, submitted, and the exact
// request composer received is checked (the stand-in records every request), then the compose is
// found in the images list. Targets that do not fit the image type are not offered; a Koji compose
// builds N image requests; a refused compose shows composer's words and keeps the form filled.
import fs from "node:fs";
import type { FrameLocator, Page } from "@playwright/test";
import { CLOUD_COMPOSE, WELDR_COMPOSE, chooseType, field, lastPost, openDialog, radio, removeBlueprint, withBlueprint } from "./create-image-helpers";
import { expect, pluginFrame, test } from "./fixtures";
import { WORKER_CONFIG, WORKER_DIR, withWorkerConfig } from "./worker-config";

const GIB = 1024 ** 3;
const GCP_KEY = JSON.stringify({ type: "service_account", project_id: "demo-project", private_key: "-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n", client_email: "a@demo-project.iam.gserviceaccount.com" });
const OCI_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";

/** Submits, follows the toast's link to the image's page, and returns the compose id from the URL */
async function submitAndFollow(page: Page, app: FrameLocator): Promise<string> {
    await app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" }).click();
    await expect(app.getByRole("dialog")).toHaveCount(0);
    await app.getByRole("button", { name: "Show the image" }).click();
    const frame = await pluginFrame(page);
    await expect.poll(() => frame.url()).toMatch(/#\/image\/[0-9a-f-]{36}/);
    return /#\/image\/([0-9a-f-]{36})/.exec(frame.url())?.[1] ?? "";
}

async function seeInList(gotoApp: (path?: string) => Promise<FrameLocator>, id: string): Promise<void> {
    // the list's search matches a compose id's beginning too: the row is found whatever the paging
    const app = await gotoApp(`/images?blueprint=${id}`);
    await expect(app.locator(`tr[data-compose="${id}"]`)).toHaveCount(1);
}

interface TargetCase {
    target: string;
    imageType: string;
    fill: Record<string, string>;
    files?: Record<string, string>;
    checks?: Record<string, boolean>;
    /** Cloud: the image_type sent */
    cloudType?: string;
    /** the Weldr `upload`, or the Cloud image_request (without architecture/image_type/repositories/size) */
    expected: Record<string, unknown>;
}

const WELDR_CASES: TargetCase[] = [
    { target: "weldr:local", imageType: "generic-qcow2", fill: {}, expected: {} },
    {
        target: "weldr:aws", imageType: "generic-ami",
        fill: { image_name: "my-ami", region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s3cr3t", bucket: "my-bucket" },
        expected: { upload: { provider: "aws", image_name: "my-ami", settings: { region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "s3cr3t", bucket: "my-bucket" } } },
    },
    {
        target: "weldr:aws.s3", imageType: "generic-qcow2",
        fill: { region: "us-east-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "k", sessionToken: "tok", bucket: "images-bucket", key: "disk.qcow2" },
        expected: { upload: { provider: "aws.s3", image_name: "", settings: { region: "us-east-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "k", sessionToken: "tok", bucket: "images-bucket", key: "disk.qcow2" } } },
    },
    {
        target: "weldr:generic.s3", imageType: "generic-qcow2",
        fill: { region: "garage", accessKeyID: "minio", secretAccessKey: "minio123", bucket: "images", endpoint: "https://minio.example.com:9000", ca_bundle: "/etc/pki/minio.pem" },
        checks: { skip_ssl_verification: true },
        expected: { upload: { provider: "generic.s3", image_name: "", settings: { region: "garage", accessKeyID: "minio", secretAccessKey: "minio123", bucket: "images", endpoint: "https://minio.example.com:9000", ca_bundle: "/etc/pki/minio.pem", skip_ssl_verification: true } } },
    },
    {
        target: "weldr:azure", imageType: "generic-vhd",
        fill: { image_name: "disk.vhd", storageAccount: "mystorage", storageAccessKey: "key==", container: "images" },
        expected: { upload: { provider: "azure", image_name: "disk.vhd", settings: { storageAccount: "mystorage", storageAccessKey: "key==", container: "images" } } },
    },
    {
        target: "weldr:gcp", imageType: "cloud-gce",
        fill: { image_name: "my-image", region: "europe-west3", bucket: "my-gcs-bucket", object: "disk.tar.gz" }, files: { credentials: GCP_KEY },
        expected: { upload: { provider: "gcp", image_name: "my-image", settings: { region: "europe-west3", bucket: "my-gcs-bucket", object: "disk.tar.gz", credentials: Buffer.from(GCP_KEY).toString("base64") } } },
    },
    {
        target: "weldr:vmware", imageType: "generic-vmdk",
        fill: { image_name: "vm1", host: "vcenter.example.com", username: "admin", password: "pw", datacenter: "dc1", cluster: "c1", datastore: "ds1", folder: "f1" },
        expected: { upload: { provider: "vmware", image_name: "vm1", settings: { host: "vcenter.example.com", username: "admin", password: "pw", datacenter: "dc1", cluster: "c1", datastore: "ds1", folder: "f1" } } },
    },
    {
        target: "weldr:oci", imageType: "generic-oci",
        fill: {
            image_name: "oci-img", tenancy: "ocid1.tenancy.oc1..aaaabbbb", region: "eu-frankfurt-1", user: "ocid1.user.oc1..aaaacccc", bucket: "b", namespace: "ns",
            fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", compartment: "ocid1.compartment.oc1..aaaadddd",
        },
        files: { private_key: OCI_KEY },
        expected: { upload: { provider: "oci", image_name: "oci-img", settings: {
            tenancy: "ocid1.tenancy.oc1..aaaabbbb", region: "eu-frankfurt-1", user: "ocid1.user.oc1..aaaacccc", bucket: "b", namespace: "ns", private_key: OCI_KEY,
            fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", compartment: "ocid1.compartment.oc1..aaaadddd",
        } } },
    },
    {
        target: "weldr:container", imageType: "generic-container",
        fill: { image_name: "registry.example.com/org/image:v1", username: "robot", password: "pw" },
        expected: { upload: { provider: "container", image_name: "registry.example.com/org/image:v1", settings: { username: "robot", password: "pw", tls_verify: true } } },
    },
];

const CLOUD_CASES: TargetCase[] = [
    { target: "cloud:aws", imageType: "generic-ami", cloudType: "aws", fill: { region: "eu-central-1", share_with_accounts: "123456789012, 210987654321", snapshot_name: "snap" },
        expected: { upload_targets: [{ type: "aws", upload_options: { region: "eu-central-1", share_with_accounts: ["123456789012", "210987654321"], snapshot_name: "snap" } }] } },
    { target: "cloud:aws.s3", imageType: "generic-qcow2", cloudType: "guest-image", fill: { region: "us-east-1" }, checks: { public: true },
        expected: { upload_targets: [{ type: "aws.s3", upload_options: { region: "us-east-1", public: true } }] } },
    { target: "cloud:gcp", imageType: "cloud-gce", cloudType: "gcp", fill: { region: "europe-west3", bucket: "gcs-bucket", image_name: "img-1", share_with_accounts: "user:alice@example.com" },
        expected: { upload_targets: [{ type: "gcp", upload_options: { region: "europe-west3", bucket: "gcs-bucket", image_name: "img-1", share_with_accounts: ["user:alice@example.com"] } }] } },
    { target: "cloud:azure", imageType: "generic-vhd", cloudType: "azure",
        fill: { tenant_id: "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7", subscription_id: "6c7ef5b6-1c3f-4da0-a622-0b060239d7d7", resource_group: "rg", location: "westeurope", image_name: "azimg" },
        expected: { upload_targets: [{ type: "azure", upload_options: { tenant_id: "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7", subscription_id: "6c7ef5b6-1c3f-4da0-a622-0b060239d7d7", resource_group: "rg", location: "westeurope", image_name: "azimg" } }] } },
    { target: "cloud:container", imageType: "iot-container", cloudType: "iot-container", fill: { name: "registry.example.com/org/iot", tag: "v1" },
        expected: { upload_targets: [{ type: "container", upload_options: { name: "registry.example.com/org/iot", tag: "v1" } }] } },
    { target: "cloud:oci.objectstorage", imageType: "generic-oci", cloudType: "oci", fill: {},
        expected: { upload_targets: [{ type: "oci.objectstorage", upload_options: {} }] } },
    { target: "cloud:local", imageType: "generic-qcow2", cloudType: "guest-image", fill: {},
        expected: { upload_targets: [{ type: "local", upload_options: {} }] } },
];

async function fillCase(app: FrameLocator, c: TargetCase): Promise<void> {
    await chooseType(app, c.imageType);
    await app.locator(radio(c.target)).check();
    for (const [key, value] of Object.entries({ ...c.fill, ...c.files }))
        await app.locator(field(key)).fill(value);
    for (const [key, on] of Object.entries(c.checks ?? {}))
        await app.locator(field(key)).setChecked(on);
}

test.describe("every Weldr upload target", () => {
    for (const c of WELDR_CASES) {
        test(`${c.target} with ${c.imageType}: composer receives exactly the form's request and the image is listed`, async ({ page, sim, gotoApp }) => {
            const name = `e2e-weldr-${c.target.replace(/\W/g, "-")}`;
            await withBlueprint(sim, name);
            const app = await openDialog(gotoApp, name);
            await fillCase(app, c);
            const size = Number(await app.locator("#create-image-size").inputValue() || "0") * GIB;
            const id = await submitAndFollow(page, app);
            const sent = lastPost(sim, WELDR_COMPOSE);
            expect(sent.contentType).toBe("application/json");
            expect(sent.body).toEqual({ blueprint_name: name, compose_type: c.imageType, size: Math.round(size), ...c.expected });
            await seeInList(gotoApp, id);
        });
    }
});

test.describe("every Cloud API upload target", () => {
    for (const c of CLOUD_CASES) {
        test(`${c.target} with ${c.imageType}: composer receives exactly the form's request and the image is listed`, async ({ page, sim, gotoApp }) => {
            const name = `e2e-cloud-${c.target.replace(/\W/g, "-")}`;
            await withBlueprint(sim, name);
            const app = await openDialog(gotoApp, name);
            await fillCase(app, c);
            const size = Math.round(Number(await app.locator("#create-image-size").inputValue() || "0") * GIB);
            await expect(app.locator("#create-image-where")).toContainText(c.target === "cloud:local" ? "composer reports its path" : "Composer reports where the image went");
            const id = await submitAndFollow(page, app);
            const sent = lastPost(sim, CLOUD_COMPOSE) as { contentType: string; body: { distribution: string; blueprint: { name: string }; image_request: Record<string, unknown> } };
            expect(sent.body.distribution).toBe("fedora-43");
            expect(sent.body.blueprint.name).toBe(name);
            const { architecture, image_type: imageType, repositories, size: sentSize, ...rest } = sent.body.image_request;
            expect({ architecture, repositories, size: sentSize }).toEqual({ architecture: "x86_64", repositories: [], size: size > 0 ? size : undefined });
            expect(imageType).toBe(c.cloudType);
            expect(rest).toEqual(c.expected);
            await seeInList(gotoApp, id);
        });
    }
});

test("a target that does not fit the image type is not offered", async ({ sim, gotoApp }) => {
    const name = "e2e-create-pairing";
    await withBlueprint(sim, name);
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-qcow2");
        await expect(app.locator(radio("weldr:local"))).toBeChecked();
        await expect(app.locator(radio("cloud:aws.s3"))).toBeVisible();
        for (const absent of ["cloud:aws", "cloud:gcp", "cloud:azure", "weldr:aws", "weldr:gcp", "weldr:vmware", "weldr:azure", "weldr:container"])
            await expect(app.locator(radio(absent))).toHaveCount(0);
        await chooseType(app, "generic-container");
        await expect(app.locator(radio("weldr:container"))).toBeVisible();
        await expect(app.locator(radio("koji"))).toHaveCount(0);
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("a Koji compose of two image types with an AWS upload sends two image requests and the koji object", async ({ page, sim, gotoApp }) => {
    const name = "e2e-create-koji";
    await withBlueprint(sim, name);
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-ami");
        await app.locator(radio("koji")).check();
        await app.locator("#create-image-koji-server").fill("https://koji.example.com/kojihub/");
        await app.locator("#create-image-koji-task_id").fill("4242");
        await app.locator("#create-image-koji-name").fill("Fedora-Cloud");
        await app.locator("#create-image-koji-version").fill("43");
        await app.locator("#create-image-koji-release").fill("20261122.0");
        await app.locator("#create-image-koji-type-aws").check();
        await app.locator("#create-image-koji-type-guest-image").check();
        await app.locator("#create-image-koji-upload-aws").check();
        await app.locator("#create-image-koji-aws-region").fill("us-east-1");
        const id = await submitAndFollow(page, app);
        const sent = lastPost(sim, CLOUD_COMPOSE).body as Record<string, unknown>;
        expect(sent.distribution).toBe("fedora-43");
        expect(sent.koji).toEqual({ server: "https://koji.example.com/kojihub", task_id: 4242, name: "Fedora-Cloud", version: "43", release: "20261122.0" });
        expect(sent.image_requests).toEqual([
            { architecture: "x86_64", image_type: "aws", repositories: [], upload_options: { region: "us-east-1", share_with_accounts: [] } },
            { architecture: "x86_64", image_type: "guest-image", repositories: [] },
        ]);
        expect(sent.image_request).toBeUndefined();
        await seeInList(gotoApp, id);
        // the hub is remembered for the next Koji compose
        const again = await openDialog(gotoApp, name);
        await chooseType(again, "generic-ami");
        await again.locator(radio("koji")).check();
        await expect(again.locator("#create-image-koji-hubs option")).toHaveAttribute("value", "https://koji.example.com/kojihub");
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("a refused compose shows composer's reason with the fix and keeps the form filled", async ({ sim, gotoApp }) => {
    const name = "e2e-create-refused";
    await withBlueprint(sim, name, { packages: [{ name: "no-such-package-e2e", version: "*" }] });
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-qcow2");
        await app.locator(radio("weldr:aws.s3")).check();
        const typed = { region: "us-east-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "kept", bucket: "images-bucket" };
        for (const [key, value] of Object.entries(typed))
            await app.locator(field(key)).fill(value);
        await app.locator("#create-image-size").fill("7");
        await app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" }).click();
        const alert = app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger");
        await expect(alert).toContainText("The image could not be created");
        await expect(alert).toContainText("no-such-package-e2e");
        await expect(app.locator("#create-image-fix")).toContainText("These packages cannot be installed: no-such-package-e2e");
        for (const [key, value] of Object.entries(typed))
            await expect(app.locator(field(key))).toHaveValue(value);
        await expect(app.locator("#create-image-size")).toHaveValue("7");
        await expect(app.locator(radio("weldr:aws.s3"))).toBeChecked();
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("the dialog can be completed with the keyboard alone", async ({ page, sim, gotoApp }) => {
    const name = "e2e-create-keyboard";
    await withBlueprint(sim, name);
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        await app.getByRole("button", { name: "Create image" }).focus();
        await page.keyboard.press("Enter");
        const type = app.locator("#create-image-type");
        await expect(app.locator("#create-image-distro")).toHaveValue("fedora-43");
        await expect(type.locator('option[value="generic-qcow2"]')).toHaveCount(1);
        await expect(app.locator("#create-image-distro")).toBeFocused();
        for (let i = 0; i < 5 && !(await type.evaluate(el => el === document.activeElement)); i++)
            await page.keyboard.press("Tab");
        await expect(type).toBeFocused();
        for (let i = 0; i < 80 && (await type.inputValue()) !== "generic-qcow2"; i++)
            await page.keyboard.press("ArrowDown");
        await expect(type).toHaveValue("generic-qcow2");
        await page.keyboard.press("Tab");
        await expect(app.locator("#create-image-size")).toBeFocused();
        await page.keyboard.press("Enter");
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect(app.getByRole("button", { name: "Show the image" })).toBeVisible();
        const sent = lastPost(sim, WELDR_COMPOSE).body as Record<string, unknown>;
        expect(sent).toEqual({ blueprint_name: name, compose_type: "generic-qcow2", size: 5 * GIB });
    } finally {
        await removeBlueprint(sim, name);
    }
});

test.describe("worker cloud credentials", () => {
    const FILE = WORKER_CONFIG;
    const CREDS = `${WORKER_DIR}/e2e-aws-credentials`;
    withWorkerConfig("# written by hand\nbase_path = \"/api/worker/v1\"\n\n[aws]\nbucket = \"old-bucket\"\nupload_threads = 4\n", [CREDS]);

    test("editing keeps unknown keys, writes the credentials file 0600 and offers to restart the worker", async ({ gotoApp }) => {
        const app = await gotoApp("/settings");
        const card = app.locator("#worker-config");
        await expect(card.getByText("This file has comments.")).toBeVisible();
        await expect(app.locator("#worker-aws-bucket")).toHaveValue("old-bucket");
        await app.locator("#worker-aws-bucket").fill("new-bucket");
        await app.locator("#worker-aws-credentials").fill(CREDS);
        await card.getByRole("button", { name: "Write a new file at this path" }).first().click();
        await app.locator("#worker-aws-credentials-file").fill("[default]\naws_access_key_id = AKIA\naws_secret_access_key = secret\n");
        await app.locator("#worker-koji-add").click();
        await app.locator("#worker-koji-0-host").fill("koji.example.com");
        await app.locator("#worker-koji-0-principal").fill("osbuild@EXAMPLE.COM");
        await app.locator("#worker-koji-0-keytab").fill("/etc/osbuild-worker/koji.keytab");
        await card.getByRole("button", { name: "Save" }).click();
        await expect(app.locator("#worker-config-saved")).toBeVisible();

        const text = fs.readFileSync(FILE, "utf8");
        expect(text).toContain('base_path = "/api/worker/v1"');
        expect(text).toContain("upload_threads = 4");
        expect(text).toContain('bucket = "new-bucket"');
        expect(text).toContain(`credentials = "${CREDS}"`);
        expect(text).toMatch(/\[koji\."koji\.example\.com"\.kerberos\]\s*\nprincipal = "osbuild@EXAMPLE\.COM"\s*\nkeytab = "\/etc\/osbuild-worker\/koji\.keytab"/);
        expect(fs.readFileSync(CREDS, "utf8")).toBe("[default]\naws_access_key_id = AKIA\naws_secret_access_key = secret\n");
        expect(fs.statSync(CREDS).mode & 0o777).toBe(0o600);

        await app.locator("#worker-config-saved").getByRole("button", { name: "Restart the worker" }).click();
        await expect(card.getByText("osbuild-worker@1.service was restarted.")).toBeVisible();
    });
});

test("the blueprint fields the Cloud API cannot carry are listed before submit, only for Cloud destinations", async ({ sim, gotoApp }) => {
    const name = "e2e-create-dropped";
    await withBlueprint(sim, name, { customizations: { user: [{ name: "alice", expiredate: 12345 }] } });
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-ami");
        await expect(app.locator("#create-image-dropped")).toHaveCount(0);
        await app.locator(radio("cloud:aws")).check();
        const dropped = app.locator("#create-image-dropped");
        await expect(dropped).toContainText("The Cloud API cannot carry 1 field of this blueprint");
        await expect(dropped).toContainText("customizations.user[0].expiredate");
        await app.locator(radio("weldr:local")).check();
        await expect(dropped).toHaveCount(0);
    } finally {
        await removeBlueprint(sim, name);
    }
});
