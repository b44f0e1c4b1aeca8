// The packages in an image: Weldr compose/info deps, or the Cloud API's /metadata. Searchable;
// at most 500 matching rows are rendered.
import { SearchInput } from "@patternfly/react-core/dist/esm/components/SearchInput/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import { useMemo, useState } from "react";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { format, ngettext, _ } from "../../pkg/lib/gettext";
import { useCloudComposeMetadataQuery } from "../api/cloudComposes";
import { asComposerError } from "../api/composerError";
import { ErrorAlert } from "../app/ErrorAlert";
import { type ComposeView } from "../model/compose";
import { type ImagePackage, cloudPackages, evr, searchPackages } from "../model/composeDocs";
import type { WeldrComposeInfo } from "../api/weldrComposes";

const SHOWN = 500;

function PackageTable({ packages }: { packages: ImagePackage[] }) {
    const [search, setSearch] = useState("");
    const found = useMemo(() => searchPackages(packages, search), [packages, search]);
    return (
        <>
            <SearchInput aria-label={_("Search packages")} placeholder={_("Search packages")} value={search}
                         onChange={(_event, value) => setSearch(value)} onClear={() => setSearch("")}
                         resetButtonLabel={_("Clear search")} />
            <p>{format(ngettext("$0 package", "$0 packages", found.length), found.length)}</p>
            <Table aria-label={_("Packages")} variant="compact">
                <Thead><Tr><Th>{_("Name")}</Th><Th>{_("Version")}</Th><Th>{_("Architecture")}</Th></Tr></Thead>
                <Tbody>
                    {found.slice(0, SHOWN).map(p => (
                        <Tr key={`${p.name}.${p.arch}`}>
                            <Td dataLabel={_("Name")}>{p.name}</Td>
                            <Td dataLabel={_("Version")}>{p.evr}</Td>
                            <Td dataLabel={_("Architecture")}>{p.arch}</Td>
                        </Tr>
                    ))}
                </Tbody>
            </Table>
            {found.length > SHOWN && <p>{format(_("The first $0 are shown: search to narrow them down."), SHOWN)}</p>}
        </>
    );
}

function CloudPackages({ id }: { id: string }) {
    const { data, error, refetch } = useCloudComposeMetadataQuery(id);
    const packages = useMemo(() => cloudPackages(data), [data]);
    const problem = asComposerError(error, "cloud");
    if (problem)
        return <ErrorAlert title={_("The packages could not be read")} error={problem} onRetry={refetch} />;
    if (!data)
        return <LoadingSpinner size="lg" />;
    if (packages.length === 0)
        return <p>{_("The service lists packages once the image is built.")}</p>;
    return <PackageTable packages={packages} />;
}

export function ComposePackages({ compose, info }: { compose: ComposeView; info?: WeldrComposeInfo }) {
    const weldrPackages = useMemo(() => (info?.packages ?? []).map(p => ({ name: p.name, evr: evr(p.epoch, p.version, p.release), arch: p.arch })), [info]);
    if (compose.api === "cloud")
        return compose.koji ? <p>{_("The Cloud API does not list the packages of Koji composes.")}</p> : <CloudPackages id={compose.id} />;
    if (!info)
        return <LoadingSpinner size="lg" />;
    if (weldrPackages.length === 0)
        return <p>{_("Composer lists no packages for this compose.")}</p>;
    return <PackageTable packages={weldrPackages} />;
}
