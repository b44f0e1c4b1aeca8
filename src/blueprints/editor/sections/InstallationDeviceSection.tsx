// customizations.installation_device: the disk the simplified installer writes to.
import { _ } from "../../../../pkg/lib/gettext";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function InstallationDeviceSection({ value, onChange, problems, basePath = ["customizations", "installation_device"] }: SectionProps) {
    return (
        <TextField
            label={_("Installation device")}
            path={basePath}
            value={value}
            onChange={next => onChange(next ?? "")}
            problems={problems}
            keepEmpty
            placeholder="/dev/vda"
            helperText={_("The disk the simplified installer writes the image to.")}
        />
    );
}
