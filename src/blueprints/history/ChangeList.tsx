// The fields that differ between two blueprints, one row each: where, what happened, the
// value before and after.
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";

import { _ } from "../../../pkg/lib/gettext";
import type { BlueprintChange } from "../../model/blueprintDiff";

function shown(value: unknown): string {
    if (value === undefined)
        return "";
    return typeof value === "string" ? value : JSON.stringify(value);
}

function KindLabel({ kind }: { kind: BlueprintChange["kind"] }) {
    switch (kind) {
    case "added": return <Label isCompact color="green">{_("Added")}</Label>;
    case "removed": return <Label isCompact color="red">{_("Removed")}</Label>;
    case "changed": return <Label isCompact color="blue">{_("Changed")}</Label>;
    }
}

export function ChangeList({ changes }: { changes: BlueprintChange[] }) {
    if (changes.length === 0)
        return <p>{_("The two commits hold the same blueprint.")}</p>;
    return (
        <Table aria-label={_("Changed fields")} variant="compact">
            <Thead>
                <Tr>
                    <Th>{_("Field")}</Th>
                    <Th>{_("Change")}</Th>
                    <Th>{_("Before")}</Th>
                    <Th>{_("After")}</Th>
                </Tr>
            </Thead>
            <Tbody>
                {changes.map(change => (
                    <Tr key={`${change.kind}:${change.where}`} data-field={change.where}>
                        <Td dataLabel={_("Field")} className="foundry-mono">{change.where}</Td>
                        <Td dataLabel={_("Change")}><KindLabel kind={change.kind} /></Td>
                        <Td dataLabel={_("Before")} className="foundry-mono" modifier="breakWord">{shown(change.before)}</Td>
                        <Td dataLabel={_("After")} className="foundry-mono" modifier="breakWord">{shown(change.after)}</Td>
                    </Tr>
                ))}
            </Tbody>
        </Table>
    );
}
