// What the plugin knows about each image type name, Weldr canonical names, their aliases and the
// Cloud API ImageTypes enum alike (reference/image-types.md, composer-api.md §3.2 and §5):
// an untranslated label (the UI wraps it in _()), the file name extension of the artifact, and
// the default disk size in GiB (0: not a disk image, composer picks the size; the RHEL cloud
// sizes are remembered, not re-read: composer's DistributionDetails.default_size is the truth). Pure data.

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

export interface ImageTypeInfo {
    label: string;
    extension: string;
    /** default disk size in GiB; Fedora's generic disks are smaller, see FEDORA_SIZES_GIB */
    sizeGiB: number;
}

const t = (label: string, extension: string, sizeGiB = 0): ImageTypeInfo => ({ label, extension, sizeGiB });

// Extensions follow the `filename` of each type in image-builder's distro definitions
// (disk.qcow2, image.raw, disk.vhd, image.tar.gz, installer.iso, commit.tar, image.raw.xz, …).
export const IMAGE_TYPE_INFO: Readonly<Record<string, ImageTypeInfo>> = {
    // generic disks and VMs
    "qcow2": t(N_("QEMU disk image (qcow2)"), ".qcow2", 10),
    "generic-qcow2": t(N_("QEMU disk image (qcow2)"), ".qcow2", 5),
    "guest-image": t(N_("QEMU disk image (qcow2)"), ".qcow2", 10),
    "cloud-qcow2": t(N_("Fedora Cloud QEMU disk image (qcow2)"), ".qcow2", 5),
    "server-qcow2": t(N_("Fedora Server QEMU disk image (qcow2)"), ".qcow2", 5),
    "openstack": t(N_("OpenStack disk image (qcow2)"), ".qcow2", 4),
    "generic-openstack": t(N_("OpenStack disk image (qcow2)"), ".qcow2", 5),
    "vmdk": t(N_("VMware vSphere disk (VMDK)"), ".vmdk", 4),
    "generic-vmdk": t(N_("VMware vSphere disk (VMDK)"), ".vmdk", 2),
    "vsphere": t(N_("VMware vSphere disk (VMDK)"), ".vmdk", 4),
    "ova": t(N_("VMware vSphere appliance (OVA)"), ".ova", 4),
    "generic-ova": t(N_("VMware vSphere appliance (OVA)"), ".ova", 2),
    "vsphere-ova": t(N_("VMware vSphere appliance (OVA)"), ".ova", 4),
    "vagrant-libvirt": t(N_("Vagrant box for libvirt"), ".box", 10),
    "generic-vagrant-libvirt": t(N_("Vagrant box for libvirt"), ".box", 5),
    "vagrant-virtualbox": t(N_("Vagrant box for VirtualBox"), ".box", 10),
    "generic-vagrant-virtualbox": t(N_("Vagrant box for VirtualBox"), ".box", 5),
    "minimal-raw": t(N_("Minimal raw disk image (xz)"), ".raw.xz", 2),
    "minimal-raw-xz": t(N_("Minimal raw disk image (xz)"), ".raw.xz", 2),
    "minimal-raw-zst": t(N_("Minimal raw disk image (zstd)"), ".raw.zst", 2),
    "tar": t(N_("Root file system archive (tar)"), ".tar.xz"),
    "wsl": t(N_("Windows Subsystem for Linux (WSL)"), ".wsl"),
    "generic-wsl": t(N_("Windows Subsystem for Linux (WSL)"), ".wsl"),
    "pxe-tar-xz": t(N_("PXE boot archive (tar.xz)"), ".tar.xz"),
    "container": t(N_("Container image (OCI archive)"), ".tar"),
    "generic-container": t(N_("Container image (OCI archive)"), ".tar"),
    "container-minimal": t(N_("Minimal container image (OCI archive)"), ".tar"),
    // clouds
    "ami": t(N_("Amazon Machine Image (AMI)"), ".raw", 10),
    "generic-ami": t(N_("Amazon Machine Image (AMI)"), ".raw", 5),
    "aws": t(N_("Amazon Machine Image (AMI)"), ".raw", 10),
    "cloud-ec2": t(N_("Fedora Cloud for Amazon EC2 (raw, xz)"), ".raw.xz", 5),
    "ec2": t(N_("Amazon EC2 image with RHUI (raw, xz)"), ".raw.xz", 10),
    "aws-rhui": t(N_("Amazon EC2 image with RHUI (raw, xz)"), ".raw.xz", 10),
    "ec2-ha": t(N_("Amazon EC2 High Availability image with RHUI (raw, xz)"), ".raw.xz", 10),
    "aws-ha-rhui": t(N_("Amazon EC2 High Availability image with RHUI (raw, xz)"), ".raw.xz", 10),
    "ec2-sap": t(N_("Amazon EC2 image for SAP with RHUI (raw, xz)"), ".raw.xz", 10),
    "aws-sap-rhui": t(N_("Amazon EC2 image for SAP with RHUI (raw, xz)"), ".raw.xz", 10),
    "ec2-cvm": t(N_("Amazon EC2 confidential VM image (raw, xz)"), ".raw.xz", 10),
    "aws-cvm": t(N_("Amazon EC2 confidential VM image (raw, xz)"), ".raw.xz", 10),
    "vhd": t(N_("Microsoft Azure disk image (VHD)"), ".vhd", 4),
    "generic-vhd": t(N_("Microsoft Azure disk image (VHD)"), ".vhd", 5),
    "azure": t(N_("Microsoft Azure disk image (VHD)"), ".vhd", 4),
    "cloud-azure": t(N_("Fedora Cloud for Microsoft Azure (VHD)"), ".vhd", 5),
    "azure-rhui": t(N_("Microsoft Azure image with RHUI (VHD, xz)"), ".vhd.xz", 64),
    "azure-sap-rhui": t(N_("Microsoft Azure image for SAP with RHUI (VHD, xz)"), ".vhd.xz", 64),
    "azure-sapapps-rhui": t(N_("Microsoft Azure image for SAP applications with RHUI (VHD, xz)"), ".vhd.xz", 64),
    "azure-eap7-rhui": t(N_("Microsoft Azure image for JBoss EAP 7 with RHUI (VHD, xz)"), ".vhd.xz", 64),
    "azure-cvm": t(N_("Microsoft Azure confidential VM image (VHD, xz)"), ".vhd.xz", 32),
    "gce": t(N_("Google Compute Engine image (tar.gz)"), ".tar.gz", 20),
    "gcp": t(N_("Google Compute Engine image (tar.gz)"), ".tar.gz", 20),
    "cloud-gce": t(N_("Google Compute Engine image (tar.gz)"), ".tar.gz", 10),
    "gce-rhui": t(N_("Google Compute Engine image with RHUI (tar.gz)"), ".tar.gz", 20),
    "gcp-rhui": t(N_("Google Compute Engine image with RHUI (tar.gz)"), ".tar.gz", 20),
    "oci": t(N_("Oracle Cloud Infrastructure image (qcow2)"), ".qcow2", 4),
    "generic-oci": t(N_("Oracle Cloud Infrastructure image (qcow2)"), ".qcow2", 5),
    // installers
    "image-installer": t(N_("Offline installer (ISO)"), ".iso"),
    "minimal-installer": t(N_("Offline installer (ISO)"), ".iso"),
    "fedora-image-installer": t(N_("Offline installer (ISO)"), ".iso"),
    "network-installer": t(N_("Network installer (ISO)"), ".iso"),
    "everything-network-installer": t(N_("Fedora Everything network installer (ISO)"), ".iso"),
    "netinst": t(N_("Fedora Everything network installer (ISO)"), ".iso"),
    "server-network-installer": t(N_("Fedora Server network installer (ISO)"), ".iso"),
    "live-installer": t(N_("Fedora Workstation live installer (ISO)"), ".iso"),
    "workstation-live-installer": t(N_("Fedora Workstation live installer (ISO)"), ".iso"),
    "bootable-container-iso": t(N_("Bootable container installer (ISO)"), ".iso"),
    // Fedora Atomic desktops
    "silverblue-installer": t(N_("Fedora Silverblue installer (ISO)"), ".iso"),
    "silverblue-qcow2": t(N_("Fedora Silverblue QEMU disk image (qcow2)"), ".qcow2"),
    "silverblue-raw-xz": t(N_("Fedora Silverblue raw disk image (xz)"), ".raw.xz"),
    "kinoite-installer": t(N_("Fedora Kinoite installer (ISO)"), ".iso"),
    "kinoite-qcow2": t(N_("Fedora Kinoite QEMU disk image (qcow2)"), ".qcow2"),
    "kinoite-raw-xz": t(N_("Fedora Kinoite raw disk image (xz)"), ".raw.xz"),
    "budgie-atomic-installer": t(N_("Fedora Budgie Atomic installer (ISO)"), ".iso"),
    "cosmic-atomic-installer": t(N_("Fedora COSMIC Atomic installer (ISO)"), ".iso"),
    "sway-atomic-installer": t(N_("Fedora Sway Atomic installer (ISO)"), ".iso"),
    // RHEL for Edge
    "edge-commit": t(N_("RHEL for Edge commit (tar)"), ".tar"),
    "rhel-edge-commit": t(N_("RHEL for Edge commit (tar)"), ".tar"),
    "edge-container": t(N_("RHEL for Edge container (tar)"), ".tar"),
    "rhel-edge-container": t(N_("RHEL for Edge container (tar)"), ".tar"),
    "edge-installer": t(N_("RHEL for Edge installer (ISO)"), ".iso"),
    "rhel-edge-installer": t(N_("RHEL for Edge installer (ISO)"), ".iso"),
    "edge-raw-image": t(N_("RHEL for Edge raw disk image (xz)"), ".raw.xz", 10),
    "rhel-edge-raw-image": t(N_("RHEL for Edge raw disk image (xz)"), ".raw.xz", 10),
    "edge-simplified-installer": t(N_("RHEL for Edge simplified installer (ISO)"), ".iso"),
    "rhel-edge-simplified-installer": t(N_("RHEL for Edge simplified installer (ISO)"), ".iso"),
    "edge-ami": t(N_("RHEL for Edge Amazon Machine Image (AMI)"), ".raw", 10),
    "rhel-edge-ami": t(N_("RHEL for Edge Amazon Machine Image (AMI)"), ".raw", 10),
    "edge-vsphere": t(N_("RHEL for Edge VMware vSphere disk (VMDK)"), ".vmdk", 10),
    "rhel-edge-vsphere": t(N_("RHEL for Edge VMware vSphere disk (VMDK)"), ".vmdk", 10),
    // Fedora IoT
    "iot-commit": t(N_("Fedora IoT commit (tar)"), ".tar"),
    "fedora-iot-commit": t(N_("Fedora IoT commit (tar)"), ".tar"),
    "iot-container": t(N_("Fedora IoT container (tar)"), ".tar"),
    "fedora-iot-container": t(N_("Fedora IoT container (tar)"), ".tar"),
    "iot-installer": t(N_("Fedora IoT installer (ISO)"), ".iso"),
    "fedora-iot-installer": t(N_("Fedora IoT installer (ISO)"), ".iso"),
    "iot-raw-xz": t(N_("Fedora IoT raw disk image (xz)"), ".raw.xz", 4),
    "iot-raw-image": t(N_("Fedora IoT raw disk image (xz)"), ".raw.xz", 4),
    "fedora-iot-raw-image": t(N_("Fedora IoT raw disk image (xz)"), ".raw.xz", 4),
    "iot-qcow2": t(N_("Fedora IoT QEMU disk image (qcow2)"), ".qcow2", 10),
    "iot-qcow2-image": t(N_("Fedora IoT QEMU disk image (qcow2)"), ".qcow2", 10),
    "iot-simplified-installer": t(N_("Fedora IoT simplified installer (ISO)"), ".iso"),
};

/** Fedora's aliases of its generic-* types take Fedora's smaller sizes (fedora/generic.yaml default_size) */
export const FEDORA_SIZES_GIB: Readonly<Record<string, number>> = {
    "qcow2": 5, "guest-image": 5, "ami": 5, "aws": 5, "vhd": 5, "azure": 5, "oci": 5, "openstack": 5,
    "vmdk": 2, "vsphere": 2, "ova": 2, "vsphere-ova": 2, "gce": 10, "gcp": 10,
};

/** Types that build from or into an OSTree repository; "url" means ostree.url is required */
export const OSTREE_TYPES: Readonly<Record<string, "optional" | "url">> = {
    "edge-commit": "optional", "rhel-edge-commit": "optional", "edge-container": "optional", "rhel-edge-container": "optional",
    "iot-commit": "optional", "fedora-iot-commit": "optional", "iot-container": "optional", "fedora-iot-container": "optional",
    "edge-installer": "url", "rhel-edge-installer": "url", "edge-raw-image": "url", "rhel-edge-raw-image": "url",
    "edge-simplified-installer": "url", "rhel-edge-simplified-installer": "url", "edge-ami": "url", "rhel-edge-ami": "url",
    "edge-vsphere": "url", "rhel-edge-vsphere": "url",
    "iot-installer": "url", "fedora-iot-installer": "url", "iot-raw-xz": "url", "iot-raw-image": "url", "fedora-iot-raw-image": "url",
    "iot-qcow2": "url", "iot-qcow2-image": "url", "iot-simplified-installer": "url",
};
