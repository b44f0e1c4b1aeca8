// A list of texts (NTP servers, groups, ports, services…): each item its own input with a
// remove button, an add button below, problems shown at the item they concern. An emptied
// list removes the key; items that are not text are shown read-only and kept.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { InputGroup, InputGroupItem } from "@patternfly/react-core/dist/esm/components/InputGroup/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import MinusCircleIcon from "@patternfly/react-icons/dist/esm/icons/minus-circle-icon.js";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon.js";
import { type ReactNode, useEffect, useState } from "react";

import { format, _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath } from "./paths";
import { displayText, isScalar } from "./values";

interface Props {
    /** the label of the whole list, e.g. "NTP servers" */
    label: string;
    /** the accessible name of one item, e.g. "NTP server"; items are numbered from 1 */
    itemLabel: string;
    path: Path;
    value: unknown;
    onChange: (next: unknown[] | undefined) => void;
    problems: readonly Problem[];
    addLabel: string;
    helperText?: ReactNode;
    placeholder?: string;
    monospace?: boolean;
    /** multi-line items (certificates, scripts) of this many rows */
    rows?: number;
}

export function StringListField({ label, itemLabel, path, value, onChange, problems, addLabel, helperText, placeholder, monospace, rows }: Props) {
    const id = fieldId(path);
    const [focusIndex, setFocusIndex] = useState<number | null>(null);
    const malformed = value !== undefined && !Array.isArray(value);
    const items = Array.isArray(value) ? value : [];

    useEffect(() => {
        if (focusIndex !== null)
            document.getElementById(fieldId([...path, focusIndex]))?.focus();
        // focus once, right after an item was added
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [focusIndex]);

    const setItem = (index: number, text: string) => onChange(items.map((item, i) => i === index ? text : item));
    const remove = (index: number) => {
        const next = items.filter((_item, i) => i !== index);
        onChange(next.length > 0 ? next : undefined);
    };
    const add = () => {
        onChange([...items, ""]);
        setFocusIndex(items.length);
    };

    const here = problemsAtPath(problems, path);
    const hint = malformed ? _("This value is not a list; edit it in the TOML editor.") : helperText;

    return (
        <FormGroup label={label} fieldId={id} role="group">
            <Stack hasGutter>
                {malformed && <StackItem><pre className="foundry-mono">{displayText(value)}</pre></StackItem>}
                {items.map((item, index) => {
                    const itemPath = [...path, index];
                    const itemId = fieldId(itemPath);
                    const itemProblems = problemsAtPath(problems, itemPath);
                    const name = format(_("$0 $1"), itemLabel, index + 1);
                    const common = {
                        id: itemId,
                        value: displayText(item),
                        "aria-label": name,
                        readOnlyVariant: isScalar(item) ? undefined : "default" as const,
                        validated: itemProblems.length > 0 ? "error" as const : "default" as const,
                        "aria-describedby": itemProblems.length > 0 ? `${itemId}-helper` : undefined,
                        placeholder,
                        className: monospace ? "foundry-mono" : undefined,
                    };
                    return (
                        <StackItem key={index}>
                            <InputGroup>
                                <InputGroupItem isFill>
                                    {rows
                                        ? <TextArea {...common} rows={rows} resizeOrientation="vertical" onChange={(_event, text) => setItem(index, text)} />
                                        : <TextInput {...common} onChange={(_event, text) => setItem(index, text)} />}
                                </InputGroupItem>
                                <InputGroupItem>
                                    <Button
                                        variant="plain"
                                        id={`${itemId}-remove`}
                                        icon={<MinusCircleIcon />}
                                        aria-label={format(_("Remove $0"), name)}
                                        onClick={() => remove(index)}
                                    />
                                </InputGroupItem>
                            </InputGroup>
                            <FieldHelper id={`${itemId}-helper`} problems={itemProblems} />
                        </StackItem>
                    );
                })}
                {!malformed &&
                    <StackItem>
                        <Button variant="link" isInline icon={<PlusCircleIcon />} onClick={add} id={`${id}-add`}>
                            {addLabel}
                        </Button>
                    </StackItem>}
            </Stack>
            <FieldHelper id={`${id}-helper`} problems={here} helperText={hint} />
        </FormGroup>
    );
}
