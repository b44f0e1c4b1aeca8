// A text input bound to one place in the blueprint, with its problems shown under it.
// Clearing the text removes the key; values the input cannot show (tables, lists) are
// shown read-only and kept.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { InputGroup, InputGroupItem } from "@patternfly/react-core/dist/esm/components/InputGroup/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import EyeIcon from "@patternfly/react-icons/dist/esm/icons/eye-icon.js";
import EyeSlashIcon from "@patternfly/react-icons/dist/esm/icons/eye-slash-icon.js";
import { type ReactNode, useState } from "react";

import { _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath } from "./paths";
import { displayText, isScalar } from "./values";

export interface TextFieldProps {
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: string | undefined) => void;
    problems: readonly Problem[];
    helperText?: ReactNode;
    isRequired?: boolean;
    isReadOnly?: boolean;
    /** a multi-line text area of this many rows */
    rows?: number;
    type?: "text" | "password" | "url" | "email";
    placeholder?: string;
    monospace?: boolean;
    /** keep "" instead of removing the key when the text is cleared */
    keepEmpty?: boolean;
}

/** The shared body of text, number and size fields: parse turns the text into the stored value */
export function ParsedTextField({ parse, inputMode, ...props }: Omit<TextFieldProps, "onChange"> & {
    onChange: (next: unknown) => void;
    parse: (text: string) => unknown;
    inputMode?: "numeric" | "text";
}) {
    const { label, path, value, onChange, problems, helperText, isRequired, rows, type, placeholder, monospace } = props;
    const id = fieldId(path);
    const here = problemsAtPath(problems, path);
    const readOnly = props.isReadOnly || !isScalar(value);
    const validated: "error" | "default" = here.length > 0 ? "error" : "default";
    const describedBy = here.length > 0 || helperText || !isScalar(value) ? `${id}-helper` : undefined;
    const hint = isScalar(value) ? helperText : _("This value has a form the editor cannot change here; edit it in the TOML editor.");
    const change = (text: string) => onChange(parse(text));
    const [revealed, setRevealed] = useState(false);
    const isPassword = type === "password";

    const common = {
        id,
        value: displayText(value),
        readOnlyVariant: readOnly ? "default" as const : undefined,
        validated,
        placeholder,
        className: monospace ? "foundry-mono" : undefined,
        "aria-describedby": describedBy,
        isRequired,
    };
    const input = <TextInput {...common} onChange={(_event, text) => change(text)}
        type={isPassword && revealed ? "text" : (type ?? "text")} inputMode={inputMode} />;

    return (
        <FormGroup label={label} fieldId={id} isRequired={isRequired}>
            {rows && <TextArea {...common} onChange={(_event, text) => change(text)} rows={rows} resizeOrientation="vertical" />}
            {!rows && !isPassword && input}
            {!rows && isPassword &&
                <InputGroup>
                    <InputGroupItem isFill>{input}</InputGroupItem>
                    <InputGroupItem>
                        <Button
                            variant="control"
                            id={`${id}-reveal`}
                            icon={revealed ? <EyeSlashIcon /> : <EyeIcon />}
                            aria-label={revealed ? _("Hide password") : _("Show password")}
                            aria-pressed={revealed}
                            onClick={() => setRevealed(!revealed)}
                        />
                    </InputGroupItem>
                </InputGroup>}
            <FieldHelper id={`${id}-helper`} problems={here} helperText={hint} />
        </FormGroup>
    );
}

export function TextField({ keepEmpty, onChange, ...props }: TextFieldProps) {
    return <ParsedTextField {...props} onChange={next => onChange(next as string | undefined)} parse={text => text === "" && !keepEmpty ? undefined : text} />;
}
