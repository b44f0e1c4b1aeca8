// customizations.services: systemd units to enable, disable or mask at boot.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { StringListField } from "../fields/StringListField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function ServicesSection({ value, onChange, problems, basePath = ["customizations", "services"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <Columns span={4}>
            <StringListField label={_("Enabled")} itemLabel={_("Enabled service")} addLabel={_("Add enabled service")}
                {...at("enabled")} placeholder="sshd" />
            <StringListField label={_("Disabled")} itemLabel={_("Disabled service")} addLabel={_("Add disabled service")}
                {...at("disabled")} />
            <StringListField label={_("Masked")} itemLabel={_("Masked service")} addLabel={_("Add masked service")}
                {...at("masked")} />
        </Columns>
    );
}
