// customizations.files: files written into the image, with their contents given inline
// (data) or fetched from a URI, never both.
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { NameOrIdField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function FilesSection({ value, onChange, problems, basePath = ["customizations", "files"] }: SectionProps) {
    return (
        <RecordListField
            label={_("Files")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(file, i) => titled(_("File"), file.path, i)}
            newItem={() => ({ path: "", data: "" })}
            addLabel={_("Add file")}
            emptyText={_("No files.")}
            renderItem={at => (
                <>
                    <Columns>
                        <TextField label={_("Path")} {...at("path")} isRequired placeholder="/etc/myapp/app.conf" monospace />
                        <TextField label={_("Mode")} {...at("mode")} placeholder="0644" monospace />
                        <NameOrIdField label={_("Owner")} {...at("user")} placeholder="root" helperText={_("A user name or ID.")} />
                        <NameOrIdField label={_("Group")} {...at("group")} placeholder="root" helperText={_("A group name or ID.")} />
                    </Columns>
                    <TextField label={_("Contents")} {...at("data")} rows={5} monospace
                        helperText={_("Either the contents or a URI, not both.")} />
                    <TextField label={_("URI of the contents")} {...at("uri")} type="url" placeholder="https://example.com/app.conf" />
                </>
            )}
        />
    );
}
