// customizations.directories: directories created in the image, with owner and mode.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { NameOrIdField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function DirectoriesSection({ value, onChange, problems, basePath = ["customizations", "directories"] }: SectionProps) {
    return (
        <RecordListField
            label={_("Directories")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(dir, i) => titled(_("Directory"), dir.path, i)}
            newItem={() => ({ path: "" })}
            addLabel={_("Add directory")}
            emptyText={_("No directories.")}
            renderItem={at => (
                <>
                    <Columns>
                        <TextField label={_("Path")} {...at("path")} isRequired placeholder="/etc/myapp" monospace />
                        <TextField label={_("Mode")} {...at("mode")} placeholder="0755" monospace />
                        <NameOrIdField label={_("Owner")} {...at("user")} placeholder="root" helperText={_("A user name or ID.")} />
                        <NameOrIdField label={_("Group")} {...at("group")} placeholder="root" helperText={_("A group name or ID.")} />
                    </Columns>
                    <CheckboxField label={_("Create parent directories")} {...at("ensure_parents")} removeWhenOff />
                </>
            )}
        />
    );
}
