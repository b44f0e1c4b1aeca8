import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";

import {
    CLOUD_IMAGE_TYPES, bytesToGib, canonicalImageType, cloudImageTypes, cloudNameForWeldr, defaultSizeBytes, distroFamily,
    gibToBytes, imageTypeExtension, imageTypeLabel, ostreeSupport, takesOstree, weldrNameForCloud,
} from "./imageTypes.ts";
import { SPEC_ABSENT, SPEC_PATH } from "./openapiSchema.test-helper.ts";

const TYPES_MD = new URL("../../../shared/reference/image-types.md", import.meta.url);
const GIB = 1024 ** 3;

/** distro → arch → types, from reference/image-types.md */
function referenceTypes(): Map<string, Map<string, string[]>> {
    const distros = new Map<string, Map<string, string[]>>();
    let current = new Map<string, string[]>();
    for (const line of fs.readFileSync(TYPES_MD, "utf8").split("\n")) {
        const heading = /^## (\S+)/.exec(line);
        if (heading)
            distros.set(heading[1], current = new Map());
        const arch = /^- (\w+): (.*)$/.exec(line);
        if (arch)
            current.set(arch[1], arch[2].split(/\s+/));
    }
    return distros;
}

describe("image type labels", () => {
    it("labels every type of reference/image-types.md", t => {
        if (!fs.existsSync(TYPES_MD))
            return t.skip("../shared/reference/image-types.md absent: the reference's types cannot be listed");
        const all = new Set([...referenceTypes().values()].flatMap(arches => [...arches.values()].flat()));
        assert.ok(all.size > 60);
        for (const type of all) {
            assert.notEqual(imageTypeLabel(type), type, `no label for ${type}`);
            assert.match(imageTypeExtension(type), /^\.[a-z0-9.]+$/, type);
        }
    });

    it("labels every value of the spec's ImageTypes enum", t => {
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        const spec = fs.readFileSync(SPEC_PATH, "utf8");
        const block = /\n {4}ImageTypes:\n {6}type: string\n {6}enum:\n((?: {8}- \S+\n)+)/.exec(spec);
        assert.ok(block, "ImageTypes enum found");
        const values = block[1].trim().split("\n").map(line => line.trim().slice(2));
        assert.deepEqual([...values].sort(), [...CLOUD_IMAGE_TYPES].sort());
        for (const type of values)
            assert.notEqual(imageTypeLabel(type), type, `no label for ${type}`);
    });

    it("says what the examples say, and falls back to the raw name", () => {
        const cases: [string, string][] = [
            ["generic-qcow2", "QEMU disk image (qcow2)"], ["ami", "Amazon Machine Image (AMI)"],
            ["edge-installer", "RHEL for Edge installer (ISO)"], ["guest-image", "QEMU disk image (qcow2)"],
            ["some-future-type", "some-future-type"], ["constructor", "constructor"], ["", ""],
        ];
        for (const [type, label] of cases)
            assert.equal(imageTypeLabel(type), label);
    });
});

describe("image type files and sizes", () => {
    it("knows the real extensions", () => {
        const cases: [string, string][] = [
            ["qcow2", ".qcow2"], ["generic-qcow2", ".qcow2"], ["ami", ".raw"], ["vhd", ".vhd"], ["vmdk", ".vmdk"], ["ova", ".ova"],
            ["image-installer", ".iso"], ["edge-commit", ".tar"], ["tar", ".tar.xz"], ["minimal-raw-xz", ".raw.xz"],
            ["minimal-raw-zst", ".raw.zst"], ["vagrant-libvirt", ".box"], ["wsl", ".wsl"], ["gce", ".tar.gz"], ["oci", ".qcow2"],
            ["pxe-tar-xz", ".tar.xz"], ["ec2", ".raw.xz"], ["unknown", ""],
        ];
        for (const [type, extension] of cases)
            assert.equal(imageTypeExtension(type), extension, type);
    });

    it("proposes a default size per type and distro, 0 for types without a disk", () => {
        const cases: [string, string, number][] = [
            ["qcow2", "rhel-9.6", 10 * GIB], ["qcow2", "fedora-43", 5 * GIB], ["generic-qcow2", "fedora-43", 5 * GIB],
            ["generic-vmdk", "fedora-43", 2 * GIB], ["vmdk", "rhel-10.0", 4 * GIB], ["gce", "rhel-9.6", 20 * GIB],
            ["cloud-gce", "fedora-44", 10 * GIB], ["image-installer", "rhel-9.6", 0], ["edge-commit", "rhel-9.6", 0], ["nope", "", 0],
        ];
        for (const [type, distro, bytes] of cases)
            assert.equal(defaultSizeBytes(type, distro), bytes, `${type} on ${distro}`);
    });

    it("converts GiB and bytes", () => {
        assert.equal(gibToBytes(4), 4294967296);
        assert.equal(gibToBytes(0.5), 536870912);
        assert.equal(bytesToGib(4294967296), 4);
        assert.equal(bytesToGib(gibToBytes(2.25)), 2.25);
    });

    it("knows which types take ostree options and which need a URL", () => {
        const cases: [string, string][] = [
            ["edge-commit", "optional"], ["iot-container", "optional"], ["edge-installer", "url"], ["iot-raw-xz", "url"],
            ["edge-simplified-installer", "url"], ["rhel-edge-commit", "optional"], ["qcow2", "none"], ["image-installer", "none"],
        ];
        for (const [type, support] of cases)
            assert.equal(ostreeSupport(type), support, type);
        assert.equal(takesOstree("edge-container"), true);
        assert.equal(takesOstree("generic-qcow2"), false);
    });
});

describe("Weldr and Cloud image type names", () => {
    it("finds the distro family", () => {
        const cases: [string, string][] = [
            ["fedora-43", "fedora"], ["rhel-9.6", "rhel-9"], ["rhel-9", "rhel-9"], ["rhel-810", "rhel-8"], ["rhel-8.10", "rhel-8"],
            ["rhel-10.1", "rhel-10"], ["centos-9", "centos-9"], ["centos-10", "centos-10"], ["debian-12", "unknown"], ["", "unknown"],
        ];
        for (const [distro, family] of cases)
            assert.equal(distroFamily(distro), family, distro);
    });

    it("maps both ways per distro family", () => {
        const cases: [string, string, string][] = [
            ["fedora-43", "guest-image", "generic-qcow2"], ["fedora-43", "aws", "generic-ami"], ["fedora-43", "gcp", "cloud-gce"],
            ["fedora-43", "azure", "generic-vhd"], ["fedora-43", "vsphere", "generic-vmdk"], ["fedora-43", "vsphere-ova", "generic-ova"],
            ["fedora-43", "image-installer", "minimal-installer"], ["fedora-43", "live-installer", "workstation-live-installer"],
            ["fedora-43", "minimal-raw", "minimal-raw-xz"], ["fedora-43", "iot-raw-image", "iot-raw-xz"], ["fedora-43", "oci", "generic-oci"],
            ["fedora-43", "wsl", "generic-wsl"], ["fedora-43", "iot-commit", "iot-commit"],
            ["rhel-9.6", "guest-image", "qcow2"], ["rhel-9.6", "aws", "ami"], ["rhel-9.6", "aws-rhui", "ec2"], ["rhel-9.6", "gcp", "gce"],
            ["rhel-9.6", "azure", "vhd"], ["rhel-9.6", "vsphere", "vmdk"], ["rhel-9.6", "vsphere-ova", "ova"],
            ["rhel-9.6", "edge-commit", "edge-commit"], ["rhel-9.6", "edge-installer", "edge-installer"], ["rhel-10.0", "aws-cvm", "ec2-cvm"],
            ["centos-9", "guest-image", "qcow2"],
        ];
        for (const [distro, cloud, weldr] of cases) {
            assert.equal(weldrNameForCloud(cloud, distro), weldr, `${cloud} on ${distro}`);
            assert.equal(cloudNameForWeldr(weldr, distro), cloud, `${weldr} on ${distro}`);
        }
        assert.equal(weldrNameForCloud("gcp-rhui", "rhel-9.6"), "gce");
        assert.equal(weldrNameForCloud("gcp-rhui", "rhel-8.10"), "gce-rhui");
        assert.equal(cloudNameForWeldr("qcow2", "fedora-43"), "guest-image");
        assert.equal(cloudNameForWeldr("rhel-edge-commit", "rhel-9.6"), "edge-commit");
        assert.equal(canonicalImageType("rhel-edge-container", "rhel-9.6"), "edge-container");
    });

    it("says what the Cloud API cannot build on a distro", () => {
        const cases: [string, string][] = [
            ["network-installer", "fedora-43"], ["edge-commit", "fedora-43"], ["aws-rhui", "fedora-43"], ["minimal-raw", "rhel-10.0"],
            ["edge-commit", "rhel-10.0"], ["gcp-rhui", "rhel-10.0"], ["aws-cvm", "rhel-8.10"], ["pxe-tar-xz", "rhel-8.10"],
            ["bootable-container-iso", "fedora-43"], ["guest-image", "debian-12"],
        ];
        for (const [cloud, distro] of cases)
            assert.equal(weldrNameForCloud(cloud, distro), null, `${cloud} on ${distro}`);
        assert.equal(cloudNameForWeldr("cloud-qcow2", "fedora-43"), null);
        assert.equal(cloudNameForWeldr("tar", "rhel-9.6"), null);
    });

    it("offers Cloud types whose Weldr type exists for the distro and architecture", t => {
        if (!fs.existsSync(TYPES_MD))
            return t.skip("../shared/reference/image-types.md absent: the reference's types cannot be listed");
        const reference = referenceTypes();
        const denied = ["azure-eap7-rhui", "azure-rhui", "azure-sap-rhui", "ec2", "ec2-ha", "ec2-sap", "gce-rhui"];
        for (const [distro, arches] of reference) {
            const x86 = arches.get("x86_64") ?? [];
            for (const cloud of cloudImageTypes(distro)) {
                const weldr = weldrNameForCloud(cloud, distro) ?? "";
                assert.ok(x86.includes(weldr) || (distro.startsWith("rhel") && denied.includes(weldr)), `${cloud} → ${weldr} on ${distro}`);
            }
        }
        const aarch64 = reference.get("fedora-43")?.get("aarch64") ?? [];
        const offered = cloudImageTypes("fedora-43", aarch64, "aarch64");
        assert.ok(offered.includes("guest-image") && offered.includes("aws"));
        assert.ok(!offered.includes("vsphere") && !offered.includes("wsl"));
        assert.ok(cloudImageTypes("rhel-9.6", reference.get("rhel-9.6")?.get("x86_64"), "x86_64").includes("aws-rhui"));
        assert.ok(!cloudImageTypes("rhel-9.6", reference.get("rhel-9.6")?.get("s390x"), "s390x").includes("aws-rhui"));
    });
});
