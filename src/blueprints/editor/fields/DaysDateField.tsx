// A date stored as whole days since 1970-01-01 (user expiredate), picked as a date. A value
// that is not a whole number is shown as the text it is, with its problem.
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import type { ReactNode } from "react";

import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { NumberField } from "./NumberField";
import { fieldId, problemsAtPath } from "./paths";
import { daysToIsoDate, isoDateToDays } from "./values";

interface Props {
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: number | string | undefined) => void;
    problems: readonly Problem[];
    helperText?: ReactNode;
}

export function DaysDateField(props: Props) {
    const { label, path, value, onChange, problems, helperText } = props;
    if (value !== undefined && daysToIsoDate(value) === null)
        return <NumberField {...props} />;
    const id = fieldId(path);
    const here = problemsAtPath(problems, path);
    return (
        <FormGroup label={label} fieldId={id}>
            <TextInput
                id={id}
                type="date"
                value={value === undefined ? "" : daysToIsoDate(value) ?? ""}
                onChange={(_event, text) => onChange(text === "" ? undefined : isoDateToDays(text) ?? text)}
                validated={here.length > 0 ? "error" : "default"}
                aria-describedby={here.length > 0 || helperText ? `${id}-helper` : undefined}
            />
            <FieldHelper id={`${id}-helper`} problems={here} helperText={helperText} />
        </FormGroup>
    );
}
