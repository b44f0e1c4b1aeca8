// customizations.rpm: GPG keys imported into the image's RPM database.
import { _ } from "../../../../pkg/lib/gettext";
import { StringListField } from "../fields/StringListField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function RpmSection({ value, onChange, problems, basePath = ["customizations", "rpm"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <StringListField label={_("GPG key files to import")} itemLabel={_("Key file")} addLabel={_("Add key file")}
            {...at("import_keys", "files")} monospace placeholder="/etc/pki/rpm-gpg/RPM-GPG-KEY-…"
            helperText={_("Paths of key files in the image.")} />
    );
}
