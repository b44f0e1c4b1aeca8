// Rules for customizations.filesystem, .disk and .partitioning_mode. Pure.
import type { Path } from "../objectPath";
import { duplicates, integer, oneOf, Problems, type Record_, requiredString, size, string, table, tables } from "./check";
import { mountpoint } from "./mountpoints";

export const FS_TYPES = ["ext4", "xfs", "vfat", "swap"] as const;
export const PARTITION_TYPES = ["plain", "lvm", "btrfs"] as const;
export const PARTITION_TABLE_TYPES = ["gpt", "dos"] as const;
export const PARTITIONING_MODES = ["", "auto-lvm", "lvm", "raw"] as const;

const DISK: Path = ["customizations", "disk"];
const PARTITIONS: Path = [...DISK, "partitions"];

type Mounts = [unknown, Path][];

function sizeRequired(value: unknown, path: Path, out: Problems): void {
    if (value === undefined || value === "" || value === 0)
        out.add(path, "required");
    else
        size(value, path, out);
}

/** A filesystem on a plain partition or a logical volume: fs_type, and a mountpoint unless swap */
function filesystemOn(item: Record_, path: Path, out: Problems, mounts: Mounts): void {
    const fsType = requiredString(item.fs_type, [...path, "fs_type"], out);
    if (fsType !== null)
        oneOf(fsType, FS_TYPES, [...path, "fs_type"], out);
    string(item.label, [...path, "label"], out);
    if (fsType === "swap") {
        if (item.mountpoint !== undefined && item.mountpoint !== "")
            out.add([...path, "mountpoint"], "mountpoint", { reason: "swap" });
        return;
    }
    mountpoint(item.mountpoint, [...path, "mountpoint"], out);
    mounts.push([item.mountpoint, [...path, "mountpoint"]]);
}

function partition(p: Record_, path: Path, out: Problems, mounts: Mounts): void {
    oneOf(p.type, PARTITION_TYPES, [...path, "type"], out);
    size(p.minsize, [...path, "minsize"], out);
    for (const field of ["part_type", "part_label", "part_uuid"])
        string(p[field], [...path, field], out);
    const type = p.type ?? "plain";
    if (type === "plain") {
        filesystemOn(p, path, out, mounts);
    } else if (type === "lvm") {
        string(p.name, [...path, "name"], out);
        const volumes = tables(p.logical_volumes, [...path, "logical_volumes"], out);
        if (volumes.length === 0)
            out.add([...path, "logical_volumes"], "required");
        for (const [lv, i] of volumes) {
            const lvPath = [...path, "logical_volumes", i];
            string(lv.name, [...lvPath, "name"], out);
            sizeRequired(lv.minsize, [...lvPath, "minsize"], out);
            filesystemOn(lv, lvPath, out, mounts);
        }
        duplicates(volumes.map(([lv, i]) => [lv.name, [...path, "logical_volumes", i, "name"]]), "logical volume", out);
    } else if (type === "btrfs") {
        const subvolumes = tables(p.subvolumes, [...path, "subvolumes"], out);
        if (subvolumes.length === 0)
            out.add([...path, "subvolumes"], "required");
        for (const [sv, i] of subvolumes) {
            requiredString(sv.name, [...path, "subvolumes", i, "name"], out);
            mountpoint(sv.mountpoint, [...path, "subvolumes", i, "mountpoint"], out);
            mounts.push([sv.mountpoint, [...path, "subvolumes", i, "mountpoint"]]);
        }
        duplicates(subvolumes.map(([sv, i]) => [sv.name, [...path, "subvolumes", i, "name"]]), "subvolume", out);
    }
}

function disk(c: Record_, out: Problems): void {
    const d = table(c.disk, DISK, out);
    if (!d)
        return;
    oneOf(d.type, PARTITION_TABLE_TYPES, [...DISK, "type"], out);
    size(d.minsize, [...DISK, "minsize"], out);
    size(d.start_offset, [...DISK, "start_offset"], out);
    const sectorSize = integer(d.sector_size, [...DISK, "sector_size"], out, 1);
    if (sectorSize !== null && (sectorSize & (sectorSize - 1)) !== 0)
        out.add([...DISK, "sector_size"], "sector-size");

    const partitions = tables(d.partitions, PARTITIONS, out);
    if (partitions.length === 0)
        out.add(PARTITIONS, "required");
    const mounts: Mounts = [];
    for (const [p, i] of partitions)
        partition(p, [...PARTITIONS, i], out, mounts);
    duplicates(mounts, "mountpoint", out);

    const lvm = partitions.filter(([p]) => p.type === "lvm");
    const btrfs = partitions.filter(([p]) => p.type === "btrfs");
    for (const [, i] of lvm.slice(1))
        out.add([...PARTITIONS, i], "one-volume-group");
    for (const [, i] of btrfs.slice(1))
        out.add([...PARTITIONS, i], "one-btrfs-volume");
    if (lvm.length > 0 && btrfs.length > 0)
        out.add(PARTITIONS, "lvm-and-btrfs");
    if (d.type === "dos" && Array.isArray(d.partitions) && d.partitions.length > 4)
        out.add(PARTITIONS, "dos-partitions");
}

function filesystems(c: Record_, out: Problems): void {
    const entries = tables(c.filesystem, ["customizations", "filesystem"], out);
    for (const [fs, i] of entries) {
        const path = ["customizations", "filesystem", i];
        mountpoint(fs.mountpoint, [...path, "mountpoint"], out);
        // TOML blueprints may still say "size" (the old name of minsize)
        if (fs.minsize === undefined && fs.size !== undefined)
            size(fs.size, [...path, "size"], out);
        else
            size(fs.minsize, [...path, "minsize"], out);
    }
    duplicates(entries.map(([fs, i]) => [fs.mountpoint, ["customizations", "filesystem", i, "mountpoint"]]), "mountpoint", out);
}

export function validateStorage(c: Record_, out: Problems): void {
    filesystems(c, out);
    disk(c, out);
    oneOf(c.partitioning_mode, PARTITIONING_MODES, ["customizations", "partitioning_mode"], out);
}
