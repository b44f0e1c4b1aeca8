// The blueprint's own fields: name (fixed once the blueprint exists), description,
// version, and the distribution and architecture it builds for (the host's when empty).
import { _ } from "../../../../pkg/lib/gettext";
import type { Blueprint } from "../../../model/blueprint";
import { Columns } from "../fields/Columns";
import { SelectField } from "../fields/SelectField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

interface Props extends SectionProps<Blueprint> {
    /** a blueprint not yet saved: its name can still be chosen */
    isNew?: boolean;
    /** distribution names to choose from (distros/list); a text field without them */
    distros?: string[];
    /** architectures to choose from; a text field without them */
    architectures?: string[];
}

export function GeneralSection({ value, onChange, problems, basePath = [], isNew, distros, architectures }: Props) {
    const at = binder(value, next => onChange(next as Blueprint), basePath, problems);
    const name = at("name");
    return (
        <Columns>
            <TextField label={_("Name")} {...name} onChange={next => name.onChange(next ?? "")} isRequired isReadOnly={!isNew}
                helperText={isNew ? _("Letters, digits, dots, dashes and underscores.") : _("The name of a saved blueprint cannot change.")} />
            <TextField label={_("Version")} {...at("version")} placeholder="0.0.1" monospace
                helperText={_("major.minor.patch; composer raises the patch number on each save when it is unchanged.")} />
            <TextField label={_("Description")} {...at("description")} />
            {distros && distros.length > 0
                ? <SelectField label={_("Distribution")} {...at("distro")} unsetLabel={_("The host's distribution")}
                    options={distros.map(d => ({ value: d, label: d }))} />
                : <TextField label={_("Distribution")} {...at("distro")} placeholder="fedora-43" monospace
                    helperText={_("The host's distribution when empty.")} />}
            {architectures && architectures.length > 0
                ? <SelectField label={_("Architecture")} {...at("architecture")} unsetLabel={_("The host's architecture")}
                    options={architectures.map(a => ({ value: a, label: a }))} />
                : <TextField label={_("Architecture")} {...at("architecture")} placeholder="x86_64" monospace
                    helperText={_("The host's architecture when empty.")} />}
        </Columns>
    );
}
