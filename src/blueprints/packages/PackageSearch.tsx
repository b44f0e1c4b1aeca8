// Search composer's repositories (modules/list with a glob, then projects/info for the
// summaries of the page shown): debounced, only the newest search is shown, paged.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { SearchInput } from "@patternfly/react-core/dist/esm/components/SearchInput/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import { useState } from "react";

import { LoadingSpinner } from "../../../pkg/lib/LoadingSpinner";
import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { usePackageSummariesQuery, useSearchPackagesQuery } from "../../api/weldrPackages";
import { CompactPager } from "../../app/CompactPager";
import { ErrorAlert } from "../../app/ErrorAlert";
import { searchGlob } from "./packageEdits";
import { useDebounced } from "./useDebounced";

const DEBOUNCE_MS = 300;
const PER_PAGE_OPTIONS = [10, 20, 50];

interface Props {
    distro?: string;
    arch?: string;
    isAdded(name: string): boolean;
    onAdd(name: string): void;
}

export function PackageSearch({ distro, arch, isAdded, onAdd }: Props) {
    const [term, setTerm] = useState("");
    const [page, setPage] = useState(1);
    const [perPage, setPerPage] = useState(20);
    const glob = useDebounced(searchGlob(term), DEBOUNCE_MS);
    const args = glob === null ? null : { glob, offset: (page - 1) * perPage, limit: perPage, distro, arch };
    // currentData: only the reply to these arguments, never an older search's
    const search = useSearchPackagesQuery(args ?? { glob: "", offset: 0, limit: 0 }, { skip: args === null });
    const names = search.currentData?.names ?? [];
    const summaries = usePackageSummariesQuery({ names, distro, arch }, { skip: names.length === 0 });
    const byName = new Map((summaries.currentData ?? []).map(p => [p.name, p]));
    const error = asComposerError(search.error);
    const total = search.currentData?.total ?? 0;
    const pending = term.trim() !== "" && (searchGlob(term) !== glob || search.isFetching);

    return (
        <div className="foundry-package-search">
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <SearchInput
                            aria-label={_("Search packages")}
                            placeholder={_("Search packages, e.g. vim or python3-*")}
                            value={term}
                            onChange={(_event, value) => { setTerm(value); setPage(1) }}
                            onClear={() => { setTerm(""); setPage(1) }}
                            resetButtonLabel={_("Clear search")}
                        />
                    </ToolbarItem>
                    {pending && <ToolbarItem alignSelf="center"><LoadingSpinner size="md" aria-label={_("Searching")} /></ToolbarItem>}
                    {search.currentData && !pending &&
                        <ToolbarItem alignSelf="center">{format(_("$0 found"), total)}</ToolbarItem>}
                    <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                        <CompactPager
                            count={total}
                            page={page}
                            perPage={perPage}
                            perPageOptions={PER_PAGE_OPTIONS}
                            onPage={setPage}
                            onPerPage={n => { setPerPage(n); setPage(1) }}
                        />
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>
            {error && glob !== null && <ErrorAlert title={format(_("Packages matching $0 could not be listed"), glob)} error={error} />}
            {search.currentData && total === 0 && <p>{format(_("No package matches $0."), glob ?? "")}</p>}
            {names.length > 0 &&
                <Table aria-label={_("Search results")} variant="compact">
                    <Thead>
                        <Tr>
                            <Th>{_("Name")}</Th>
                            <Th>{_("Version")}</Th>
                            <Th>{_("Architecture")}</Th>
                            <Th>{_("Summary")}</Th>
                            <Th screenReaderText={_("Actions")} />
                        </Tr>
                    </Thead>
                    <Tbody>
                        {names.map(name => {
                            const info = byName.get(name);
                            const added = isAdded(name);
                            return (
                                <Tr key={name} data-package={name}>
                                    <Td dataLabel={_("Name")}>{name}</Td>
                                    <Td dataLabel={_("Version")}>{info ? `${info.epoch ? `${info.epoch}:` : ""}${info.version}-${info.release}` : ""}</Td>
                                    <Td dataLabel={_("Architecture")}>{info?.arch ?? ""}</Td>
                                    <Td dataLabel={_("Summary")}>{info?.summary ?? (summaries.isFetching ? _("Loading…") : "")}</Td>
                                    <Td isActionCell>
                                        <Button variant="secondary" size="sm" isDisabled={added} onClick={() => onAdd(name)}
                                            aria-label={format(_("Add package $0"), name)}>
                                            {added ? _("Added") : _("Add")}
                                        </Button>
                                    </Td>
                                </Tr>
                            );
                        })}
                    </Tbody>
                </Table>}
        </div>
    );
}
