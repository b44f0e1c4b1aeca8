// The blueprint's containers[]: container images embedded in the image. Note the hyphenated
// keys "tls-verify" and "local-storage", as composer spells them.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { RecordListField, titled } from "../fields/RecordListField";
import { TextField } from "../fields/TextField";
import { TriStateField } from "../fields/TriStateField";
import type { SectionProps } from "./types";

export function ContainersSection({ value, onChange, problems, basePath = ["containers"] }: SectionProps) {
    return (
        <RecordListField
            label={_("Containers")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(container, i) => titled(_("Container"), container.name ?? container.source, i)}
            newItem={() => ({ source: "" })}
            addLabel={_("Add container")}
            emptyText={_("No containers.")}
            renderItem={at => (
                <>
                    <Columns>
                        <TextField label={_("Source")} {...at("source")} isRequired monospace placeholder="quay.io/fedora/fedora:latest" />
                        <TextField label={_("Name in the image")} {...at("name")} monospace
                            helperText={_("The source's name when empty.")} />
                        <TriStateField label={_("Verify TLS")} {...at("tls-verify")} unsetLabel={_("Default (yes)")} />
                    </Columns>
                    <CheckboxField label={_("From the host's local container storage")} {...at("local-storage")} removeWhenOff />
                </>
            )}
        />
    );
}
