// A yes/no value where "not set" means something else than "no" (composer then leaves the
// system's default alone): a select of not set / yes / no.
import type { ReactNode } from "react";

import { _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { SelectField } from "./SelectField";

interface Props {
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: boolean | undefined) => void;
    problems: readonly Problem[];
    /** what "not set" means here; "Default" when not given */
    unsetLabel?: string;
    helperText?: ReactNode;
}

export function TriStateField({ unsetLabel, onChange, ...props }: Props) {
    return (
        <SelectField
            {...props}
            onChange={next => onChange(typeof next === "boolean" ? next : undefined)}
            unsetLabel={unsetLabel ?? _("Default")}
            options={[{ value: true, label: _("Yes") }, { value: false, label: _("No") }]}
        />
    );
}
