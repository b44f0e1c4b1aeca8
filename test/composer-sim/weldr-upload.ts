// The `upload` of a Weldr compose request: per-provider settings decoding
// (JSON keys case-insensitive, like Go), and the echo without secrets that
// compose status/info return under `uploads`.

import { randomUUID } from "node:crypto";

import { isRecord } from "./blueprint";
import type { QueueStatus, WeldrUpload } from "./model";

const S3: Record<string, "s" | "b"> = { region: "s", accessKeyID: "s", secretAccessKey: "s", sessionToken: "s", bucket: "s", key: "s", endpoint: "s", ca_bundle: "s", skip_ssl_verification: "b" };

/** settings fields per provider: "s" string, "b" bool. */
const PROVIDERS: Record<string, Record<string, "s" | "b">> = {
    aws: { region: "s", accessKeyID: "s", secretAccessKey: "s", sessionToken: "s", bucket: "s", key: "s" },
    "aws.s3": S3,
    "generic.s3": S3,
    azure: { storageAccount: "s", storageAccessKey: "s", container: "s" },
    gcp: { region: "s", bucket: "s", object: "s", credentials: "s" },
    vmware: { host: "s", username: "s", password: "s", datacenter: "s", cluster: "s", datastore: "s", folder: "s" },
    oci: { tenancy: "s", region: "s", user: "s", bucket: "s", namespace: "s", private_key: "s", fingerprint: "s", compartment: "s" },
    container: { username: "s", password: "s", tls_verify: "b" },
};

/** A key of `obj` matched case-insensitively, as encoding/json does. */
export function ciGet(obj: Record<string, unknown>, key: string): unknown {
    if (key in obj)
        return obj[key];
    const lower = key.toLowerCase();
    const found = Object.keys(obj).find(k => k.toLowerCase() === lower);
    return found === undefined ? undefined : obj[found];
}

/** Decoded upload settings with every field present ("" / false / undefined for tls_verify). */
export interface DecodedUpload {
    provider: string;
    imageName: string;
    settings: Record<string, string | boolean | undefined>;
}

/** Decodes `upload`; undefined when Go's decoder would fail (unknown provider, wrong types). */
export function decodeUpload(raw: unknown): DecodedUpload | undefined {
    if (!isRecord(raw))
        return undefined;
    const provider = ciGet(raw, "provider");
    const imageName = ciGet(raw, "image_name") ?? "";
    const settings = ciGet(raw, "settings");
    if (typeof provider !== "string" || typeof imageName !== "string")
        return undefined;
    const fields = PROVIDERS[provider];
    if (!fields || settings === undefined || (settings !== null && !isRecord(settings)))
        return undefined;
    const out: DecodedUpload["settings"] = {};
    for (const [field, kind] of Object.entries(fields)) {
        const v = settings === null ? undefined : ciGet(settings, field);
        if (v === undefined || v === null) {
            out[field] = kind === "b" ? (field === "tls_verify" ? undefined : false) : "";
        } else if ((kind === "s" && typeof v !== "string") || (kind === "b" && typeof v !== "boolean")) {
            return undefined;
        } else {
            out[field] = v as string | boolean;
        }
    }
    return { provider, imageName, settings: out };
}

/** The stored upload: provider name as reported back, defaults applied, secrets dropped. */
export function storedUpload(u: DecodedUpload, now: number): WeldrUpload {
    const s = u.settings;
    const str = (k: string): string => (typeof s[k] === "string" ? s[k] as string : "");
    let settings: Record<string, unknown>;
    let provider = u.provider;
    switch (u.provider) {
    case "aws":
        settings = { region: str("region"), bucket: str("bucket"), key: str("key") || `composer-api-${randomUUID()}` };
        break;
    case "aws.s3":
    case "generic.s3":
        provider = "aws.s3";
        settings = {
            region: str("region"), bucket: str("bucket"), key: str("key") || `composer-api-${randomUUID()}`,
            endpoint: "", ca_bundle: "", skip_ssl_verification: false,
        };
        break;
    case "azure":
        settings = { container: str("container") };
        break;
    case "gcp": {
        let object = str("object") || `composer-api-${randomUUID()}`;
        if (!object.endsWith(".tar.gz"))
            object += ".tar.gz";
        settings = { region: str("region"), bucket: str("bucket"), object };
        break;
    }
    case "vmware":
        settings = {
            host: str("host"), username: "", password: "", datacenter: str("datacenter"),
            cluster: str("cluster"), datastore: str("datastore"), folder: "",
        };
        break;
    case "oci":
        settings = { tenancy: str("tenancy"), region: str("region"), user: str("user"), bucket: str("bucket"), namespace: str("namespace"), compartment: str("compartment") };
        break;
    default:
        settings = s.tls_verify === undefined ? {} : { tls_verify: s.tls_verify };
    }
    return { uuid: randomUUID(), provider_name: provider, image_name: u.imageName, creation_time: now, settings };
}

/** The `uploads` list of a compose entry (oci and container uploads are not listed). */
export function uploadResponses(upload: WeldrUpload | undefined, state: QueueStatus): Record<string, unknown>[] {
    if (!upload || upload.provider_name === "oci" || upload.provider_name === "container")
        return [];
    return [{
        uuid: upload.uuid,
        status: state,
        provider_name: upload.provider_name,
        image_name: upload.image_name,
        creation_time: upload.creation_time,
        settings: upload.settings,
    }];
}
