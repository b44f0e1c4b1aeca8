// Checks for upload target fields: each takes a field's non-empty value and returns a problem
// code (the UI words it) or null. The rules are the clouds' own naming rules, so a form refuses
// what the service would refuse, at the field, before sending. Pure.
import type { ProblemCode } from "./validation/types";

export type FieldValue = string | number | boolean | string[] | undefined;

export type TargetProblemCode =
    | Extract<ProblemCode, "required" | "url" | "hostname" | "enum" | "absolute-path" | "not-integer" | "range" | "wrong-type">
    | "aws-region"            // not like us-east-1, eu-central-1, us-gov-west-1
    | "aws-account-id"        // not 12 digits (params.index: which entry)
    | "aws-access-key"        // not 16–128 upper-case letters and digits
    | "s3-bucket"             // params.reason: length | characters | edges | dots | ip | prefix | suffix
    | "s3-key"                // an object key longer than 1024 bytes
    | "gcp-region"            // not a GCP location like us-central1, europe-west3, eu, nam4
    | "gcp-bucket"            // params.reason as s3-bucket, plus "google"
    | "gcp-image-name"        // not [a-z]([-a-z0-9]{0,61}[a-z0-9])?
    | "gcp-share-account"     // not user:/serviceAccount:/group:<email> or domain:<domain> (params.index)
    | "gcp-credentials"       // not a service account JSON with type, project_id, private_key (params.reason: json | field)
    | "uuid"                  // not a UUID like 5c7ef5b6-1c3f-4da0-a622-0b060239d7d7
    | "azure-resource-group"  // not 1–90 letters, digits, _ . ( ) -, or ends with a dot
    | "azure-location"        // not lower-case letters and digits like westeurope
    | "azure-image-name"      // not 1–80 letters, digits, _ . -, starting alphanumeric, ending alphanumeric or _
    | "azure-storage-account" // not 3–24 lower-case letters and digits
    | "azure-container"       // not 3–63 lower-case letters, digits, single hyphens
    | "container-name"        // not a repository like registry.example.com/org/image
    | "container-tag"         // not [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
    | "container-reference"   // not registry/name[:tag]
    | "oci-private-key"       // not a PEM private key
    | "oci-fingerprint"       // not 16 colon-separated hex pairs
    | "oci-ocid"              // not an OCID like ocid1.tenancy.oc1..aaaa (params.kind)
    | "oci-region"            // not like us-ashburn-1
    | "koji-name"             // a Koji package name with characters Koji does not allow
    | "koji-version"          // a Koji version or release with "-" or other disallowed characters
    | "refused";              // composer refused the request here (params.message: its own words)

export interface FieldProblem {
    code: TargetProblemCode;
    params?: Record<string, string | number>;
}

export type Check = (value: FieldValue) => FieldProblem | null;

const problem = (code: TargetProblemCode, params?: Record<string, string | number>): FieldProblem => (params ? { code, params } : { code });

/** A check on text: other value types are a wrong-type problem */
const text = (test: (value: string) => FieldProblem | null): Check => value =>
    typeof value === "string" ? test(value.trim()) : problem("wrong-type", { expected: "string" });

const pattern = (regexp: RegExp, code: TargetProblemCode, params?: Record<string, string>): Check =>
    text(value => regexp.test(value) ? null : problem(code, params));

/** Each entry of a list (or of one text) checked alone; the first bad one is reported with its index */
const each = (check: Check): Check => value => {
    const items = Array.isArray(value) ? value : [value];
    for (let index = 0; index < items.length; index++) {
        const found = check(items[index]);
        if (found)
            return { code: found.code, params: { ...found.params, index } };
    }
    return null;
};

export const awsRegion = pattern(/^[a-z]{2}(-gov)?-[a-z]+-\d$/, "aws-region");
export const awsAccountIds = each(pattern(/^\d{12}$/, "aws-account-id"));
export const awsAccessKey = pattern(/^[A-Z0-9]{16,128}$/, "aws-access-key");
export const s3Key = text(value => new TextEncoder().encode(value).length <= 1024 ? null : problem("s3-key"));

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html (general purpose buckets)
export const s3Bucket = text(value => {
    const reason = value.length < 3 || value.length > 63 ? "length"
        : !/^[a-z0-9.-]+$/.test(value) ? "characters"
            : !/^[a-z0-9].*[a-z0-9]$/.test(value) ? "edges"
                : value.includes("..") ? "dots"
                    : IPV4.test(value) ? "ip"
                        : /^(xn--|sthree-|amzn-s3-demo-)/.test(value) ? "prefix"
                            : /(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(value) ? "suffix" : "";
    return reason ? problem("s3-bucket", { reason }) : null;
});

// https://cloud.google.com/storage/docs/buckets#naming
export const gcpBucket = text(value => {
    const reason = value.length < 3 || value.length > 222 || value.split(".").some(part => part.length > 63) ? "length"
        : !/^[a-z0-9._-]+$/.test(value) ? "characters"
            : !/^[a-z0-9].*[a-z0-9]$/.test(value) ? "edges"
                : value.includes("..") ? "dots"
                    : IPV4.test(value) ? "ip"
                        : value.startsWith("goog") ? "prefix"
                            : /g[o0][o0]gle/.test(value) ? "google" : "";
    return reason ? problem("gcp-bucket", { reason }) : null;
});

export const gcpRegion = pattern(/^[a-z]+\d*(-[a-z]+\d+)?$/, "gcp-region");
export const gcpImageName = pattern(/^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/, "gcp-image-name");
export const gcpShareAccounts = each(pattern(/^((user|serviceAccount|group):[^@\s]+@[^@\s]+\.[^@\s]+|domain:[a-z0-9-]+(\.[a-z0-9-]+)+)$/, "gcp-share-account"));

/** A service-account key file as the Google SDK reads it */
export const gcpCredentials = text(value => {
    let parsed: unknown;
    try {
        parsed = JSON.parse(value);
    } catch {
        return problem("gcp-credentials", { reason: "json" });
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        return problem("gcp-credentials", { reason: "json" });
    for (const field of ["type", "project_id", "private_key"]) {
        const found = (parsed as Record<string, unknown>)[field];
        if (typeof found !== "string" || found === "")
            return problem("gcp-credentials", { reason: "field", field });
    }
    return null;
});

export const uuid = pattern(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, "uuid");
export const azureResourceGroup = text(value =>
    /^[\p{L}\p{N}_.()-]{1,90}$/u.test(value) && !value.endsWith(".") ? null : problem("azure-resource-group"));
export const azureLocation = pattern(/^[a-z0-9]+$/, "azure-location");
export const azureImageName = pattern(/^[A-Za-z0-9]([A-Za-z0-9_.-]{0,78}[A-Za-z0-9_])?$/, "azure-image-name");
export const azureStorageAccount = pattern(/^[a-z0-9]{3,24}$/, "azure-storage-account");
export const azureContainer = text(value =>
    /^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/.test(value) && !value.includes("--") ? null : problem("azure-container"));

// distribution/reference grammar: path components, an optional registry host[:port] in front
const COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
const REGISTRY = "(?:localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+|\\[[0-9A-Fa-f:]+\\])(?::\\d{1,5})?";
const TAG = "[\\w][\\w.-]{0,127}";
export const containerName = pattern(new RegExp(`^(?:${REGISTRY}/)?${COMPONENT}(?:/${COMPONENT})*$`), "container-name");
export const containerTag = pattern(new RegExp(`^${TAG}$`), "container-tag");
/** What Weldr's container upload pushes to: a registry is required, the tag optional */
export const containerReference = pattern(new RegExp(`^${REGISTRY}/${COMPONENT}(?:/${COMPONENT})*(?::${TAG})?$`), "container-reference");

export const hostname = pattern(new RegExp(`^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*|\\[[0-9A-Fa-f:.]+\\])(?::\\d{1,5})?$`), "hostname");
export const httpUrl = text(value => {
    try {
        const url = new URL(value);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? null : problem("url", { schemes: "http, https" });
    } catch {
        return problem("url", { schemes: "http, https" });
    }
});
export const absolutePath = pattern(/^\//, "absolute-path");

export const ociPrivateKey = text(value =>
    /^-----BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY-----\r?\n[\s\S]+\r?\n-----END (RSA |EC |ENCRYPTED )?PRIVATE KEY-----$/.test(value) ? null : problem("oci-private-key"));
export const ociFingerprint = pattern(/^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/, "oci-fingerprint");
export const ociRegion = pattern(/^[a-z]{2,3}(-[a-z]+)+-\d+$/, "oci-region");
export const ocid = (kind: string): Check => pattern(new RegExp(`^ocid1\\.${kind}\\.[a-z0-9-]+\\.[a-z0-9-]*\\.[a-z0-9]+$`), "oci-ocid", { kind });

/** Whether a value counts as filled in: "", whitespace, [] and undefined do not; false and 0 do */
export function isFilled(value: FieldValue): boolean {
    if (value === undefined)
        return false;
    if (typeof value === "string")
        return value.trim() !== "";
    if (Array.isArray(value))
        return value.some(item => typeof item !== "string" || item.trim() !== "");
    return true;
}
