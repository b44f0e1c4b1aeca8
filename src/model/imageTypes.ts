// Image types in both APIs: labels, extensions, default sizes, OSTree options, and the mapping
// between Weldr canonical names and the Cloud API's `image_type` enum per distro family
// (reference composer-api.md §3.2 and §5, image-types.md). Pure.
import { FEDORA_SIZES_GIB, IMAGE_TYPE_INFO, OSTREE_TYPES } from "./imageTypeLabels";

const GIB = 1024 ** 3;

/** Whole GiB (or fractions) to bytes, as both APIs take `size` */
export function gibToBytes(gib: number): number {
    return Math.round(gib * GIB);
}

/** Bytes to GiB for display; not rounded */
export function bytesToGib(bytes: number): number {
    return bytes / GIB;
}

/** An untranslated English label (the UI wraps it in _()); unknown types keep their raw name */
export function imageTypeLabel(name: string): string {
    return Object.hasOwn(IMAGE_TYPE_INFO, name) ? IMAGE_TYPE_INFO[name].label : name;
}

/** The artifact's file name extension with its dot (".qcow2", ".raw.xz"), "" when unknown */
export function imageTypeExtension(name: string): string {
    return Object.hasOwn(IMAGE_TYPE_INFO, name) ? IMAGE_TYPE_INFO[name].extension : "";
}

/** The disk size the UI proposes, in bytes; 0 when the type has no disk (installers, archives) or is unknown */
export function defaultSizeBytes(name: string, distro = ""): number {
    if (distroFamily(distro) === "fedora" && Object.hasOwn(FEDORA_SIZES_GIB, name))
        return gibToBytes(FEDORA_SIZES_GIB[name]);
    return Object.hasOwn(IMAGE_TYPE_INFO, name) ? gibToBytes(IMAGE_TYPE_INFO[name].sizeGiB) : 0;
}

export type OstreeSupport = "none" | "optional" | "url";

/** Whether a type takes ostree {ref, parent, url}: "url" when composer needs ostree.url to build it */
export function ostreeSupport(name: string): OstreeSupport {
    return Object.hasOwn(OSTREE_TYPES, name) ? OSTREE_TYPES[name] : "none";
}

export function takesOstree(name: string): boolean {
    return ostreeSupport(name) !== "none";
}

/** The Cloud API ImageTypes enum, in the spec's order */
export const CLOUD_IMAGE_TYPES = [
    "aws", "aws-cvm", "aws-ha-rhui", "aws-rhui", "aws-sap-rhui", "azure", "azure-cvm", "azure-eap7-rhui",
    "azure-rhui", "azure-sapapps-rhui", "azure-sap-rhui", "bootable-container-iso", "edge-commit",
    "edge-container", "edge-installer", "gcp", "gcp-rhui", "guest-image", "image-installer", "iot-commit",
    "iot-container", "iot-installer", "iot-raw-image", "iot-simplified-installer", "live-installer",
    "minimal-raw", "network-installer", "everything-network-installer", "server-network-installer", "oci",
    "pxe-tar-xz", "vsphere", "vsphere-ova", "wsl",
] as const;

export type CloudImageType = typeof CLOUD_IMAGE_TYPES[number];

export function isCloudImageType(name: string): name is CloudImageType {
    return (CLOUD_IMAGE_TYPES as readonly string[]).includes(name);
}

// composer's imageTypeFromApiImageType; types not listed keep their name
const CLOUD_TO_INTERNAL: Readonly<Record<string, string>> = {
    "aws": "ami", "aws-rhui": "ec2", "aws-cvm": "ec2-cvm", "aws-ha-rhui": "ec2-ha", "aws-sap-rhui": "ec2-sap",
    "gcp": "gce", "gcp-rhui": "gce-rhui", "azure": "vhd", "guest-image": "qcow2", "vsphere": "vmdk", "vsphere-ova": "ova",
    "bootable-container-iso": "bootc-generic-iso", "edge-commit": "rhel-edge-commit",
    "edge-container": "rhel-edge-container", "edge-installer": "rhel-edge-installer",
};

export type DistroFamily = "fedora" | "rhel-8" | "rhel-9" | "rhel-10" | "centos-9" | "centos-10" | "unknown";

/** "fedora-43" → fedora, "rhel-9.6"/"rhel-9" → rhel-9, "rhel-810" → rhel-8, "centos-10" → centos-10 */
export function distroFamily(distro: string): DistroFamily {
    const match = /^(fedora|rhel|centos)-(\d+)/.exec(distro);
    if (!match)
        return "unknown";
    if (match[1] === "fedora")
        return "fedora";
    const major = match[1] === "rhel" && match[2].length > 2 ? match[2].slice(0, -2) : match[2];
    const family = `${match[1]}-${major}`;
    return (["rhel-8", "rhel-9", "rhel-10", "centos-9", "centos-10"] as string[]).includes(family) ? family as DistroFamily : "unknown";
}

// alias → canonical name per family (image-builder distro definitions, reference §5)
const FEDORA_ALIASES: Readonly<Record<string, string>> = {
    "qcow2": "generic-qcow2", "guest-image": "generic-qcow2", "ami": "generic-ami", "aws": "generic-ami",
    "vhd": "generic-vhd", "azure": "generic-vhd", "vmdk": "generic-vmdk", "vsphere": "generic-vmdk",
    "ova": "generic-ova", "vsphere-ova": "generic-ova", "oci": "generic-oci", "openstack": "generic-openstack",
    "container": "generic-container", "wsl": "generic-wsl", "gcp": "cloud-gce", "gce": "cloud-gce",
    "image-installer": "minimal-installer", "fedora-image-installer": "minimal-installer",
    "live-installer": "workstation-live-installer", "minimal-raw": "minimal-raw-xz",
    "iot-raw-image": "iot-raw-xz", "fedora-iot-raw-image": "iot-raw-xz", "fedora-iot-commit": "iot-commit",
    "fedora-iot-container": "iot-container", "fedora-iot-installer": "iot-installer", "iot-qcow2-image": "iot-qcow2",
    "netinst": "everything-network-installer",
};
const RHEL_ALIASES: Readonly<Record<string, string>> = {
    "guest-image": "qcow2", "aws": "ami", "gcp": "gce", "vsphere": "vmdk", "vsphere-ova": "ova",
    "rhel-edge-commit": "edge-commit", "rhel-edge-container": "edge-container", "rhel-edge-installer": "edge-installer",
    "rhel-edge-raw-image": "edge-raw-image", "rhel-edge-simplified-installer": "edge-simplified-installer",
    "rhel-edge-ami": "edge-ami", "rhel-edge-vsphere": "edge-vsphere",
};

/** The canonical Weldr name of a type name or alias, as compose/types and compose_type report it */
export function canonicalImageType(name: string, distro: string): string {
    const family = distroFamily(distro);
    const aliases = family === "fedora" ? FEDORA_ALIASES : family === "unknown" ? {} : RHEL_ALIASES;
    if (family === "rhel-9" && name === "gce-rhui")
        return "gce";
    return Object.hasOwn(aliases, name) ? aliases[name] : name;
}

const RHEL_10 = ["aws", "aws-rhui", "aws-cvm", "aws-ha-rhui", "aws-sap-rhui", "gcp", "azure", "azure-cvm", "azure-rhui",
    "azure-sap-rhui", "azure-sapapps-rhui", "guest-image", "vsphere", "vsphere-ova", "image-installer", "network-installer",
    "oci", "pxe-tar-xz", "wsl"];
const RHEL_9 = [...RHEL_10, "gcp-rhui", "edge-commit", "edge-container", "edge-installer", "minimal-raw"];
const RHEL_ONLY = /-rhui$|-cvm$/;

// Cloud image types each distro family can build (reference §5, last paragraph). CentOS is not in the
// reference: taken as its RHEL major without the RHUI and confidential-VM types (unverified).
const CLOUD_TYPES_BY_FAMILY: Readonly<Record<DistroFamily, readonly string[]>> = {
    "fedora": ["aws", "guest-image", "azure", "gcp", "vsphere", "vsphere-ova", "image-installer", "live-installer",
        "minimal-raw", "iot-commit", "iot-container", "iot-installer", "iot-raw-image", "iot-simplified-installer",
        "everything-network-installer", "server-network-installer", "oci", "pxe-tar-xz", "wsl"],
    "rhel-10": RHEL_10,
    "rhel-9": RHEL_9,
    "rhel-8": [...RHEL_9, "azure-eap7-rhui"].filter(type => !["aws-cvm", "azure-cvm", "azure-sapapps-rhui", "pxe-tar-xz"].includes(type)),
    "centos-9": RHEL_9.filter(type => !RHEL_ONLY.test(type)),
    "centos-10": RHEL_10.filter(type => !RHEL_ONLY.test(type)),
    "unknown": [],
};

// hidden from Weldr's compose/types by the default deny list on rhel-*, still buildable through the Cloud API
const RHEL_DENIED = ["azure-eap7-rhui", "azure-rhui", "azure-sap-rhui", "ec2", "ec2-ha", "ec2-sap", "gce-rhui"];

/** The canonical Weldr name a Cloud image type builds on this distro, or null when it cannot be built there */
export function weldrNameForCloud(cloudType: string, distro: string): string | null {
    if (!CLOUD_TYPES_BY_FAMILY[distroFamily(distro)].includes(cloudType))
        return null;
    return canonicalImageType(CLOUD_TO_INTERNAL[cloudType] ?? cloudType, distro);
}

/** The Cloud API image_type that builds this Weldr type (canonical or alias) on this distro, or null */
export function cloudNameForWeldr(weldrType: string, distro: string): CloudImageType | null {
    const canonical = canonicalImageType(weldrType, distro);
    for (const cloudType of CLOUD_TYPES_BY_FAMILY[distroFamily(distro)]) {
        if (weldrNameForCloud(cloudType, distro) === canonical)
            return cloudType as CloudImageType;
    }
    return null;
}

/**
 * Cloud image types for a distro; with `weldrTypes` (the distro's compose/types for the chosen
 * architecture) only those whose Weldr type is in that list, or deny-listed on RHEL x86_64.
 */
export function cloudImageTypes(distro: string, weldrTypes?: readonly string[], arch = "x86_64"): CloudImageType[] {
    const family = distroFamily(distro);
    return CLOUD_TYPES_BY_FAMILY[family].filter(cloudType => {
        if (!weldrTypes)
            return true;
        const weldr = weldrNameForCloud(cloudType, distro) ?? "";
        return weldrTypes.includes(weldr) || (family.startsWith("rhel") && arch === "x86_64" && RHEL_DENIED.includes(weldr));
    }) as CloudImageType[];
}
