// customizations.partitioning_mode: how the default partitions are laid out.
import { _ } from "../../../../pkg/lib/gettext";
import { SelectField } from "../fields/SelectField";
import type { SectionProps } from "./types";

export function PartitioningModeSection({ value, onChange, problems, basePath = ["customizations", "partitioning_mode"] }: SectionProps) {
    return (
        <SelectField
            label={_("Partitioning mode")}
            path={basePath}
            value={value}
            onChange={next => onChange(next ?? "")}
            problems={problems}
            options={[
                { value: "", label: _("Default (automatic LVM)") },
                { value: "auto-lvm", label: _("Automatic LVM: LVM only when a mount point needs it") },
                { value: "lvm", label: _("LVM: always use LVM") },
                { value: "raw", label: _("Raw: plain partitions, no LVM") },
            ]}
        />
    );
}
