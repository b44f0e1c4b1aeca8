// customizations.group: local groups to create, with an optional group ID.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { NumberField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function GroupsSection({ value, onChange, problems, basePath = ["customizations", "group"] }: SectionProps) {
    return (
        <RecordListField
            label={_("Groups")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(group, i) => titled(_("Group"), group.name, i)}
            newItem={() => ({ name: "" })}
            addLabel={_("Add group")}
            emptyText={_("No groups.")}
            renderItem={at => (
                <Columns>
                    <TextField label={_("Group name")} {...at("name")} isRequired />
                    <NumberField label={_("Group ID")} {...at("gid")} />
                </Columns>
            )}
        />
    );
}
