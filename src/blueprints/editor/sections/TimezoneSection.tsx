// customizations.timezone: the time zone and the NTP servers to use.
import { _ } from "../../../../pkg/lib/gettext";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function TimezoneSection({ value, onChange, problems, basePath = ["customizations", "timezone"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <TextField label={_("Time zone")} {...at("timezone")} placeholder="Europe/Berlin"
                helperText={_("A name from the time zone database, like \"Europe/Berlin\" or \"UTC\".")} />
            <StringListField label={_("NTP servers")} itemLabel={_("NTP server")} addLabel={_("Add NTP server")}
                {...at("ntpservers")} placeholder="0.pool.ntp.org" />
        </>
    );
}
