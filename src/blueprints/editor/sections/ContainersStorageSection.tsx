// customizations.containers-storage: where embedded container images are stored.
import { _ } from "../../../../pkg/lib/gettext";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function ContainersStorageSection({ value, onChange, problems, basePath = ["customizations", "containers-storage"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <TextField label={_("Destination path")} {...at("destination-path")} monospace placeholder="/usr/share/containers/storage"
            helperText={_("The container storage of embedded container images.")} />
    );
}
