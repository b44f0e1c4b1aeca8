// What blueprints/freeze answered: the version each package would be pinned to, and the
// offer to put those versions into the edited blueprint.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";

import { Alert } from "../../../pkg/lib/Alert";
import { format, _ } from "../../../pkg/lib/gettext";
import type { FreezeResult } from "../../api/weldrPackagesTypes";
import type { Blueprint } from "../../model/blueprint";
import { entries } from "./packageEdits";

interface Props {
    name: string;
    result: FreezeResult;
    onApply(frozen: Blueprint): void;
}

export function FreezeResults({ name, result, onApply }: Props) {
    if (result.errors.length > 0 || !result.blueprint) {
        return (
            <Alert variant="danger" isInline title={format(_("The versions of $0 could not be frozen"), name)}>
                {result.errors.map((e, i) => <p key={i} className="foundry-error-message">{e.msg}</p>)}
            </Alert>
        );
    }
    const frozen = result.blueprint;
    const pinned = [...entries(frozen, "packages"), ...entries(frozen, "modules")];
    return (
        <>
            <Table aria-label={_("Frozen versions")} variant="compact">
                <Thead>
                    <Tr>
                        <Th>{_("Name")}</Th>
                        <Th>{_("Frozen version")}</Th>
                    </Tr>
                </Thead>
                <Tbody>
                    {pinned.map(p => (
                        <Tr key={p.name}>
                            <Td dataLabel={_("Name")}>{p.name}</Td>
                            <Td dataLabel={_("Frozen version")}>{p.version ?? ""}</Td>
                        </Tr>
                    ))}
                </Tbody>
            </Table>
            <Button variant="secondary" onClick={() => onApply(frozen)}>{_("Apply these versions to the blueprint")}</Button>
        </>
    );
}
