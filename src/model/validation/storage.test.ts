import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


describe("filesystem", () => runCases([
    ["mountpoints with sizes in bytes and units pass", {
        filesystem: [{ mountpoint: "/", minsize: 10737418240 }, { mountpoint: "/var", minsize: "2 GiB" }, { mountpoint: "/boot", minsize: "500 MiB" }, { mountpoint: "/opt/data", size: 1024 }],
    }, []],
    ["a relative mountpoint", { filesystem: [{ mountpoint: "var", minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: absolute-path"]],
    ["a mountpoint with a trailing slash", { filesystem: [{ mountpoint: "/var/", minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: mountpoint"]],
    ["a mountpoint with ..", { filesystem: [{ mountpoint: "/var/../etc", minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: mountpoint"]],
    ["a mountpoint on /etc", { filesystem: [{ mountpoint: "/etc", minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: mountpoint"]],
    ["a mountpoint below /boot", { filesystem: [{ mountpoint: "/boot/efi", minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: mountpoint"]],
    ["a missing mountpoint", { filesystem: [{ minsize: 1 }] }, ["customizations.filesystem[0].mountpoint: required"]],
    ["a size with a lower-case unit", { filesystem: [{ mountpoint: "/var", minsize: "2 gib" }] }, ["customizations.filesystem[0].minsize: size"]],
    ["a fractional size", { filesystem: [{ mountpoint: "/var", minsize: "1.5 GiB" }] }, ["customizations.filesystem[0].minsize: size"]],
    ["a negative size", { filesystem: [{ mountpoint: "/var", minsize: -1 }] }, ["customizations.filesystem[0].minsize: size"]],
    ["a legacy size that is wrong", { filesystem: [{ mountpoint: "/var", size: "big" }] }, ["customizations.filesystem[0].size: size"]],
    ["the same mountpoint twice", { filesystem: [{ mountpoint: "/var", minsize: 1 }, { mountpoint: "/var", minsize: 2 }] }, ["customizations.filesystem[1].mountpoint: duplicate"]],
    ["partitioning modes pass", { partitioning_mode: "raw" }, []],
    ["an unknown partitioning mode", { partitioning_mode: "btrfs" }, ["customizations.partitioning_mode: enum"]],
]));

const P = "customizations.disk.partitions";

describe("disk", () => runCases([
    ["a gpt disk with plain and lvm partitions passes", {
        disk: {
            type: "gpt", minsize: "20 GiB", start_offset: "1 MiB", sector_size: 4096,
            partitions: [
                { type: "plain", minsize: "1 GiB", mountpoint: "/boot", fs_type: "xfs", label: "boot", part_type: "bc13c2ff-59e6-4262-a352-b275fd6f7172", part_label: "boot", part_uuid: "8c2a0b7e-2d6c-4f0e-9b3a-3c2a1f0e9d11" },
                { minsize: "4 GiB", fs_type: "swap" },
                { type: "lvm", name: "rootvg", minsize: "10 GiB", logical_volumes: [{ name: "rootlv", minsize: "8 GiB", mountpoint: "/", fs_type: "ext4" }, { minsize: "1 GiB", fs_type: "swap" }] },
            ],
        },
    }, []],
    ["a dos disk with a btrfs volume passes", {
        disk: { type: "dos", partitions: [{ type: "btrfs", minsize: "10 GiB", subvolumes: [{ name: "root", mountpoint: "/" }, { name: "home", mountpoint: "/home" }] }] },
    }, []],
    ["an unknown table type", { disk: { type: "mbr", partitions: [{ mountpoint: "/", fs_type: "xfs" }] } }, ["customizations.disk.type: enum"]],
    ["a sector size that is not a power of 2", { disk: { sector_size: 1000, partitions: [{ mountpoint: "/", fs_type: "xfs" }] } }, ["customizations.disk.sector_size: sector-size"]],
    ["a sector size of 0", { disk: { sector_size: 0, partitions: [{ mountpoint: "/", fs_type: "xfs" }] } }, ["customizations.disk.sector_size: range"]],
    ["a disk minsize that is wrong", { disk: { minsize: "lots", partitions: [{ mountpoint: "/", fs_type: "xfs" }] } }, ["customizations.disk.minsize: size"]],
    ["a disk without partitions", { disk: { type: "gpt" } }, [`${P}: required`]],
    ["an unknown partition type", { disk: { partitions: [{ type: "zfs" }] } }, [`${P}[0].type: enum`]],
    ["a plain partition without fs_type", { disk: { partitions: [{ mountpoint: "/" }] } }, [`${P}[0].fs_type: required`]],
    ["a plain partition with fs_type btrfs", { disk: { partitions: [{ mountpoint: "/", fs_type: "btrfs" }] } }, [`${P}[0].fs_type: enum`]],
    ["a plain partition without mountpoint", { disk: { partitions: [{ fs_type: "xfs" }] } }, [`${P}[0].mountpoint: required`]],
    ["a swap partition with a mountpoint", { disk: { partitions: [{ fs_type: "swap", mountpoint: "/swap" }] } }, [`${P}[0].mountpoint: mountpoint`]],
    ["a relative partition mountpoint", { disk: { partitions: [{ fs_type: "xfs", mountpoint: "data" }] } }, [`${P}[0].mountpoint: absolute-path`]],
    ["a partition minsize that is wrong", { disk: { partitions: [{ fs_type: "xfs", mountpoint: "/", minsize: "1 XB" }] } }, [`${P}[0].minsize: size`]],
    ["an lvm partition without volumes", { disk: { partitions: [{ type: "lvm" }] } }, [`${P}[0].logical_volumes: required`]],
    ["a logical volume without minsize", { disk: { partitions: [{ type: "lvm", logical_volumes: [{ mountpoint: "/", fs_type: "xfs" }] }] } }, [`${P}[0].logical_volumes[0].minsize: required`]],
    ["a logical volume without fs_type", { disk: { partitions: [{ type: "lvm", logical_volumes: [{ mountpoint: "/", minsize: 1 }] }] } }, [`${P}[0].logical_volumes[0].fs_type: required`]],
    ["two logical volumes with one name", { disk: { partitions: [{ type: "lvm", logical_volumes: [{ name: "lv", mountpoint: "/", minsize: 1, fs_type: "xfs" }, { name: "lv", mountpoint: "/var", minsize: 1, fs_type: "xfs" }] }] } }, [`${P}[0].logical_volumes[1].name: duplicate`]],
    ["a btrfs volume without subvolumes", { disk: { partitions: [{ type: "btrfs" }] } }, [`${P}[0].subvolumes: required`]],
    ["a subvolume without a name", { disk: { partitions: [{ type: "btrfs", subvolumes: [{ mountpoint: "/" }] }] } }, [`${P}[0].subvolumes[0].name: required`]],
    ["a subvolume without a mountpoint", { disk: { partitions: [{ type: "btrfs", subvolumes: [{ name: "root" }] }] } }, [`${P}[0].subvolumes[0].mountpoint: required`]],
    ["the same mountpoint on a partition and a volume", { disk: { partitions: [{ fs_type: "xfs", mountpoint: "/var" }, { type: "lvm", logical_volumes: [{ mountpoint: "/var", minsize: 1, fs_type: "xfs" }] }] } }, [`${P}[1].logical_volumes[0].mountpoint: duplicate`]],
    ["two volume groups", { disk: { partitions: [
        { type: "lvm", logical_volumes: [{ mountpoint: "/", minsize: 1, fs_type: "xfs" }] },
        { type: "lvm", logical_volumes: [{ mountpoint: "/var", minsize: 1, fs_type: "xfs" }] },
    ] } }, [`${P}[1]: one-volume-group`]],
    ["two btrfs volumes", { disk: { partitions: [
        { type: "btrfs", subvolumes: [{ name: "root", mountpoint: "/" }] },
        { type: "btrfs", subvolumes: [{ name: "var", mountpoint: "/var" }] },
    ] } }, [`${P}[1]: one-btrfs-volume`]],
    ["lvm and btrfs together", { disk: { partitions: [
        { type: "lvm", logical_volumes: [{ mountpoint: "/", minsize: 1, fs_type: "xfs" }] },
        { type: "btrfs", subvolumes: [{ name: "var", mountpoint: "/var" }] },
    ] } }, [`${P}: lvm-and-btrfs`]],
    ["five partitions on dos", { disk: { type: "dos", partitions: ["/a", "/b", "/c", "/d", "/e"].map(mountpoint => ({ mountpoint, fs_type: "xfs" })) } }, [`${P}: dos-partitions`]],
    ["five partitions on gpt pass", { disk: { type: "gpt", partitions: ["/a", "/b", "/c", "/d", "/e"].map(mountpoint => ({ mountpoint, fs_type: "xfs" })) } }, []],
]));
