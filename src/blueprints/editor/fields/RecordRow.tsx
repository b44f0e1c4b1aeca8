// One row of a RecordListField: a titled field group with move and remove buttons, and the
// row's own fields. Re-renders only when its record, its place or its problems change.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormFieldGroup, FormFieldGroupHeader } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Flex } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import ArrowDownIcon from "@patternfly/react-icons/dist/esm/icons/arrow-down-icon.js";
import ArrowUpIcon from "@patternfly/react-icons/dist/esm/icons/arrow-up-icon.js";
import TrashIcon from "@patternfly/react-icons/dist/esm/icons/trash-icon.js";
import { memo, type ReactNode } from "react";

import { format, _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { FieldHelper } from "./FieldHelper";
import { fieldId, problemsAtPath, problemsKey } from "./paths";
import { type Binder, binder, isRecord, type Rec } from "./values";

interface Props {
    item: unknown;
    index: number;
    count: number;
    path: Path;
    title: string;
    description?: string;
    problems: Problem[];
    onItemChange: (index: number, next: unknown) => void;
    onMove: (index: number, delta: number) => void;
    onRemove: (index: number) => void;
    renderItem: (at: Binder, item: Rec, index: number) => ReactNode;
}

function RecordRowInner({ item, index, count, path, title, description, problems, onItemChange, onMove, onRemove, renderItem }: Props) {
    const id = fieldId(path);
    const at = binder(item, next => onItemChange(index, next), path, problems);
    return (
        <div id={`${id}-row`}>
            <FormFieldGroup
                header={
                    <FormFieldGroupHeader
                        titleText={{ text: title, id: `${id}-title` }}
                        titleDescription={<>
                            {description}
                            <FieldHelper id={`${id}-helper`} problems={problemsAtPath(problems, path)} />
                        </>}
                        actions={
                            <Flex spaceItems={{ default: "spaceItemsNone" }} flexWrap={{ default: "nowrap" }}>
                                <Button
                                    variant="plain"
                                    id={`${id}-up`}
                                    icon={<ArrowUpIcon />}
                                    aria-label={format(_("Move $0 up"), title)}
                                    isDisabled={index === 0}
                                    onClick={() => onMove(index, -1)}
                                />
                                <Button
                                    variant="plain"
                                    id={`${id}-down`}
                                    icon={<ArrowDownIcon />}
                                    aria-label={format(_("Move $0 down"), title)}
                                    isDisabled={index === count - 1}
                                    onClick={() => onMove(index, 1)}
                                />
                                <Button
                                    variant="plain"
                                    id={`${id}-remove`}
                                    icon={<TrashIcon />}
                                    aria-label={format(_("Remove $0"), title)}
                                    onClick={() => onRemove(index)}
                                />
                            </Flex>
                        }
                    />
                }
            >
                {isRecord(item)
                    ? renderItem(at, item, index)
                    : <pre className="foundry-mono">{JSON.stringify(item, null, 2)}</pre>}
            </FormFieldGroup>
        </div>
    );
}

export const RecordRow = memo(RecordRowInner, (a, b) =>
    a.item === b.item &&
    a.index === b.index &&
    a.count === b.count &&
    a.title === b.title &&
    a.description === b.description &&
    a.path.join("\u0001") === b.path.join("\u0001") &&
    problemsKey(a.problems) === problemsKey(b.problems));
