// customizations.fips: build the image in FIPS mode.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import type { SectionProps } from "./types";

export function FipsSection({ value, onChange, problems, basePath = ["customizations", "fips"] }: SectionProps) {
    return (
        <CheckboxField
            label={_("Enable FIPS mode")}
            path={basePath}
            value={value}
            onChange={next => onChange(next ?? false)}
            problems={problems}
            description={_("The system uses only FIPS 140 validated cryptography, from the first boot on.")}
        />
    );
}
