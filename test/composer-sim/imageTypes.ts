// Image types per distro and arch, as osbuild-composer reports them, embedded
// as data (from reference/image-types.md and composer-api.md §5). The stand-in
// never reads ../shared at run time.

export const ARCHES = ["aarch64", "ppc64le", "riscv64", "s390x", "x86_64"] as const;

type ArchLists = Partial<Record<string, string>>;

const FEDORA: ArchLists = {
    aarch64: "budgie-atomic-installer cloud-azure cloud-ec2 cloud-gce cloud-qcow2 cosmic-atomic-installer everything-network-installer generic-ami generic-container generic-oci generic-openstack generic-qcow2 generic-vagrant-libvirt iot-commit iot-container iot-installer iot-qcow2 iot-raw-xz iot-simplified-installer kinoite-installer kinoite-qcow2 kinoite-raw-xz minimal-installer minimal-raw-xz minimal-raw-zst pxe-tar-xz server-network-installer server-qcow2 silverblue-installer silverblue-qcow2 silverblue-raw-xz sway-atomic-installer workstation-live-installer",
    ppc64le: "cloud-qcow2 everything-network-installer generic-container generic-qcow2 server-network-installer server-qcow2",
    riscv64: "generic-container minimal-raw-xz minimal-raw-zst",
    s390x: "cloud-qcow2 everything-network-installer generic-container generic-qcow2 server-network-installer server-qcow2",
    x86_64: "budgie-atomic-installer cloud-azure cloud-ec2 cloud-gce cloud-qcow2 cosmic-atomic-installer everything-network-installer generic-ami generic-container generic-oci generic-openstack generic-ova generic-qcow2 generic-vagrant-libvirt generic-vagrant-virtualbox generic-vhd generic-vmdk generic-wsl iot-commit iot-container iot-installer iot-qcow2 iot-raw-xz iot-simplified-installer kinoite-installer kinoite-qcow2 kinoite-raw-xz minimal-installer minimal-raw-xz minimal-raw-zst pxe-tar-xz server-network-installer server-qcow2 silverblue-installer silverblue-qcow2 silverblue-raw-xz sway-atomic-installer workstation-live-installer",
};

const RHEL8: ArchLists = {
    aarch64: "ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer image-installer minimal-raw network-installer openstack qcow2 tar vhd wsl",
    ppc64le: "qcow2 tar",
    s390x: "qcow2 tar",
    x86_64: "ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer gce image-installer minimal-raw network-installer oci openstack ova qcow2 tar vhd vmdk wsl",
};

const RHEL9: ArchLists = {
    aarch64: "ami edge-ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer edge-vsphere image-installer minimal-raw network-installer openstack pxe-tar-xz qcow2 tar vagrant-libvirt vhd wsl",
    ppc64le: "network-installer qcow2 tar",
    s390x: "network-installer qcow2 tar",
    x86_64: "ami azure-cvm azure-sapapps-rhui ec2-cvm edge-ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer edge-vsphere gce image-installer minimal-raw network-installer oci openstack ova pxe-tar-xz qcow2 tar vagrant-libvirt vagrant-virtualbox vhd vmdk wsl",
};

const RHEL10: ArchLists = {
    aarch64: "ami image-installer minimal-raw-xz network-installer pxe-tar-xz qcow2 tar vagrant-libvirt vhd wsl",
    ppc64le: "network-installer qcow2 tar",
    s390x: "network-installer qcow2 tar",
    x86_64: "ami azure-cvm azure-sapapps-rhui ec2-cvm gce image-installer minimal-raw-xz network-installer oci ova pxe-tar-xz qcow2 tar vagrant-libvirt vagrant-virtualbox vhd vmdk wsl",
};

const CENTOS9: ArchLists = {
    aarch64: "ami azure container container-minimal ec2 edge-ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer edge-vsphere image-installer minimal-raw network-installer openstack pxe-tar-xz qcow2 tar vagrant-libvirt vhd wsl",
    ppc64le: "container container-minimal network-installer qcow2 tar",
    s390x: "container container-minimal network-installer qcow2 tar",
    x86_64: "ami azure container container-minimal ec2 edge-ami edge-commit edge-container edge-installer edge-raw-image edge-simplified-installer edge-vsphere gce image-installer minimal-raw network-installer oci openstack ova pxe-tar-xz qcow2 tar vagrant-libvirt vagrant-virtualbox vhd vmdk wsl",
};

const CENTOS10: ArchLists = {
    aarch64: "ami azure container container-minimal ec2 image-installer minimal-raw-xz network-installer pxe-tar-xz qcow2 tar vagrant-libvirt vhd wsl",
    ppc64le: "container container-minimal network-installer qcow2 tar",
    s390x: "container container-minimal network-installer qcow2 tar",
    x86_64: "ami azure container container-minimal ec2 gce image-installer minimal-raw-xz network-installer oci ova pxe-tar-xz qcow2 tar vagrant-libvirt vagrant-virtualbox vhd vmdk wsl",
};

/** Types that exist for RHEL on x86_64 but the default Weldr deny list ("rhel-*") hides. */
const RHEL_DENIED_9_10 = ["azure-rhui", "azure-sap-rhui", "ec2", "ec2-ha", "ec2-sap"];
const RHEL_DENIED_8 = ["azure-eap7-rhui", "azure-rhui", "azure-sap-rhui", "ec2", "ec2-ha", "ec2-sap", "gce-rhui"];

const FEDORA_ALIASES: Record<string, string[]> = {
    "generic-qcow2": ["qcow2", "guest-image"],
    "generic-ami": ["ami", "aws"],
    "generic-vhd": ["vhd", "azure"],
    "generic-vmdk": ["vmdk", "vsphere"],
    "generic-ova": ["ova", "vsphere-ova"],
    "generic-oci": ["oci"],
    "generic-openstack": ["openstack"],
    "generic-container": ["container"],
    "generic-wsl": ["wsl"],
    "cloud-gce": ["gcp", "gce"],
    "minimal-installer": ["image-installer", "fedora-image-installer"],
    "workstation-live-installer": ["live-installer"],
    "minimal-raw-xz": ["minimal-raw"],
    "iot-raw-xz": ["iot-raw-image", "fedora-iot-raw-image"],
    "iot-commit": ["fedora-iot-commit"],
    "iot-container": ["fedora-iot-container"],
    "iot-installer": ["fedora-iot-installer"],
    "iot-qcow2": ["iot-qcow2-image"],
    "everything-network-installer": ["netinst"],
};

const RHEL10_ALIASES: Record<string, string[]> = {
    qcow2: ["guest-image"],
    ami: ["aws"],
    gce: ["gcp"],
    ova: ["vsphere-ova"],
    vmdk: ["vshpere"], // sic: the upstream typo
};

// The reference names the rhel-9 aliases; rhel-8 and centos-9 are assumed to share them.
const RHEL9_ALIASES: Record<string, string[]> = {
    "edge-commit": ["rhel-edge-commit"],
    "edge-container": ["rhel-edge-container"],
    "edge-installer": ["rhel-edge-installer"],
    "edge-raw-image": ["rhel-edge-raw-image"],
    "edge-simplified-installer": ["rhel-edge-simplified-installer"],
    "edge-ami": ["rhel-edge-ami"],
    "edge-vsphere": ["rhel-edge-vsphere"],
    gce: ["gce-rhui", "gcp"],
    vmdk: ["vsphere"],
};

interface DistroDef {
    types: ArchLists;
    denied: string[];
    aliases: Record<string, string[]>;
}

const DISTROS: Record<string, DistroDef> = {
    "fedora-43": { types: FEDORA, denied: [], aliases: FEDORA_ALIASES },
    "fedora-44": { types: FEDORA, denied: [], aliases: FEDORA_ALIASES },
    "fedora-45": { types: FEDORA, denied: [], aliases: FEDORA_ALIASES },
    "fedora-46": { types: FEDORA, denied: [], aliases: FEDORA_ALIASES },
    "rhel-8.10": { types: RHEL8, denied: RHEL_DENIED_8, aliases: RHEL9_ALIASES },
    "rhel-9.6": { types: RHEL9, denied: RHEL_DENIED_9_10, aliases: RHEL9_ALIASES },
    "rhel-9.7": { types: RHEL9, denied: RHEL_DENIED_9_10, aliases: RHEL9_ALIASES },
    "rhel-10.0": { types: RHEL10, denied: RHEL_DENIED_9_10, aliases: RHEL10_ALIASES },
    "rhel-10.1": { types: RHEL10, denied: RHEL_DENIED_9_10, aliases: RHEL10_ALIASES },
    "centos-9": { types: CENTOS9, denied: [], aliases: RHEL9_ALIASES },
    "centos-10": { types: CENTOS10, denied: [], aliases: RHEL10_ALIASES },
};

/** Cloud API `image_type` → internal image type name (`imageTypeFromApiImageType`). */
export const CLOUD_IMAGE_TYPES: Record<string, string> = {
    aws: "ami",
    "aws-rhui": "ec2",
    "aws-cvm": "ec2-cvm",
    "aws-ha-rhui": "ec2-ha",
    "aws-sap-rhui": "ec2-sap",
    gcp: "gce",
    "gcp-rhui": "gce-rhui",
    azure: "vhd",
    "azure-cvm": "azure-cvm",
    "azure-rhui": "azure-rhui",
    "azure-eap7-rhui": "azure-eap7-rhui",
    "azure-sap-rhui": "azure-sap-rhui",
    "azure-sapapps-rhui": "azure-sapapps-rhui",
    "guest-image": "qcow2",
    vsphere: "vmdk",
    "vsphere-ova": "ova",
    "image-installer": "image-installer",
    "bootable-container-iso": "bootc-generic-iso",
    "edge-commit": "rhel-edge-commit",
    "edge-container": "rhel-edge-container",
    "edge-installer": "rhel-edge-installer",
    "iot-commit": "iot-commit",
    "iot-container": "iot-container",
    "iot-installer": "iot-installer",
    "iot-simplified-installer": "iot-simplified-installer",
    "iot-raw-image": "iot-raw-image",
    "live-installer": "live-installer",
    "minimal-raw": "minimal-raw",
    "network-installer": "network-installer",
    "everything-network-installer": "everything-network-installer",
    "server-network-installer": "server-network-installer",
    oci: "oci",
    "pxe-tar-xz": "pxe-tar-xz",
    wsl: "wsl",
};

const split = (s: string | undefined): string[] => (s ? s.split(" ") : []);

/** Every distro the stand-in knows, sorted. */
export function allDistros(): string[] {
    return Object.keys(DISTROS).sort();
}

/** Distros with repositories for `arch` (what `distros/list` and `?distro=` accept), sorted. */
export function distrosFor(arch: string): string[] {
    return allDistros().filter(d => DISTROS[d].types[arch] !== undefined);
}

export function isValidDistro(distro: string, arch: string): boolean {
    return DISTROS[distro]?.types[arch] !== undefined;
}

/** `distroidparser` normalisation: "rhel-810" → "rhel-8.10", "rhel-96" → "rhel-9.6". */
export function normalizeDistro(name: string): string {
    const m = /^(rhel|centos)-(\d+)$/.exec(name);
    if (m && m[1] === "rhel") {
        const digits = m[2];
        if (digits.length >= 2 && digits.startsWith("10"))
            return digits.length > 2 ? `rhel-10.${digits.slice(2)}` : name;
        if (digits.length >= 2)
            return `rhel-${digits[0]}.${digits.slice(1)}`;
    }
    return name;
}

/** Weldr `compose/types`: canonical names with the deny list applied, sorted; [] when unknown. */
export function typesFor(distro: string, arch: string): string[] {
    const d = DISTROS[distro];
    if (!d)
        return [];
    return split(d.types[arch]).sort();
}

/** All canonical types, including those the Weldr deny list hides (the Cloud API has no deny list). */
export function allTypesFor(distro: string, arch: string): string[] {
    const d = DISTROS[distro];
    if (!d)
        return [];
    const extra = arch === "x86_64" ? d.denied : [];
    return [...split(d.types[arch]), ...extra].sort();
}

/** True when the default Weldr deny list hides `type` for `distro`. */
export function isDenied(distro: string, type: string): boolean {
    return DISTROS[distro]?.denied.includes(type) ?? false;
}

/** Aliases of a canonical type for a distro (may be empty). */
export function aliasesOf(distro: string, canonical: string): string[] {
    return DISTROS[distro]?.aliases[canonical] ?? [];
}

/**
 * Resolves a name or alias to the canonical type of `distro`, or undefined when
 * the distro has no such type (on any arch; check `allTypesFor` for the arch).
 */
export function canonicalType(distro: string, nameOrAlias: string): string | undefined {
    const d = DISTROS[distro];
    if (!d)
        return undefined;
    const known = new Set<string>([...Object.values(d.types).flatMap(split), ...d.denied]);
    if (known.has(nameOrAlias))
        return nameOrAlias;
    for (const [canonical, aliases] of Object.entries(d.aliases)) {
        if (aliases.includes(nameOrAlias) && known.has(canonical))
            return canonical;
    }
    return undefined;
}

export interface ArtifactInfo {
    /** export file name, e.g. "disk.qcow2" */
    filename: string;
    mimeType: string;
    /** default image (disk) size in bytes, what compose `size: 0` turns into */
    defaultSize: number;
    /** size of the artifact file, when it does not follow the image size (ISOs, archives) */
    artifactSize?: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

interface Rule {
    match: RegExp;
    info: ArtifactInfo;
}

const RULES: Rule[] = [
    { match: /simplified-installer$/, info: { filename: "simplified-installer.iso", mimeType: "application/x-iso9660-image", defaultSize: 10 * GiB, artifactSize: 1200 * MiB } },
    { match: /network-installer$/, info: { filename: "installer.iso", mimeType: "application/x-iso9660-image", defaultSize: 2 * GiB, artifactSize: 900 * MiB } },
    { match: /installer$/, info: { filename: "installer.iso", mimeType: "application/x-iso9660-image", defaultSize: 4 * GiB, artifactSize: 2600 * MiB } },
    { match: /commit$/, info: { filename: "commit.tar", mimeType: "application/x-tar", defaultSize: 4 * GiB, artifactSize: 1100 * MiB } },
    { match: /^(container|container-minimal|generic-container)$/, info: { filename: "container.tar", mimeType: "application/x-tar", defaultSize: 2 * GiB, artifactSize: 350 * MiB } },
    { match: /container$/, info: { filename: "container.tar", mimeType: "application/x-tar", defaultSize: 4 * GiB, artifactSize: 1300 * MiB } },
    { match: /^edge-raw-image$/, info: { filename: "image.raw.xz", mimeType: "application/xz", defaultSize: 10 * GiB, artifactSize: 1100 * MiB } },
    { match: /raw-zst$/, info: { filename: "disk.raw.zst", mimeType: "application/zstd", defaultSize: 5 * GiB, artifactSize: 800 * MiB } },
    { match: /(raw-xz|^minimal-raw)$/, info: { filename: "disk.raw.xz", mimeType: "application/xz", defaultSize: 5 * GiB, artifactSize: 750 * MiB } },
    { match: /^(gce|gce-rhui|cloud-gce)$/, info: { filename: "image.tar.gz", mimeType: "application/gzip", defaultSize: 20 * GiB, artifactSize: 1400 * MiB } },
    { match: /^(ami|generic-ami|cloud-ec2|ec2|ec2-ha|ec2-sap|ec2-cvm|edge-ami)$/, info: { filename: "image.raw", mimeType: "application/octet-stream", defaultSize: 10 * GiB } },
    { match: /^(vhd|generic-vhd|cloud-azure|azure|azure-.*)$/, info: { filename: "disk.vhd", mimeType: "application/x-vhd", defaultSize: 4 * GiB } },
    { match: /^(vmdk|generic-vmdk|edge-vsphere)$/, info: { filename: "disk.vmdk", mimeType: "application/x-vmdk", defaultSize: 4 * GiB } },
    { match: /^(ova|generic-ova)$/, info: { filename: "image.ova", mimeType: "application/ovf", defaultSize: 4 * GiB, artifactSize: 1500 * MiB } },
    { match: /^(oci|generic-oci)$/, info: { filename: "disk.qcow2", mimeType: "application/x-qemu-disk", defaultSize: 4 * GiB } },
    { match: /^(openstack|generic-openstack)$/, info: { filename: "disk.qcow2", mimeType: "application/x-qemu-disk", defaultSize: 4 * GiB } },
    { match: /^qcow2$/, info: { filename: "disk.qcow2", mimeType: "application/x-qemu-disk", defaultSize: 10 * GiB } },
    { match: /qcow2$/, info: { filename: "disk.qcow2", mimeType: "application/x-qemu-disk", defaultSize: 5 * GiB } },
    { match: /^tar$/, info: { filename: "root.tar.xz", mimeType: "application/x-tar", defaultSize: 2 * GiB, artifactSize: 450 * MiB } },
    { match: /wsl$/, info: { filename: "image.wsl", mimeType: "application/x-tar", defaultSize: 2 * GiB, artifactSize: 420 * MiB } },
    { match: /^pxe-tar-xz$/, info: { filename: "pxe.tar.xz", mimeType: "application/x-xz", defaultSize: 2 * GiB, artifactSize: 700 * MiB } },
    { match: /vagrant-libvirt$/, info: { filename: "vagrant-libvirt.box", mimeType: "application/x-tar", defaultSize: 4 * GiB, artifactSize: 900 * MiB } },
    { match: /vagrant-virtualbox$/, info: { filename: "vagrant-virtualbox.box", mimeType: "application/x-tar", defaultSize: 4 * GiB, artifactSize: 950 * MiB } },
];

/** File name, MIME type and sizes of a canonical image type's artifact. */
export function artifactInfo(type: string): ArtifactInfo {
    for (const rule of RULES) {
        if (rule.match.test(type))
            return { ...rule.info };
    }
    return { filename: "disk.img", mimeType: "application/octet-stream", defaultSize: 4 * GiB };
}

/** `imageType.Size(requested)`: 0 → the type's default size; otherwise rounded up to 512 bytes. */
export function imageSize(type: string, requested: number): number {
    if (!requested || requested <= 0)
        return artifactInfo(type).defaultSize;
    return Math.ceil(requested / 512) * 512;
}

/** Size of the artifact file the worker writes for an image of `size` bytes. */
export function artifactSize(type: string, size: number): number {
    const info = artifactInfo(type);
    return info.artifactSize ?? (size > 0 ? size : info.defaultSize);
}
