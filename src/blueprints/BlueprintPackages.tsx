// The packages, groups and modules a blueprint installs, read-only.
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";

import { _ } from "../../pkg/lib/gettext";
import type { Blueprint } from "../model/blueprint";

export function BlueprintPackages({ blueprint }: { blueprint: Blueprint }) {
    const rows = [
        ...(blueprint.packages ?? []).map(p => ({ kind: _("Package"), name: p.name, version: p.version ?? "" })),
        ...(blueprint.modules ?? []).map(p => ({ kind: _("Package"), name: p.name, version: p.version ?? "" })),
        ...(blueprint.groups ?? []).map(g => ({ kind: _("Group"), name: g.name, version: "" })),
        ...(blueprint.enabled_modules ?? []).map(m => ({ kind: _("Module stream"), name: m.name, version: m.stream ?? "" })),
    ];
    return (
        <Card>
            <CardTitle>{_("Packages")}</CardTitle>
            <CardBody>
                {rows.length === 0
                    ? <p>{_("No packages beyond those of the image type.")}</p>
                    : (
                        <Table aria-label={_("Packages")} variant="compact">
                            <Thead>
                                <Tr>
                                    <Th>{_("Name")}</Th>
                                    <Th>{_("Version")}</Th>
                                    <Th>{_("Kind")}</Th>
                                </Tr>
                            </Thead>
                            <Tbody>
                                {rows.map((row, i) => (
                                    <Tr key={`${row.kind}-${row.name}-${i}`}>
                                        <Td dataLabel={_("Name")}>{row.name}</Td>
                                        <Td dataLabel={_("Version")}>{row.version || "*"}</Td>
                                        <Td dataLabel={_("Kind")}>{row.kind}</Td>
                                    </Tr>
                                ))}
                            </Tbody>
                        </Table>
                    )}
            </CardBody>
        </Card>
    );
}
