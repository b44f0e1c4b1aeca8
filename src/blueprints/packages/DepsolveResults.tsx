// What blueprints/depsolve answered: the counts and the resolved packages, or composer's
// own words when it could not resolve them.
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";

import { Alert } from "../../../pkg/lib/Alert";
import { format, ngettext, _ } from "../../../pkg/lib/gettext";
import type { DepsolveResult } from "../../api/weldrPackagesTypes";

function evr(p: { epoch: number; version: string; release: string }): string {
    return `${p.epoch ? `${p.epoch}:` : ""}${p.version}-${p.release}`;
}

export function DepsolveResults({ name, result, requested }: { name: string; result: DepsolveResult; requested: number }) {
    if (result.errors.length > 0) {
        return (
            <Alert variant="danger" isInline title={format(_("The packages of $0 could not be resolved"), name)}>
                {result.errors.map((e, i) => <p key={i} className="foundry-error-message">{e.msg}</p>)}
            </Alert>
        );
    }
    const deps = result.dependencies;
    const repos = new Set(deps.map(d => d.repo_id).filter(Boolean));
    return (
        <>
            <Alert variant="success" isInline isPlain
                title={format(ngettext("$0 package resolved for $1 requested, from $2 repositories", "$0 packages resolved for $1 requested, from $2 repositories", deps.length),
                              deps.length, requested, repos.size)} />
            <ExpandableSection toggleText={_("Resolved packages")}>
                <Table aria-label={_("Resolved packages")} variant="compact">
                    <Thead>
                        <Tr>
                            <Th>{_("Name")}</Th>
                            <Th>{_("Version")}</Th>
                            <Th>{_("Architecture")}</Th>
                            <Th>{_("Repository")}</Th>
                        </Tr>
                    </Thead>
                    <Tbody>
                        {deps.map(d => (
                            <Tr key={`${d.name}.${d.arch}`}>
                                <Td dataLabel={_("Name")}>{d.name}</Td>
                                <Td dataLabel={_("Version")}>{evr(d)}</Td>
                                <Td dataLabel={_("Architecture")}>{d.arch}</Td>
                                <Td dataLabel={_("Repository")}>{d.repo_id}</Td>
                            </Tr>
                        ))}
                    </Tbody>
                </Table>
            </ExpandableSection>
        </>
    );
}
