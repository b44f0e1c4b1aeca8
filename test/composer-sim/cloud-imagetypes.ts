// Cloud API image types and upload targets: which internal image type a
// Cloud `image_type` means for a distro and arch, the default target type of
// `upload_options` (getDefaultTarget) and the allowed `upload_targets`
// (targetSupportMap, error 38), as reference §3.2 tabulates them.

import type { CloudUploadType } from "./model";
import { CLOUD_IMAGE_TYPES, allDistros, allTypesFor, canonicalType, normalizeDistro } from "./imageTypes";

const CLOUD_UPLOAD_TYPES: readonly CloudUploadType[] = ["aws", "aws.s3", "gcp", "azure", "container", "oci.objectstorage", "local"];

export function isUploadType(v: unknown): v is CloudUploadType {
    return typeof v === "string" && (CLOUD_UPLOAD_TYPES as readonly string[]).includes(v);
}

interface TargetRule {
    default: CloudUploadType;
    allowed: readonly CloudUploadType[];
}

const AWS: TargetRule = { default: "aws", allowed: ["aws", "local"] };
const GCP: TargetRule = { default: "gcp", allowed: ["gcp"] };
const AZURE: TargetRule = { default: "azure", allowed: ["azure", "local"] };
const S3: TargetRule = { default: "aws.s3", allowed: ["aws.s3", "local"] };
const S3_ONLY: TargetRule = { default: "aws.s3", allowed: ["aws.s3"] };

const TARGETS: Record<string, TargetRule> = {
    aws: AWS,
    "aws-cvm": AWS,
    "aws-ha-rhui": AWS,
    "aws-rhui": AWS,
    "aws-sap-rhui": AWS,
    gcp: GCP,
    "gcp-rhui": GCP,
    azure: AZURE,
    "azure-cvm": AZURE,
    "azure-eap7-rhui": AZURE,
    "azure-rhui": AZURE,
    "azure-sap-rhui": AZURE,
    "azure-sapapps-rhui": AZURE,
    "edge-container": { default: "container", allowed: ["container", "local"] },
    "iot-container": { default: "container", allowed: ["container"] },
    oci: { default: "oci.objectstorage", allowed: ["oci.objectstorage", "local"] },
    "edge-commit": S3,
    "edge-installer": S3,
    "guest-image": S3,
    "image-installer": S3,
    "iot-commit": S3,
    "iot-installer": S3,
    "iot-raw-image": S3,
    "iot-simplified-installer": S3_ONLY,
    "live-installer": S3,
    "minimal-raw": S3,
    "network-installer": S3,
    "everything-network-installer": S3,
    "server-network-installer": S3,
    "pxe-tar-xz": S3,
    vsphere: S3,
    "vsphere-ova": S3,
    wsl: S3,
    "bootable-container-iso": S3_ONLY,
};

/** The target type `upload_options` stands for, or undefined (composer: error 6). */
export function defaultTarget(cloudType: string): CloudUploadType | undefined {
    return TARGETS[cloudType]?.default;
}

/** Whether `upload_targets[].type` may be used with `cloudType` (else error 38). */
export function targetAllowed(cloudType: string, target: CloudUploadType): boolean {
    return TARGETS[cloudType]?.allowed.includes(target) ?? false;
}

/**
 * The distro a Cloud API `distribution` names: distroidparser's normalisation
 * ("rhel-96" → "rhel-9.6") plus major-only aliases ("rhel-9" → the newest
 * rhel-9.x the stand-in knows, as composer's distro_aliases map them to the
 * newest minor). undefined for an unknown distro (error 4).
 */
export function resolveDistro(name: string): string | undefined {
    if (!name)
        return undefined;
    const normalized = normalizeDistro(name);
    const known = allDistros();
    if (known.includes(normalized))
        return normalized;
    const m = /^(rhel|centos|fedora)-(\d+)$/.exec(normalized);
    if (!m)
        return undefined;
    const minors = known
            .filter(d => d.startsWith(`${m[1]}-${m[2]}.`))
            .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]));
    return minors[minors.length - 1];
}

/** Arches the distro has image types for. */
export function archesOf(distro: string): string[] {
    return ["aarch64", "ppc64le", "riscv64", "s390x", "x86_64"].filter(a => allTypesFor(distro, a).length > 0);
}

/**
 * The canonical internal image type a Cloud `image_type` builds for
 * `distro`/`arch` (imageTypeFromApiImageType, then the distro's aliases; the
 * Cloud API has no deny list), or undefined (error 6).
 */
export function internalImageType(distro: string, arch: string, cloudType: string): string | undefined {
    const internal = CLOUD_IMAGE_TYPES[cloudType];
    if (internal === undefined)
        return undefined;
    const canonical = canonicalType(distro, internal);
    if (canonical === undefined || !allTypesFor(distro, arch).includes(canonical))
        return undefined;
    return canonical;
}
