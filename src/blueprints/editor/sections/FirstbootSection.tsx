// customizations.firstboot: scripts run once at first boot: a custom script, a Satellite
// registration command, or an Ansible Automation Platform callback. Each type takes its
// own fields; a field of another type is still shown when present, so its problem shows.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { SelectField } from "../fields/SelectField";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { type Binder, binder, type Rec } from "../fields/values";
import type { SectionProps } from "./types";

const SHOWN = ["type", "name", "contents", "command", "job_template_url", "host_config_key", "cacerts", "after", "before", "ignore_failure"];

function scriptFields(at: Binder, script: Rec) {
    const type = script.type;
    const shows = (field: string, ...types: string[]) => types.includes(String(type)) || field in script;
    // fields no type takes: shown read-only, so that their problem is seen
    const others = Object.keys(script).filter(key => !SHOWN.includes(key));
    return (
        <>
            <Columns>
                <SelectField
                    label={_("Script type")}
                    {...at("type")}
                    isRequired
                    options={[
                        { value: "custom", label: _("Custom script") },
                        { value: "satellite", label: _("Satellite registration") },
                        { value: "aap", label: _("Ansible Automation Platform callback") },
                    ]}
                />
                <TextField label={_("Name")} {...at("name")} />
            </Columns>
            {shows("contents", "custom") &&
                <TextField label={_("Script")} {...at("contents")} rows={6} monospace isRequired placeholder={"#!/bin/sh\n"} />}
            {shows("command", "satellite") &&
                <TextField label={_("Registration command")} {...at("command")} rows={3} monospace isRequired />}
            {shows("job_template_url", "aap") &&
                <TextField label={_("Job template URL")} {...at("job_template_url")} type="url" isRequired />}
            {shows("host_config_key", "aap") &&
                <TextField label={_("Host configuration key")} {...at("host_config_key")} monospace isRequired />}
            {shows("cacerts", "satellite", "aap") &&
                <TextField label={_("CA certificates (PEM)")} {...at("cacerts")} rows={4} monospace />}
            <Columns>
                <StringListField label={_("Run after units")} itemLabel={_("Unit to run after")} addLabel={_("Add unit")}
                    {...at("after")} monospace placeholder="network-online.target" />
                <StringListField label={_("Run before units")} itemLabel={_("Unit to run before")} addLabel={_("Add unit")}
                    {...at("before")} monospace />
            </Columns>
            <CheckboxField label={_("Ignore failure")} {...at("ignore_failure")} removeWhenOff
                description={_("A failing script does not mark the boot as failed.")} />
            {others.map(key => <TextField key={key} label={key} {...at(key)} isReadOnly monospace />)}
        </>
    );
}

export function FirstbootSection({ value, onChange, problems, basePath = ["customizations", "firstboot"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <RecordListField
            label={_("Scripts")}
            {...at("scripts")}
            itemTitle={(script, i) => titled(_("Script"), script.name, i)}
            newItem={() => ({ type: "custom", name: "", contents: "#!/bin/sh\n" })}
            addLabel={_("Add script")}
            emptyText={_("No scripts.")}
            renderItem={scriptFields}
        />
    );
}
