// customizations.disk: the partition table (gpt or dos), its size and layout, and its
// plain, lvm and btrfs partitions.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { NumberField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { SelectField } from "../fields/SelectField";
import { SizeField } from "../fields/SizeField";
import { binder, type Rec } from "../fields/values";
import { PartitionFields, partitionType } from "./PartitionFields";
import type { SectionProps } from "./types";

function partitionTitle(partition: Rec, index: number): string {
    switch (partitionType(partition)) {
    case "lvm":
        return titled(_("LVM volume group"), partition.name, index);
    case "btrfs":
        return titled(_("btrfs volume"), undefined, index);
    default:
        return titled(_("Partition"), partition.mountpoint, index);
    }
}

export function DiskSection({ value, onChange, problems, basePath = ["customizations", "disk"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <Columns>
                <SelectField
                    label={_("Partition table")}
                    {...at("type")}
                    options={[{ value: "gpt", label: "GPT" }, { value: "dos", label: _("DOS (MBR)") }]}
                    unsetLabel={_("Default of the image type")}
                />
                <SizeField label={_("Minimum disk size")} {...at("minsize")} />
                <SizeField label={_("Start offset")} {...at("start_offset")}
                    helperText={_("Where the first partition starts, like \"1 MiB\".")} />
                <NumberField label={_("Sector size")} {...at("sector_size")} placeholder="512"
                    helperText={_("In bytes, a power of 2 like 512 or 4096.")} />
            </Columns>
            <RecordListField
                label={_("Partitions")}
                {...at("partitions")}
                itemTitle={partitionTitle}
                newItem={() => ({ type: "plain", minsize: "1 GiB", mountpoint: "", fs_type: "xfs" })}
                addLabel={_("Add partition")}
                emptyText={_("No partitions.")}
                renderItem={(partitionAt, partition) => <PartitionFields at={partitionAt} partition={partition} />}
            />
        </>
    );
}
