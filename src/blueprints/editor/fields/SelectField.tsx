// One value from a list, as a native select (keyboard and screen reader friendly). A value
// outside the list is shown as its own option and kept; the "not set" option removes the key.
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { FormSelect, FormSelectOption } from "@patternfly/react-core/dist/esm/components/FormSelect/index.js";
import type { ReactNode } from "react";

import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath } from "./paths";
import { displayText } from "./values";

export interface SelectOption {
    /** the value stored in the blueprint */
    value: string | number | boolean;
    label: string;
}

interface Props {
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: string | number | boolean | undefined) => void;
    problems: readonly Problem[];
    options: SelectOption[];
    /** the label of an option that removes the key; without it there is no such option */
    unsetLabel?: string;
    helperText?: ReactNode;
    isRequired?: boolean;
}

// every option but this one is keyed "<type>:<text>", so it cannot collide
const UNSET = "unset";

function optionKey(value: unknown): string {
    return `${typeof value}:${displayText(value)}`;
}

export function SelectField({ label, path, value, onChange, problems, options, unsetLabel, helperText, isRequired }: Props) {
    const id = fieldId(path);
    const here = problemsAtPath(problems, path);
    const known = options.some(option => optionKey(option.value) === optionKey(value));
    const all = [...options];
    if (value !== undefined && !known)
        all.push({ value: value as string, label: displayText(value) });
    const current = value === undefined ? UNSET : optionKey(value);

    const change = (key: string) => {
        if (key === UNSET)
            return onChange(undefined);
        const option = all.find(o => optionKey(o.value) === key);
        if (option)
            onChange(option.value);
    };

    return (
        <FormGroup label={label} fieldId={id} isRequired={isRequired}>
            <FormSelect
                id={id}
                value={current}
                onChange={(_event, key) => change(key)}
                validated={here.length > 0 ? "error" : "default"}
                aria-describedby={here.length > 0 || helperText ? `${id}-helper` : undefined}
            >
                {(unsetLabel !== undefined || value === undefined) &&
                    <FormSelectOption value={UNSET} label={unsetLabel ?? ""} isDisabled={unsetLabel === undefined} />}
                {all.map(option =>
                    <FormSelectOption key={optionKey(option.value)} value={optionKey(option.value)} label={option.label} />)}
            </FormSelect>
            <FieldHelper id={`${id}-helper`} problems={here} helperText={helperText} />
        </FormGroup>
    );
}
