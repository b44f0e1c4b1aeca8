// Upload targets of both APIs: which fit an image type (the Cloud API's enforced pairing table,
// reference §3.2; Weldr's conventions, §1.5), the problems in a filled-in target form, and the
// `upload_options` / Weldr `upload` object a form turns into. Pure.
import { canonicalImageType } from "./imageTypes";
import { type FieldProblem, type FieldValue, isFilled } from "./targetChecks";
import type { Check, TargetProblemCode } from "./targetChecks";
import { TARGETS } from "./targetFields";

export type { Check, FieldProblem, FieldValue, TargetProblemCode };
export { TARGETS };

export type TargetApi = "cloud" | "weldr";
export type FieldKind = "text" | "secret" | "number" | "boolean" | "select" | "list" | "file";

export interface TargetField {
    /** the key in upload_options, in Weldr `settings`, or "image_name" for Weldr's upload.image_name */
    key: string;
    /** untranslated label */
    label: string;
    kind: FieldKind;
    required: boolean;
    /** a password field (or a file of secrets): never stored, never logged */
    secret: boolean;
    /** runs on filled-in values only; "required" is checked apart */
    validate?: Check;
    /** select: the allowed values */
    options?: readonly string[];
    defaultValue?: FieldValue;
    placeholder?: string;
    /** file: the input's accept attribute */
    accept?: string;
}

export interface TargetDef {
    /** unique over both APIs: "cloud:aws", "weldr:generic.s3" */
    id: string;
    api: TargetApi;
    /** the wire name: Cloud upload target type, or Weldr upload provider ("local": no upload) */
    type: string;
    /** untranslated label */
    label: string;
    /** untranslated help: what the worker or the form needs, and what comes back */
    help: string;
    fields: TargetField[];
    /** whether the API reports where the image went (AMI id, URL, image name…) */
    reportsLocation: boolean;
    /** whether the image can be downloaded from the host afterwards */
    downloadable: boolean;
}

export type TargetValues = Record<string, FieldValue>;

export function targetById(id: string): TargetDef | undefined {
    return TARGETS.find(target => target.id === id);
}

const AWS_TYPES = ["aws", "aws-cvm", "aws-ha-rhui", "aws-rhui", "aws-sap-rhui"];
const GCP_TYPES = ["gcp", "gcp-rhui"];
const AZURE_TYPES = ["azure", "azure-cvm", "azure-eap7-rhui", "azure-rhui", "azure-sap-rhui", "azure-sapapps-rhui"];
const S3_TYPES = ["edge-commit", "edge-installer", "guest-image", "image-installer", "iot-commit", "iot-installer",
    "iot-raw-image", "iot-simplified-installer", "live-installer", "minimal-raw", "network-installer",
    "everything-network-installer", "server-network-installer", "pxe-tar-xz", "vsphere", "vsphere-ova", "wsl",
    "bootable-container-iso"];
const S3_ONLY = ["iot-simplified-installer", "bootable-container-iso"];

/** The Cloud target type `upload_options` goes to (composer's getDefaultTarget), or null for an unknown type */
export function defaultCloudTarget(imageType: string): string | null {
    if (AWS_TYPES.includes(imageType))
        return "aws";
    if (GCP_TYPES.includes(imageType))
        return "gcp";
    if (AZURE_TYPES.includes(imageType))
        return "azure";
    if (imageType === "edge-container" || imageType === "iot-container")
        return "container";
    if (imageType === "oci")
        return "oci.objectstorage";
    if (S3_TYPES.includes(imageType))
        return "aws.s3";
    return null;
}

/** The Cloud target types composer accepts in upload_targets for an image type (targetSupportMap), default first */
export function cloudTargetTypes(imageType: string): string[] {
    const main = defaultCloudTarget(imageType);
    if (main === null)
        return [];
    const noLocal = GCP_TYPES.includes(imageType) || imageType === "iot-container" || S3_ONLY.includes(imageType);
    return noLocal ? [main] : [main, "local"];
}

// Weldr does not check provider against image type; these are the conventions of §1.5 (what the
// worker can upload), with both Fedora's canonical names and the RHEL ones and their aliases.
const WELDR_UPLOAD_TYPES: Readonly<Record<string, readonly string[] | "any">> = {
    "aws": ["ami", "generic-ami", "edge-ami", "rhel-edge-ami"],
    "aws.s3": "any",
    "generic.s3": "any",
    "azure": ["vhd", "generic-vhd", "cloud-azure"],
    "gcp": ["gce", "cloud-gce"],
    "vmware": ["vmdk", "generic-vmdk", "ova", "generic-ova", "edge-vsphere", "rhel-edge-vsphere"],
    "oci": ["oci", "generic-oci"],
    "container": ["container", "generic-container", "container-minimal", "edge-container", "rhel-edge-container",
        "iot-container", "fedora-iot-container"],
};

function weldrFits(provider: string, imageType: string, distro: string): boolean {
    if (provider === "local")
        return true;
    const types = WELDR_UPLOAD_TYPES[provider];
    if (types === undefined)
        return false;
    return types === "any" || types.includes(imageType) || types.includes(canonicalImageType(imageType, distro));
}

/**
 * The targets offered for an image type: Cloud (imageType is a Cloud ImageTypes name) exactly as
 * composer's pairing table allows, default target first; Weldr (a Weldr name or alias) "keep on this
 * host" first, then the providers that fit by convention.
 */
export function targetsFor(api: TargetApi, imageType: string, distro = ""): TargetDef[] {
    if (api === "cloud") {
        const allowed = cloudTargetTypes(imageType);
        return allowed.map(type => TARGETS.find(target => target.api === "cloud" && target.type === type) as TargetDef);
    }
    return TARGETS.filter(target => target.api === "weldr" && weldrFits(target.type, imageType, distro));
}

/** Whether composer accepts this pairing (Cloud) or it is a known convention (Weldr) */
export function targetFits(target: TargetDef, imageType: string, distro = ""): boolean {
    return target.api === "cloud" ? cloudTargetTypes(imageType).includes(target.type) : weldrFits(target.type, imageType, distro);
}

export interface TargetProblem extends FieldProblem {
    /** the field's key */
    key: string;
}

/** Everything wrong with a filled-in target form, field by field; [] when it can be sent */
export function targetProblems(target: TargetDef, values: TargetValues): TargetProblem[] {
    const problems: TargetProblem[] = [];
    for (const field of target.fields) {
        const value = values[field.key];
        if (!isFilled(value)) {
            if (field.required)
                problems.push({ key: field.key, code: "required" });
            continue;
        }
        const found = kindProblem(field.kind, value) ?? valueProblem(field, value);
        if (found)
            problems.push({ key: field.key, ...found });
    }
    return problems;
}

function valueProblem(field: TargetField, value: FieldValue): FieldProblem | null {
    if (field.kind === "select" && !field.options?.includes(String(value)))
        return { code: "enum", params: { allowed: (field.options ?? []).join(", ") } };
    return field.validate ? field.validate(field.kind === "list" ? listOf(value) : value) : null;
}

/** A value of the wrong type for the field's kind (a form sends what its inputs hold; this guards the rest) */
function kindProblem(kind: FieldKind, value: FieldValue): FieldProblem | null {
    const ok = kind === "boolean" ? typeof value === "boolean"
        : kind === "number" ? typeof value === "number" || typeof value === "string"
            : kind === "list" ? typeof value === "string" || (Array.isArray(value) && value.every(item => typeof item === "string"))
                : typeof value === "string";
    const expected = kind === "boolean" ? "boolean" : kind === "list" ? "list" : kind === "number" ? "integer" : "string";
    return ok ? null : { code: "wrong-type", params: { expected } };
}

function listOf(value: FieldValue): string[] {
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : [];
    return items.filter((item): item is string => typeof item === "string").map(item => item.trim()).filter(item => item !== "");
}

function wireValue(field: TargetField, value: FieldValue): FieldValue {
    if (field.kind === "list")
        return listOf(value);
    // secrets and file contents go as typed: a password may end in a space
    return typeof value === "string" && (field.kind === "text" || field.kind === "select") ? value.trim() : value;
}

/** The Cloud `upload_options` of a valid form: empty fields left out (aws always carries share_with_accounts) */
export function cloudUploadOptions(target: TargetDef, values: TargetValues): Record<string, unknown> {
    const options: Record<string, unknown> = {};
    for (const field of target.fields) {
        const value = values[field.key] ?? field.defaultValue;
        if (isFilled(value))
            options[field.key] = wireValue(field, value);
    }
    // AWSEC2UploadOptions requires share_with_accounts; {region} alone only passes as AWSS3UploadOptions
    if (target.type === "aws" && !options.share_with_accounts)
        options.share_with_accounts = [];
    return options;
}

export interface WeldrUpload {
    provider: string;
    image_name: string;
    settings: Record<string, unknown>;
}

/** Base64 of a text's UTF-8 bytes (Weldr's gcp credentials) */
export function base64Text(textValue: string): string {
    let binary = "";
    for (const byte of new TextEncoder().encode(textValue))
        binary += String.fromCharCode(byte);
    return btoa(binary);
}

/** The Weldr compose `upload` object of a valid form; null for "keep on this host" */
export function weldrUpload(target: TargetDef, values: TargetValues): WeldrUpload | null {
    if (target.type === "local")
        return null;
    const settings: Record<string, unknown> = {};
    let imageName = "";
    for (const field of target.fields) {
        const value = values[field.key] ?? field.defaultValue;
        if (!isFilled(value))
            continue;
        const wire = wireValue(field, value);
        if (field.key === "image_name")
            imageName = String(wire);
        else if (target.type === "gcp" && field.key === "credentials")
            settings.credentials = base64Text(String(value));
        else
            settings[field.key] = wire;
    }
    return { provider: target.type, image_name: imageName, settings };
}

/** The form values without the secrets, for remembering a target's last settings */
export function withoutSecrets(target: TargetDef, values: TargetValues): TargetValues {
    const kept: TargetValues = {};
    for (const field of target.fields) {
        if (!field.secret && values[field.key] !== undefined)
            kept[field.key] = values[field.key];
    }
    return kept;
}
