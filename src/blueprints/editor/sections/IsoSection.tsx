// customizations.iso: the ISO 9660 header fields of installer images.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function IsoSection({ value, onChange, problems, basePath = ["customizations", "iso"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <Columns span={4}>
            <TextField label={_("Volume ID")} {...at("volume_id")} monospace helperText={_("Letters, digits, dashes and underscores.")} />
            <TextField label={_("Application ID")} {...at("application_id")} />
            <TextField label={_("Publisher")} {...at("publisher")} />
        </Columns>
    );
}
