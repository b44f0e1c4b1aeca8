// Every upload target of both APIs as data: its fields, which are secret, and what the worker
// or the form must provide (reference §1.5 for Weldr `upload`, §3.2 and the OpenAPI spec's
// *UploadOptions for the Cloud API). Labels and help texts are untranslated msgids. Pure data.
import * as check from "./targetChecks";
import type { Check } from "./targetChecks";
import type { FieldKind, TargetDef, TargetField } from "./targets";

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

type FieldOptions = Partial<Omit<TargetField, "key" | "label" | "kind">>;

const field = (key: string, label: string, kind: FieldKind, required: boolean, validate?: Check, more: FieldOptions = {}): TargetField => ({
    key, label, kind, required, secret: kind === "secret", ...(validate ? { validate } : {}), ...more,
});

const CLOUD: TargetDef[] = [
    {
        id: "cloud:local", api: "cloud", type: "local", label: N_("Keep on this host, through the Cloud API"),
        help: N_("The Cloud API keeps the image in /var/lib/osbuild-composer/artifacts on this host and reports its path; download it from the image's page. The blueprint is sent in the Cloud API's stricter form."),
        reportsLocation: true, downloadable: true, fields: [],
    },
    {
        id: "cloud:aws", api: "cloud", type: "aws", label: N_("Amazon EC2 (AMI)"),
        help: N_("The worker uploads with the credentials and S3 bucket of the [aws] section in /etc/osbuild-worker/osbuild-worker.toml. The AMI id and region are reported back."),
        reportsLocation: true, downloadable: false,
        fields: [
            field("region", N_("Region"), "text", true, check.awsRegion, { placeholder: "eu-central-1" }),
            field("share_with_accounts", N_("Share with accounts"), "list", false, check.awsAccountIds, { placeholder: "123456789012" }),
            field("snapshot_name", N_("Snapshot name"), "text", false),
        ],
    },
    {
        id: "cloud:aws.s3", api: "cloud", type: "aws.s3", label: N_("Amazon S3"),
        help: N_("The worker uploads with the credentials and bucket of the [aws] section (or [generic_s3] for an S3-compatible store) in /etc/osbuild-worker/osbuild-worker.toml. A download URL is reported back."),
        reportsLocation: true, downloadable: false,
        fields: [
            field("region", N_("Region"), "text", true, check.awsRegion, { placeholder: "eu-central-1" }),
            field("public", N_("Public URL"), "boolean", false, undefined, { defaultValue: false }),
        ],
    },
    {
        id: "cloud:gcp", api: "cloud", type: "gcp", label: N_("Google Cloud Platform"),
        help: N_("The worker uploads with the service account credentials file and bucket of the [gcp] section in /etc/osbuild-worker/osbuild-worker.toml. The project and image name are reported back."),
        reportsLocation: true, downloadable: false,
        fields: [
            field("region", N_("Region"), "text", true, check.gcpRegion, { placeholder: "europe-west3" }),
            field("bucket", N_("Bucket"), "text", false, check.gcpBucket),
            field("image_name", N_("Image name"), "text", false, check.gcpImageName),
            field("share_with_accounts", N_("Share with accounts"), "list", false, check.gcpShareAccounts, { placeholder: "user:alice@example.com" }),
        ],
    },
    {
        id: "cloud:azure", api: "cloud", type: "azure", label: N_("Microsoft Azure"),
        help: N_("The worker uploads with the client credentials file of the [azure] section in /etc/osbuild-worker/osbuild-worker.toml; that application needs access to the resource group. The image name is reported back."),
        reportsLocation: true, downloadable: false,
        fields: [
            field("tenant_id", N_("Tenant ID"), "text", true, check.uuid),
            field("subscription_id", N_("Subscription ID"), "text", true, check.uuid),
            field("resource_group", N_("Resource group"), "text", true, check.azureResourceGroup),
            field("location", N_("Location"), "text", false, check.azureLocation, { placeholder: "westeurope" }),
            field("image_name", N_("Image name"), "text", false, check.azureImageName),
            field("hyper_v_generation", N_("Hyper-V generation"), "select", false, undefined, { options: ["V1", "V2"] }),
        ],
    },
    {
        id: "cloud:container", api: "cloud", type: "container", label: N_("Container registry"),
        help: N_("The worker pushes with the auth file of the [containers] section in /etc/osbuild-worker/osbuild-worker.toml, to its domain and path prefix. The image URL and digest are reported back."),
        reportsLocation: true, downloadable: false,
        fields: [
            field("name", N_("Name"), "text", false, check.containerName, { placeholder: "my-image" }),
            field("tag", N_("Tag"), "text", false, check.containerTag, { placeholder: "latest" }),
        ],
    },
    {
        id: "cloud:oci.objectstorage", api: "cloud", type: "oci.objectstorage", label: N_("Oracle Cloud object storage"),
        help: N_("The worker uploads with the credentials file of the [oci] section in /etc/osbuild-worker/osbuild-worker.toml. A pre-authenticated URL is reported back."),
        reportsLocation: true, downloadable: false, fields: [],
    },
];

const s3Fields = (generic: boolean): TargetField[] => [
    field("image_name", N_("Image name"), "text", false),
    field("region", N_("Region"), "text", true, generic ? undefined : check.awsRegion, { placeholder: "eu-central-1" }),
    field("accessKeyID", N_("Access key ID"), "secret", true, generic ? undefined : check.awsAccessKey),
    field("secretAccessKey", N_("Secret access key"), "secret", true),
    field("sessionToken", N_("Session token"), "secret", false),
    field("bucket", N_("Bucket"), "text", true, check.s3Bucket),
    field("key", N_("Object key"), "text", false, check.s3Key),
];

const WELDR: TargetDef[] = [
    {
        id: "weldr:local", api: "weldr", type: "local", label: N_("Keep on this host"),
        help: N_("The image stays with composer on this host; download it from the image's page."),
        reportsLocation: false, downloadable: true, fields: [],
    },
    {
        id: "weldr:aws", api: "weldr", type: "aws", label: N_("Amazon EC2 (AMI), with these credentials"),
        help: N_("The worker uploads the image to this S3 bucket with these keys and imports it as an AMI; the account needs the vmimport service role. Composer does not report the AMI id back; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [field("image_name", N_("AMI name"), "text", true), ...s3Fields(false).slice(1)],
    },
    {
        id: "weldr:aws.s3", api: "weldr", type: "aws.s3", label: N_("Amazon S3, with these credentials"),
        help: N_("The worker uploads the image to this S3 bucket with these keys. Composer does not report the URL back; the image is also kept for download."), reportsLocation: false, downloadable: true, fields: s3Fields(false),
    },
    {
        id: "weldr:generic.s3", api: "weldr", type: "generic.s3", label: N_("S3-compatible storage, with these credentials"),
        help: N_("The worker uploads the image to this S3-compatible endpoint with these keys; the CA bundle is a file on the worker host. Composer does not report the URL back; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            ...s3Fields(true),
            field("endpoint", N_("Endpoint URL"), "text", true, check.httpUrl, { placeholder: "https://minio.example.com:9000" }),
            field("ca_bundle", N_("CA bundle on the worker"), "text", false, check.absolutePath),
            field("skip_ssl_verification", N_("Skip TLS verification"), "boolean", false, undefined, { defaultValue: false }),
        ],
    },
    {
        id: "weldr:azure", api: "weldr", type: "azure", label: N_("Microsoft Azure storage, with these credentials"),
        help: N_("The worker uploads the VHD as a page blob into this storage account's container. Composer does not report where it went; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            field("image_name", N_("Blob name"), "text", true),
            field("storageAccount", N_("Storage account"), "text", true, check.azureStorageAccount),
            field("storageAccessKey", N_("Storage access key"), "secret", true),
            field("container", N_("Storage container"), "text", true, check.azureContainer),
        ],
    },
    {
        id: "weldr:gcp", api: "weldr", type: "gcp", label: N_("Google Cloud Platform, with these credentials"),
        help: N_("The service account key file is sent with the request, base64-encoded, and not kept; the account needs to write to the bucket and create images. Composer does not report the image back; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            field("image_name", N_("Image name"), "text", true, check.gcpImageName),
            field("region", N_("Region"), "text", true, check.gcpRegion),
            field("bucket", N_("Bucket"), "text", true, check.gcpBucket),
            field("object", N_("Object name"), "text", false),
            field("credentials", N_("Service account key (JSON file)"), "file", true, check.gcpCredentials, { secret: true, accept: ".json,application/json" }),
        ],
    },
    {
        id: "weldr:vmware", api: "weldr", type: "vmware", label: N_("VMware vSphere, with these credentials"),
        help: N_("The worker uploads the VMDK or OVA to this vCenter; the user needs to create virtual machines in the datastore and folder. Composer does not report where it went; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            field("image_name", N_("Image name"), "text", true),
            field("host", N_("Host"), "text", true, check.hostname, { placeholder: "vcenter.example.com" }),
            field("username", N_("User name"), "text", true),
            field("password", N_("Password"), "secret", true),
            field("datacenter", N_("Datacenter"), "text", true),
            field("cluster", N_("Cluster"), "text", true),
            field("datastore", N_("Datastore"), "text", true),
            field("folder", N_("Folder"), "text", false),
        ],
    },
    {
        id: "weldr:oci", api: "weldr", type: "oci", label: N_("Oracle Cloud Infrastructure, with these credentials"),
        help: N_("Uses an API signing key of the user: its PEM private key file and fingerprint, sent with the request and not kept. Composer does not report the image back; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            field("image_name", N_("Image name"), "text", true),
            field("tenancy", N_("Tenancy OCID"), "text", true, check.ocid("tenancy")),
            field("region", N_("Region"), "text", true, check.ociRegion, { placeholder: "eu-frankfurt-1" }),
            field("user", N_("User OCID"), "text", true, check.ocid("user")),
            field("bucket", N_("Bucket"), "text", true),
            field("namespace", N_("Namespace"), "text", true),
            field("private_key", N_("Private key (PEM file)"), "file", true, check.ociPrivateKey, { secret: true, accept: ".pem" }),
            field("fingerprint", N_("Key fingerprint"), "text", true, check.ociFingerprint),
            field("compartment", N_("Compartment OCID"), "text", true, check.ocid("compartment")),
        ],
    },
    {
        id: "weldr:container", api: "weldr", type: "container", label: N_("Container registry, with these credentials"),
        help: N_("The worker pushes the image to this registry reference with these credentials. Composer does not report the digest back; the image is also kept for download."), reportsLocation: false, downloadable: true,
        fields: [
            field("image_name", N_("Image reference"), "text", true, check.containerReference, { placeholder: "registry.example.com/org/image:tag" }),
            field("username", N_("User name"), "text", false),
            field("password", N_("Password"), "secret", false),
            field("tls_verify", N_("Verify TLS"), "boolean", false, undefined, { defaultValue: true }),
        ],
    },
];

export const TARGETS: readonly TargetDef[] = [...CLOUD, ...WELDR];
