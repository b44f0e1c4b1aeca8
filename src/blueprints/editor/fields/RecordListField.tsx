// A list of records (users, partitions, files, repositories…): one small form per row, with
// buttons to move a row up or down and to remove it, and one to add a row. Each row edits
// its own record through a Binder, so keys the form does not show stay in the row. Rows are
// memoised: typing in one row does not re-render the others. Long lists (hundreds of users)
// show one page of rows at a time, with a link to each row elsewhere that has a problem.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormFieldGroup, FormFieldGroupHeader, FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon.js";
import { type ReactNode, useCallback, useLayoutEffect, useRef } from "react";

import { format, _ } from "../../../../pkg/lib/gettext";
import { CompactPager, usePages } from "../../../app/CompactPager";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath, problemsUnderPath } from "./paths";
import { RecordRow } from "./RecordRow";
import { RowsElsewhere } from "./RowsElsewhere";
import { asRecord, type Binder, type Rec } from "./values";

export interface RecordListFieldProps {
    /** the label of the whole list, e.g. "Users" */
    label: string;
    path: Path;
    value: unknown;
    onChange: (next: unknown[]) => void;
    problems: readonly Problem[];
    /** the title of one row, e.g. "User admin" or "User 3"; also names its buttons */
    itemTitle: (item: Rec, index: number) => string;
    /** a line under a row's title (e.g. what else applies to it) */
    itemDescription?: (item: Rec, index: number) => string | undefined;
    newItem: () => Rec;
    addLabel: string;
    /** the fields of one row; must depend on its arguments only (rows are memoised) */
    renderItem: (at: Binder, item: Rec, index: number) => ReactNode;
    emptyText?: string;
    /** hide the list's own label (when the section card's title says it already) */
    hideLabel?: boolean;
}

/** rows shown at once; a list longer than the smallest page gets a pager */
const PER_PAGE_OPTIONS = [10, 20, 50];

export function RecordListField({ label, path, value, onChange, problems, itemTitle, itemDescription, newItem, addLabel, renderItem, emptyText, hideLabel }: RecordListFieldProps) {
    const id = fieldId(path);
    const malformed = value !== undefined && !Array.isArray(value);
    const items = Array.isArray(value) ? value : [];
    const { perPage, first, setPage, pageOf, pager } = usePages(items.length, PER_PAGE_OPTIONS);
    const paged = items.length > PER_PAGE_OPTIONS[0];
    const shown = paged ? items.slice(first, first + perPage) : items;

    // the row callbacks stay the same between renders and read the latest list from here
    const latest = useRef({ items, onChange, path, perPage });
    useLayoutEffect(() => {
        latest.current = { items, onChange, path, perPage };
    });
    const changeItem = useCallback((index: number, next: unknown) => {
        const { items, onChange } = latest.current;
        onChange(items.map((item, i) => i === index ? next : item));
    }, []);
    const moveItem = useCallback((index: number, delta: number) => {
        const { items, onChange, path, perPage } = latest.current;
        const target = index + delta;
        if (target < 0 || target >= items.length)
            return;
        const next = [...items];
        [next[index], next[target]] = [next[target], next[index]];
        onChange(next);
        // the row may move onto the next or the previous page: follow it
        setPage(Math.floor(target / perPage) + 1);
        requestAnimationFrame(() => document.getElementById(fieldId([...path, target], delta < 0 ? "up" : "down"))?.focus());
    }, [setPage]); // a state setter: the same on every render
    const removeItem = useCallback((index: number) => {
        const { items, onChange } = latest.current;
        onChange(items.filter((_item, i) => i !== index));
    }, []);
    const add = () => {
        onChange([...items, newItem()]);
        setPage(pageOf(items.length));
        requestAnimationFrame(() => focusFirstInput(fieldId([...path, items.length], "row")));
    };

    return (
        <FormFieldGroup
            header={hideLabel ? undefined : <FormFieldGroupHeader titleText={{ text: label, id: `${id}-label` }} />}
        >
            <Stack hasGutter>
                {malformed && <StackItem><pre className="foundry-mono">{JSON.stringify(value, null, 2)}</pre></StackItem>}
                {!malformed && items.length === 0 && emptyText && <StackItem>{emptyText}</StackItem>}
                {shown.map((item, i) => ({ item, index: first + i })).map(({ item, index }) =>
                    <StackItem key={index}>
                        <RecordRow
                            item={item}
                            index={index}
                            count={items.length}
                            path={[...path, index]}
                            title={itemTitle(asRecord(item), index)}
                            description={itemDescription?.(asRecord(item), index)}
                            problems={problemsUnderPath(problems, [...path, index])}
                            onItemChange={changeItem}
                            onMove={moveItem}
                            onRemove={removeItem}
                            renderItem={renderItem}
                        />
                    </StackItem>)}
                {paged &&
                    <StackItem>
                        <CompactPager count={items.length} label={format(_("Pages of $0"), label)} {...pager} />
                        <RowsElsewhere
                            path={path}
                            items={items}
                            problems={problems}
                            from={first}
                            to={first + shown.length}
                            itemTitle={itemTitle}
                            onGo={index => {
                                setPage(pageOf(index));
                                requestAnimationFrame(() => focusFirstInput(fieldId([...path, index], "row")));
                            }}
                        />
                    </StackItem>}
                {!malformed &&
                    <StackItem>
                        <Button variant="secondary" icon={<PlusCircleIcon />} onClick={add} id={`${id}-add`}>
                            {addLabel}
                        </Button>
                    </StackItem>}
            </Stack>
            <FormGroup fieldId={`${id}-problems`}>
                <FieldHelper
                    id={`${id}-helper`}
                    problems={problemsAtPath(problems, path)}
                    helperText={malformed ? _("This value is not a list; edit it in the TOML editor.") : undefined}
                />
            </FormGroup>
        </FormFieldGroup>
    );
}

function focusFirstInput(rowId: string) {
    document.getElementById(rowId)?.querySelector<HTMLElement>("input, textarea, select")?.focus();
}

/** "User admin" when the row has a name, "User 3" when not */
export function titled(kind: string, name: unknown, index: number): string {
    return typeof name === "string" && name !== "" ? format(_("$0 $1"), kind, name) : format(_("$0 $1"), kind, index + 1);
}
