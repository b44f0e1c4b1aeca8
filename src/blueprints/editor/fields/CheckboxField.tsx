// A yes/no value bound to one place: checked stores true, unchecked false (or removes the
// key when removeWhenOff).
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import type { ReactNode } from "react";

import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath } from "./paths";

interface Props {
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: boolean | undefined) => void;
    problems: readonly Problem[];
    description?: ReactNode;
    removeWhenOff?: boolean;
}

export function CheckboxField({ label, path, value, onChange, problems, description, removeWhenOff }: Props) {
    const id = fieldId(path);
    const here = problemsAtPath(problems, path);
    return (
        <FormGroup fieldId={id}>
            <Checkbox
                id={id}
                label={label}
                description={description}
                isChecked={value === true}
                isValid={here.length === 0}
                onChange={(_event, checked) => onChange(checked ? true : (removeWhenOff ? undefined : false))}
                aria-describedby={here.length > 0 ? `${id}-helper` : undefined}
            />
            <FieldHelper id={`${id}-helper`} problems={here} />
        </FormGroup>
    );
}
