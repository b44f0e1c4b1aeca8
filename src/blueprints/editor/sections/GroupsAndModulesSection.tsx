// The blueprint's package groups (groups[]) and DNF module streams (enabled_modules[]).
// value is the whole blueprint; only these two lists change.
import { _ } from "../../../../pkg/lib/gettext";
import type { Blueprint } from "../../../model/blueprint";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function GroupsAndModulesSection({ value, onChange, problems, basePath = [] }: SectionProps<Blueprint>) {
    const at = binder(value, next => onChange(next as Blueprint), basePath, problems);
    return (
        <>
            <RecordListField
                label={_("Package groups")}
                {...at("groups")}
                itemTitle={(group, i) => titled(_("Package group"), group.name, i)}
                newItem={() => ({ name: "" })}
                addLabel={_("Add package group")}
                emptyText={_("No package groups.")}
                renderItem={group => <TextField label={_("Group name")} {...group("name")} isRequired placeholder="core" />}
            />
            <RecordListField
                label={_("Module streams")}
                {...at("enabled_modules")}
                itemTitle={(module, i) => titled(_("Module"), module.name, i)}
                newItem={() => ({ name: "", stream: "" })}
                addLabel={_("Add module stream")}
                emptyText={_("No module streams.")}
                renderItem={module => (
                    <Columns>
                        <TextField label={_("Module name")} {...module("name")} isRequired placeholder="nodejs" />
                        <TextField label={_("Stream")} {...module("stream")} placeholder="22" />
                    </Columns>
                )}
            />
        </>
    );
}
