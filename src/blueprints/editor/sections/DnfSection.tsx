// customizations.dnf: DNF configuration written into the image.
import { _ } from "../../../../pkg/lib/gettext";
import { TriStateField } from "../fields/TriStateField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function DnfSection({ value, onChange, problems, basePath = ["customizations", "dnf"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <TriStateField label={_("Set releasever")} {...at("config", "set_releasever")}
            helperText={_("Write the distribution's release version into DNF's configuration.")} />
    );
}
