// The fields of one partition of customizations.disk, by type: plain (a file system), lvm
// (a volume group with logical volumes) or btrfs (a volume with subvolumes). Fields of
// another type are still shown while the partition has them, so nothing hides after the
// type changes; clearing such a field removes it.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { SelectField } from "../fields/SelectField";
import { SizeField } from "../fields/SizeField";
import { TextField } from "../fields/TextField";
import type { Binder, Rec } from "../fields/values";

const FS_TYPES = ["ext4", "xfs", "vfat", "swap"].map(fs => ({ value: fs, label: fs }));

function fsFields(at: Binder) {
    return (
        <>
            <TextField label={_("Mount point")} {...at("mountpoint")} placeholder="/data" />
            <SelectField label={_("File system")} {...at("fs_type")} options={FS_TYPES} unsetLabel={_("Not set")} />
            <TextField label={_("File system label")} {...at("label")} />
        </>
    );
}

function logicalVolume(at: Binder) {
    return (
        <Columns>
            <TextField label={_("Logical volume name")} {...at("name")} />
            <SizeField label={_("Minimum size")} {...at("minsize")} isRequired />
            {fsFields(at)}
        </Columns>
    );
}

function subvolume(at: Binder) {
    return (
        <Columns>
            <TextField label={_("Subvolume name")} {...at("name")} isRequired placeholder="root" />
            <TextField label={_("Mount point")} {...at("mountpoint")} isRequired placeholder="/" />
        </Columns>
    );
}

export function partitionType(partition: Rec): string {
    return typeof partition.type === "string" && partition.type !== "" ? partition.type : "plain";
}

export function PartitionFields({ at, partition }: { at: Binder; partition: Rec }) {
    const type = partitionType(partition);
    return (
        <>
            <Columns>
                <SelectField
                    label={_("Partition type")}
                    {...at("type")}
                    options={[
                        { value: "plain", label: _("Plain (a file system)") },
                        { value: "lvm", label: _("LVM (a volume group)") },
                        { value: "btrfs", label: _("btrfs (a volume with subvolumes)") },
                    ]}
                    unsetLabel={_("Plain (default)")}
                />
                <SizeField label={_("Minimum size")} {...at("minsize")} />
                {(type === "plain" || ["mountpoint", "fs_type", "label"].some(key => key in partition)) && fsFields(at)}
                {(type === "lvm" || "name" in partition) && <TextField label={_("Volume group name")} {...at("name")} />}
                <TextField label={_("GPT/DOS partition type")} {...at("part_type")} monospace
                    helperText={_("A GUID on GPT, a hex id like \"83\" on DOS; empty for the default.")} />
                <TextField label={_("Partition label")} {...at("part_label")} />
                <TextField label={_("Partition UUID")} {...at("part_uuid")} monospace />
            </Columns>
            {(type === "lvm" || "logical_volumes" in partition) &&
                <RecordListField
                    label={_("Logical volumes")}
                    {...at("logical_volumes")}
                    itemTitle={(lv, i) => titled(_("Logical volume"), lv.name ?? lv.mountpoint, i)}
                    newItem={() => ({ name: "", minsize: "1 GiB", mountpoint: "", fs_type: "xfs" })}
                    addLabel={_("Add logical volume")}
                    renderItem={logicalVolume}
                />}
            {(type === "btrfs" || "subvolumes" in partition) &&
                <RecordListField
                    label={_("Subvolumes")}
                    {...at("subvolumes")}
                    itemTitle={(sv, i) => titled(_("Subvolume"), sv.name, i)}
                    newItem={() => ({ name: "", mountpoint: "" })}
                    addLabel={_("Add subvolume")}
                    renderItem={subvolume}
                />}
        </>
    );
}
