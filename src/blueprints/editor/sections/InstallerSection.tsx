// customizations.installer: the Anaconda installer of installer images: unattended mode,
// sudo without password, a kickstart, Anaconda modules, boot menu timeout, flatpaks.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { NumberField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function InstallerSection({ value, onChange, problems, basePath = ["customizations", "installer"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <CheckboxField label={_("Unattended installation")} {...at("unattended")} removeWhenOff
                description={_("Install without asking anything.")} />
            <StringListField label={_("Sudo without password")} itemLabel={_("User or group")}
                addLabel={_("Add user or group")} {...at("sudo-nopasswd")} placeholder="%wheel"
                helperText={_("User names, or group names starting with \"%\".")} />
            <TextField label={_("Kickstart")} {...at("kickstart", "contents")} rows={6} monospace />
            <Columns>
                <StringListField label={_("Anaconda modules to enable")} itemLabel={_("Enabled module")}
                    addLabel={_("Add module to enable")} {...at("modules", "enable")} monospace
                    placeholder="org.fedoraproject.Anaconda.Modules.Users" />
                <StringListField label={_("Anaconda modules to disable")} itemLabel={_("Disabled module")}
                    addLabel={_("Add module to disable")} {...at("modules", "disable")} monospace />
            </Columns>
            <NumberField label={_("Boot menu timeout (seconds)")} {...at("bootloader", "grub2", "menu-timeout")} />
            <RecordListField
                label={_("Flatpaks to install")}
                {...at("payload", "flatpaks", "force")}
                itemTitle={(entry, i) => titled(_("Flatpak remote"), (entry.registry as { remote_name?: unknown } | undefined)?.remote_name, i)}
                newItem={() => ({ registry: { remote_name: "", url: "" }, references: [] })}
                addLabel={_("Add flatpak remote")}
                renderItem={entry => (
                    <>
                        <Columns>
                            <TextField label={_("Remote name")} {...entry("registry", "remote_name")} placeholder="flathub" />
                            <TextField label={_("Remote URL")} {...entry("registry", "url")} type="url" />
                        </Columns>
                        <StringListField label={_("References")} itemLabel={_("Reference")} addLabel={_("Add reference")}
                            {...entry("references")} monospace placeholder="app/org.mozilla.firefox/x86_64/stable" />
                    </>
                )}
            />
        </>
    );
}
