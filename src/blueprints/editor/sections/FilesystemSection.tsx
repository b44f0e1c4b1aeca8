// customizations.filesystem: mount points and their minimum sizes ("2 GiB" or bytes). The
// legacy `size` key of older blueprints is shown too when a row has it.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { SizeField } from "../fields/SizeField";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function FilesystemSection({ value, onChange, problems, basePath = ["customizations", "filesystem"] }: SectionProps) {
    return (
        <RecordListField
            label={_("File systems")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(fs, i) => titled(_("Mount point"), fs.mountpoint, i)}
            newItem={() => ({ mountpoint: "", minsize: "1 GiB" })}
            addLabel={_("Add file system")}
            emptyText={_("No file systems.")}
            renderItem={(at, fs) => (
                <Columns>
                    <TextField label={_("Mount point")} {...at("mountpoint")} isRequired placeholder="/var" />
                    <SizeField label={_("Minimum size")} {...at("minsize")} isRequired />
                    {"size" in fs && <SizeField label={_("Size (legacy)")} {...at("size")} />}
                </Columns>
            )}
        />
    );
}
