// customizations.sshd: settings of the SSH server; "Default" leaves sshd's own default.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { NumberField } from "../fields/NumberField";
import { SelectField } from "../fields/SelectField";
import { TriStateField } from "../fields/TriStateField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function SshdSection({ value, onChange, problems, basePath = ["customizations", "sshd"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <Columns>
            <TriStateField label={_("Password authentication")} {...at("password_authentication")} />
            <TriStateField label={_("Keyboard-interactive authentication")} {...at("kbd_interactive_authentication")} />
            <SelectField
                label={_("Root login")}
                {...at("permit_root_login")}
                unsetLabel={_("Default")}
                options={[
                    { value: "yes", label: _("Allowed (yes)") },
                    { value: "prohibit-password", label: _("Keys only (prohibit-password)") },
                    { value: "forced-commands-only", label: _("Forced commands only (forced-commands-only)") },
                    { value: "no", label: _("Not allowed (no)") },
                ]}
            />
            <NumberField label={_("Client alive interval (seconds)")} {...at("client_alive_interval")} />
        </Columns>
    );
}
