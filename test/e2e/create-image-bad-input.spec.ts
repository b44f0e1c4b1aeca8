// Bad input in every target form of the create-image dialog: each row types a value the service
// would refuse into one field, tries to create the image, and expects the message at that field,
// the dialog still open and no compose request at the stand-in (its recorder); then the good
// value clears the message. Messages and rules: src/model/targetChecks.ts.
import type { FrameLocator } from "@playwright/test";
import { chooseType, composePosts, createButton, openDialog, radio, removeBlueprint, withBlueprint } from "./create-image-helpers";
import { expect, test } from "./fixtures";

const GCP_KEY = JSON.stringify({ type: "service_account", project_id: "demo-project", private_key: "-----BEGIN PRIVATE KEY-----\nMII\n-----END PRIVATE KEY-----\n" });
const OCI_KEY = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
const TENANT = "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7";

const REQUIRED = "This field is required.";
const AWS_REGION = "Use an AWS region like us-east-1 or eu-central-1.";
const URL_SCHEMES = "Not a valid URL: use one starting with http, https.";

interface Row {
    /** the input's id (its helper is `<id>-helper`) */
    field: string;
    bad: string;
    message: string;
}

interface FormCase {
    /** a destination radio ("weldr:aws", "koji", …) */
    target: string;
    imageType: string;
    /** good values of the form's fields, by input id, typed first */
    valid: Record<string, string>;
    /** checkboxes to tick before typing (Koji image types, uploads) */
    ticks?: string[];
    rows: Row[];
}

const f = (key: string) => `create-image-field-${key}`;
const k = (key: string) => `create-image-koji-${key}`;

const S3_VALID = { [f("region")]: "us-east-1", [f("accessKeyID")]: "AKIAIOSFODNN7EXAMPLE", [f("secretAccessKey")]: "s3cr3t", [f("bucket")]: "images-bucket" };

const CASES: FormCase[] = [
    {
        target: "weldr:local", imageType: "generic-qcow2", valid: { "create-image-size": "6" },
        rows: [{ field: "create-image-size", bad: "-1", message: "Use a whole number of GiB." }],
    },
    {
        target: "cloud:aws", imageType: "generic-ami", valid: { [f("region")]: "eu-central-1", [f("share_with_accounts")]: "123456789012" },
        rows: [
            { field: f("region"), bad: "", message: REQUIRED },
            { field: f("region"), bad: "eu-central", message: AWS_REGION },
            { field: f("share_with_accounts"), bad: "123456789012, 12345", message: "An AWS account ID is 12 digits." },
        ],
    },
    {
        target: "weldr:aws", imageType: "generic-ami", valid: { [f("image_name")]: "my-ami", ...S3_VALID },
        rows: [
            { field: f("image_name"), bad: "", message: REQUIRED },
            { field: f("region"), bad: "Frankfurt", message: AWS_REGION },
            { field: f("accessKeyID"), bad: "akia-lower", message: "An access key ID is 16 to 128 upper-case letters and digits." },
            { field: f("secretAccessKey"), bad: "", message: REQUIRED },
            { field: f("bucket"), bad: "My_Bucket", message: "Use lower-case letters, digits, dots and dashes." },
        ],
    },
    {
        target: "cloud:aws.s3", imageType: "generic-qcow2", valid: { [f("region")]: "us-east-1" },
        rows: [{ field: f("region"), bad: "us east 1", message: AWS_REGION }],
    },
    {
        target: "weldr:aws.s3", imageType: "generic-qcow2", valid: { ...S3_VALID, [f("key")]: "disk.qcow2" },
        rows: [
            { field: f("bucket"), bad: "ab", message: "A bucket name has 3 to 63 characters." },
            { field: f("bucket"), bad: "192.168.1.1", message: "A bucket name cannot look like an IP address." },
            { field: f("key"), bad: "k".repeat(1025), message: "An object key is at most 1024 bytes." },
        ],
    },
    {
        target: "weldr:generic.s3", imageType: "generic-qcow2",
        valid: { ...S3_VALID, [f("region")]: "garage", [f("accessKeyID")]: "minio", [f("endpoint")]: "https://minio.example.com:9000", [f("ca_bundle")]: "/etc/pki/minio.pem" },
        rows: [
            { field: f("endpoint"), bad: "minio.example.com:9000", message: URL_SCHEMES },
            { field: f("ca_bundle"), bad: "pki/minio.pem", message: "Use an absolute path, starting with \"/\"." },
        ],
    },
    {
        target: "cloud:gcp", imageType: "cloud-gce", valid: { [f("region")]: "europe-west3", [f("bucket")]: "gcs-bucket", [f("image_name")]: "img-1", [f("share_with_accounts")]: "user:alice@example.com" },
        rows: [
            { field: f("region"), bad: "Europe West 3", message: "Use a Google Cloud location like us-central1 or europe-west3." },
            { field: f("bucket"), bad: "my-google-bucket", message: "A bucket name cannot contain \"google\"." },
            { field: f("image_name"), bad: "Img_1", message: "Use lower-case letters, digits and dashes, starting with a letter (at most 63)." },
            { field: f("share_with_accounts"), bad: "alice@example.com", message: "Use user:, serviceAccount:, group: with an e-mail address, or domain: with a domain." },
        ],
    },
    {
        target: "weldr:gcp", imageType: "cloud-gce",
        valid: { [f("image_name")]: "my-image", [f("region")]: "europe-west3", [f("bucket")]: "my-gcs-bucket", [f("credentials")]: GCP_KEY },
        rows: [
            { field: f("credentials"), bad: "{ not json", message: "Not a service account JSON file." },
            { field: f("credentials"), bad: JSON.stringify({ type: "service_account", project_id: "p" }), message: "The service account file has no \"private_key\"." },
            { field: f("bucket"), bad: "", message: REQUIRED },
        ],
    },
    {
        target: "cloud:azure", imageType: "generic-vhd",
        valid: { [f("tenant_id")]: TENANT, [f("subscription_id")]: TENANT, [f("resource_group")]: "rg", [f("location")]: "westeurope", [f("image_name")]: "azimg" },
        rows: [
            { field: f("tenant_id"), bad: "my-tenant", message: "Use a UUID like 5c7ef5b6-1c3f-4da0-a622-0b060239d7d7." },
            { field: f("subscription_id"), bad: "", message: REQUIRED },
            { field: f("resource_group"), bad: "rg.", message: "Use 1 to 90 letters, digits, _ . ( ) -, not ending with a dot." },
            { field: f("location"), bad: "West Europe", message: "Use an Azure location like westeurope." },
            { field: f("image_name"), bad: "-azimg", message: "Use 1 to 80 letters, digits, _ . -, starting with a letter or digit." },
        ],
    },
    {
        target: "weldr:azure", imageType: "generic-vhd",
        valid: { [f("image_name")]: "disk.vhd", [f("storageAccount")]: "mystorage", [f("storageAccessKey")]: "key==", [f("container")]: "images" },
        rows: [
            { field: f("storageAccount"), bad: "My_Storage", message: "Use 3 to 24 lower-case letters and digits." },
            { field: f("container"), bad: "my--images", message: "Use 3 to 63 lower-case letters, digits and single dashes." },
        ],
    },
    {
        target: "cloud:container", imageType: "iot-container", valid: { [f("name")]: "registry.example.com/org/iot", [f("tag")]: "v1" },
        rows: [
            { field: f("name"), bad: "registry.example.com/Org/IoT", message: "Use a repository like registry.example.com/org/image." },
            { field: f("tag"), bad: ".v1", message: "Use letters, digits, _ . - (at most 128), not starting with . or -." },
        ],
    },
    {
        target: "weldr:container", imageType: "generic-container", valid: { [f("image_name")]: "registry.example.com/org/image:v1" },
        rows: [
            { field: f("image_name"), bad: "image:v1", message: "Use registry/name[:tag], like quay.io/org/image:latest." },
            { field: f("image_name"), bad: "", message: REQUIRED },
        ],
    },
    {
        target: "weldr:vmware", imageType: "generic-vmdk",
        valid: { [f("image_name")]: "vm1", [f("host")]: "vcenter.example.com", [f("username")]: "admin", [f("password")]: "pw", [f("datacenter")]: "dc1", [f("cluster")]: "c1", [f("datastore")]: "ds1" },
        rows: [
            { field: f("host"), bad: "vcenter example.com", message: "Not a valid host name: use letters, digits and dashes, in parts separated by dots." },
            { field: f("password"), bad: "", message: REQUIRED },
        ],
    },
    {
        target: "weldr:oci", imageType: "generic-oci",
        valid: {
            [f("image_name")]: "oci-img", [f("tenancy")]: "ocid1.tenancy.oc1..aaaabbbb", [f("region")]: "eu-frankfurt-1", [f("user")]: "ocid1.user.oc1..aaaacccc",
            [f("bucket")]: "b", [f("namespace")]: "ns", [f("private_key")]: OCI_KEY, [f("fingerprint")]: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0",
            [f("compartment")]: "ocid1.compartment.oc1..aaaadddd",
        },
        rows: [
            { field: f("tenancy"), bad: "ocid1.user.oc1..aaaabbbb", message: "Use an OCID like ocid1.tenancy.oc1..aaaa…" },
            { field: f("region"), bad: "frankfurt", message: "Use an OCI region like us-ashburn-1." },
            { field: f("private_key"), bad: "ssh-rsa AAAAB3Nza", message: "Not a PEM private key." },
            { field: f("fingerprint"), bad: "12:34:56", message: "Use 16 colon-separated hex pairs, like 12:34:…" },
            { field: f("compartment"), bad: "", message: REQUIRED },
        ],
    },
    {
        target: "koji", imageType: "generic-ami", ticks: [k("type-aws"), k("upload-aws")],
        valid: { [k("server")]: "https://koji.example.com/kojihub", [k("task_id")]: "4242", [k("name")]: "Fedora-Cloud", [k("version")]: "43", [k("release")]: "20261122.0", [k("aws-region")]: "us-east-1" },
        rows: [
            { field: k("server"), bad: "koji.example.com/kojihub", message: URL_SCHEMES },
            { field: k("task_id"), bad: "task-1", message: "Use a whole number." },
            { field: k("name"), bad: "Fedora Cloud", message: "Use letters, digits and _ . + - only." },
            { field: k("version"), bad: "43-1", message: "Use letters, digits and _ . + ~ ^ only (no dash)." },
            { field: k("release"), bad: "", message: REQUIRED },
            { field: k("aws-region"), bad: "useast1", message: AWS_REGION },
        ],
    },
];

/** The error message at a field (none: the locator matches nothing) */
const errorAt = (app: FrameLocator, id: string) => app.locator(`[id="${id}-helper"].pf-m-error`);

test.describe("bad input in the target forms is refused at the field, before anything is sent", () => {
    for (const c of CASES) {
        test(`${c.target} (${c.imageType}): ${c.rows.map(r => r.field.replace(/^create-image-(field-)?/, "")).join(", ")}`, async ({ sim, gotoApp }) => {
            const name = `e2e-bad-${c.target.replace(/\W/g, "-")}`;
            await withBlueprint(sim, name);
            try {
                const app = await openDialog(gotoApp, name);
                await chooseType(app, c.imageType);
                await app.locator(radio(c.target)).check();
                for (const id of c.ticks ?? [])
                    await app.locator(`#${id}`).check();
                for (const [id, value] of Object.entries(c.valid))
                    await app.locator(`#${id}`).fill(value);
                const sent = composePosts(sim);
                for (const row of c.rows) {
                    const input = app.locator(`#${row.field}`);
                    await input.fill(row.bad);
                    await createButton(app).click();
                    await expect(errorAt(app, row.field), `${row.field} = ${JSON.stringify(row.bad)}`).toContainText(row.message);
                    await expect(input).toHaveAttribute("aria-invalid", "true");
                    await expect(app.getByRole("dialog")).toBeVisible();
                    // fixing the value takes the message away
                    await input.fill(c.valid[row.field]);
                    await expect(errorAt(app, row.field)).toHaveCount(0);
                }
                // the refused attempts sent nothing, and what was typed is still there
                expect(composePosts(sim)).toBe(sent);
                for (const [id, value] of Object.entries(c.valid))
                    await expect(app.locator(`#${id}`)).toHaveValue(value);
            } finally {
                await removeBlueprint(sim, name);
            }
        });
    }
});
