// customizations.firewall: open ports, firewalld services enabled or disabled, and zones
// with their sources.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function FirewallSection({ value, onChange, problems, basePath = ["customizations", "firewall"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <StringListField label={_("Ports")} itemLabel={_("Port")} addLabel={_("Add port")} {...at("ports")}
                placeholder="22:tcp" monospace
                helperText={_("\"port:protocol\", \"first-last:protocol\" or \"service:protocol\", like \"8000-8080:udp\".")} />
            <Columns>
                <StringListField label={_("Enabled services")} itemLabel={_("Enabled firewall service")}
                    addLabel={_("Add enabled service")} {...at("services", "enabled")} placeholder="http" />
                <StringListField label={_("Disabled services")} itemLabel={_("Disabled firewall service")}
                    addLabel={_("Add disabled service")} {...at("services", "disabled")} placeholder="telnet" />
            </Columns>
            <RecordListField
                label={_("Zones")}
                {...at("zones")}
                itemTitle={(zone, i) => titled(_("Zone"), zone.name, i)}
                newItem={() => ({ name: "" })}
                addLabel={_("Add zone")}
                renderItem={zone => (
                    <Columns>
                        <TextField label={_("Zone name")} {...zone("name")} placeholder="trusted" />
                        <StringListField label={_("Sources")} itemLabel={_("Source")} addLabel={_("Add source")}
                            {...zone("sources")} placeholder="192.0.2.0/24" />
                    </Columns>
                )}
            />
        </>
    );
}
