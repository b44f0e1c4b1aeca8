// customizations.bootloader: GRUB 2 terminals and serial console settings.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function BootloaderSection({ value, onChange, problems, basePath = ["customizations", "bootloader"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <Columns>
                <StringListField label={_("GRUB terminal input")} itemLabel={_("Input terminal")} addLabel={_("Add input terminal")}
                    {...at("grub2", "terminal_input")} placeholder="console" monospace />
                <StringListField label={_("GRUB terminal output")} itemLabel={_("Output terminal")} addLabel={_("Add output terminal")}
                    {...at("grub2", "terminal_output")} placeholder="serial" monospace />
            </Columns>
            <TextField label={_("GRUB serial command")} {...at("grub2", "serial")} monospace
                placeholder="serial --speed=115200 --unit=0" />
        </>
    );
}
