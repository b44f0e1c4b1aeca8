// Form fields generated from target field data (src/model/targets.ts): a password input for a
// secret, a text area (with "read a file") for key files, a checkbox, a select, or a text
// input; required marks, and the problem shown at the field once it was touched or submitted.
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { FormSelect, FormSelectOption } from "@patternfly/react-core/dist/esm/components/FormSelect/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import type { ChangeEvent } from "react";

import { _ } from "../../pkg/lib/gettext";
import type { FieldProblem, TargetField, TargetValues } from "../model/targets";
import { fieldProblemText } from "./problemText";

interface FieldProps {
    /** prefixes the input ids, unique in the dialog */
    idPrefix: string;
    field: TargetField;
    values: TargetValues;
    onChange: (key: string, value: string | boolean) => void;
    problem?: FieldProblem;
    /** id of a <datalist> of suggestions */
    list?: string;
}

function FileText({ id, field, value, onChange, invalid }: { id: string; field: TargetField; value: string; onChange: (v: string) => void; invalid: boolean }) {
    const read = (event: ChangeEvent<HTMLInputElement>) => {
        const file = event.target.files?.[0];
        if (file)
            void file.text().then(onChange);
    };
    return (
        <>
            <TextArea id={id} value={value} onChange={(_event, v) => onChange(v)} resizeOrientation="vertical" rows={4}
                      validated={invalid ? "error" : "default"} isRequired={field.required} className="foundry-mono"
                      autoComplete="off" spellCheck={false} />
            <input type="file" aria-label={_("Read from a file")} accept={field.accept} onChange={read} />
        </>
    );
}

export function FieldInput({ idPrefix, field, values, onChange, problem, list }: FieldProps) {
    const id = `${idPrefix}-${field.key.replace(/[^\w-]/g, "-")}`;
    const raw = values[field.key] ?? field.defaultValue;
    const invalid = problem !== undefined;
    const hint = field.kind === "list" ? _("Separate several with commas.") : null;
    const helper = problem || hint
        ? <FormHelperText><HelperText><HelperTextItem variant={problem ? "error" : "default"} id={`${id}-helper`}>{problem ? fieldProblemText(problem) : hint}</HelperTextItem></HelperText></FormHelperText>
        : null;
    if (field.kind === "boolean") {
        return (
            <FormGroup fieldId={id}>
                <Checkbox id={id} label={_(field.label)} isChecked={raw === true} onChange={(_event, checked) => onChange(field.key, checked)} />
            </FormGroup>
        );
    }
    const text = raw === undefined ? "" : Array.isArray(raw) ? raw.join(", ") : String(raw);
    let input;
    if (field.kind === "file") {
        input = <FileText id={id} field={field} value={text} onChange={v => onChange(field.key, v)} invalid={invalid} />;
    } else if (field.kind === "select") {
        input = (
            <FormSelect id={id} value={text} onChange={(_event, v) => onChange(field.key, v)}>
                <FormSelectOption value="" label={_("Default")} />
                {(field.options ?? []).map(option => <FormSelectOption key={option} value={option} label={option} />)}
            </FormSelect>
        );
    } else {
        input = (
            <TextInput id={id} value={text} isRequired={field.required} placeholder={field.placeholder}
                       type={field.kind === "secret" ? "password" : "text"} autoComplete={field.secret ? "new-password" : "off"}
                       validated={invalid ? "error" : "default"} aria-describedby={helper ? `${id}-helper` : undefined}
                       onChange={(_event, v) => onChange(field.key, v)} {...(list ? { list } : {})} />
        );
    }
    return (
        <FormGroup label={_(field.label)} isRequired={field.required} fieldId={id}>
            {input}
            {helper}
        </FormGroup>
    );
}

interface FieldsProps {
    idPrefix: string;
    fields: readonly TargetField[];
    values: TargetValues;
    onChange: (key: string, value: string | boolean) => void;
    /** problems by field key, only those to show */
    problems: Map<string, FieldProblem>;
    /** datalist ids by field key */
    lists?: Record<string, string>;
}

export function FieldInputs({ idPrefix, fields, values, onChange, problems, lists }: FieldsProps) {
    return (
        <>
            {fields.map(field =>
                <FieldInput key={field.key} idPrefix={idPrefix} field={field} values={values} onChange={onChange} problem={problems.get(field.key)} list={lists?.[field.key]} />)}
        </>
    );
}
