// customizations.ignition: an Ignition configuration embedded in the image (base64), or one
// fetched from a URL at first boot (or none at all: "empty").
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function IgnitionSection({ value, onChange, problems, basePath = ["customizations", "ignition"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <TextField label={_("Embedded configuration (base64)")} {...at("embedded", "config")} rows={4} monospace
                helperText={_("The Ignition configuration, base64-encoded, built into the image.")} />
            <TextField label={_("First boot: configuration URL")} {...at("firstboot", "url")} type="url"
                placeholder="https://example.com/config.ign" />
            <CheckboxField label={_("First boot: empty configuration")} {...at("firstboot", "empty")} removeWhenOff
                description={_("Boot without fetching a configuration; not together with a URL.")} />
        </>
    );
}
