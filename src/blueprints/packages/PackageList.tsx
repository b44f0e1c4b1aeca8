// The packages (and legacy modules) of the edited blueprint: name and version or glob
// editable in place, removable; a depsolve problem is shown at the package it names. A long
// list (thousands of packages) shows one page at a time, with a filter by name and a link to
// each package elsewhere that has a problem.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { SearchInput } from "@patternfly/react-core/dist/esm/components/SearchInput/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import TrashIcon from "@patternfly/react-icons/dist/esm/icons/trash-icon.js";
import { useState } from "react";

import { format, ngettext, _ } from "../../../pkg/lib/gettext";
import { CompactPager, usePages } from "../../app/CompactPager";
import type { Blueprint } from "../../model/blueprint";
import { type PackageListKey, entries, isGlob, removePackage, setPackageField } from "./packageEdits";

interface Props {
    blueprint: Blueprint;
    onChange(next: Blueprint): void;
    /** depsolve messages by the package name they name */
    problems: Map<string, string>;
}

const PER_PAGE_OPTIONS = [20, 50, 100];
/** links to packages elsewhere with problems; the rest are counted */
const SHOWN_ELSEWHERE = 5;

const entryName = (entry: Record<string, unknown>) => typeof entry.name === "string" ? entry.name : "";

export function PackageList({ blueprint, onChange, problems }: Props) {
    const [filter, setFilter] = useState("");
    const all = (["packages", "modules"] as PackageListKey[]).flatMap(key =>
        entries(blueprint, key).map((entry, index) => ({ key, index, entry })));
    const paged = all.length > PER_PAGE_OPTIONS[0];
    const needle = filter.trim().toLowerCase();
    const matching = paged && needle ? all.filter(row => entryName(row.entry).toLowerCase().includes(needle)) : all;
    const { perPage, first, setPage, pageOf, pager } = usePages(matching.length, PER_PAGE_OPTIONS, PER_PAGE_OPTIONS[1]);
    if (all.length === 0)
        return <p>{_("No packages beyond those of the image type. Search below to add some.")}</p>;

    const rows = paged ? matching.slice(first, first + perPage) : matching;
    const onPage = new Set(rows);
    const elsewhere = all.filter(row => !onPage.has(row) && (entryName(row.entry) === "" || problems.has(entryName(row.entry))));
    const show = (row: typeof all[number]) => {
        setFilter("");
        setPage(pageOf(all.indexOf(row)));
        requestAnimationFrame(() => document.getElementById(`pkg-name-${row.key}-${row.index}`)?.focus());
    };

    return (<>
        {paged &&
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <SearchInput aria-label={_("Filter the packages of the blueprint")} placeholder={_("Filter by name")}
                            value={filter} onChange={(_event, value) => { setFilter(value); setPage(1) }}
                            onClear={() => { setFilter(""); setPage(1) }} resetButtonLabel={_("Clear filter")} />
                    </ToolbarItem>
                    <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                        <CompactPager count={matching.length} label={_("Pages of the blueprint's packages")} {...pager} />
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>}
        {elsewhere.length > 0 &&
            <HelperText>
                <HelperTextItem variant="error">
                    {format(ngettext("$0 package not shown has a problem:", "$0 packages not shown have problems:", elsewhere.length), elsewhere.length)}
                    {elsewhere.slice(0, SHOWN_ELSEWHERE).map(row =>
                        <span key={`${row.key}-${row.index}`}>
                            {" "}
                            <Button variant="link" isInline onClick={() => show(row)}>
                                {entryName(row.entry) || format(_("Package $0 (no name)"), row.index + 1)}
                            </Button>
                        </span>)}
                    {elsewhere.length > SHOWN_ELSEWHERE && ` ${format(_("and $0 more"), elsewhere.length - SHOWN_ELSEWHERE)}`}
                </HelperTextItem>
            </HelperText>}
        {matching.length === 0 && <p>{format(_("No package of the blueprint matches \"$0\"."), filter)}</p>}
        {rows.length > 0 && <Table aria-label={_("Packages of the blueprint")} variant="compact">
            <Thead>
                <Tr>
                    <Th width={40}>{_("Name")}</Th>
                    <Th width={30}>{_("Version or glob")}</Th>
                    <Th>{_("Kind")}</Th>
                    <Th screenReaderText={_("Actions")} />
                </Tr>
            </Thead>
            <Tbody>
                {rows.map(({ key, index, entry }) => {
                    const name = typeof entry.name === "string" ? entry.name : "";
                    const version = typeof entry.version === "string" ? entry.version : "";
                    const problem = problems.get(name);
                    const id = `${key}-${index}`;
                    return (
                        <Tr key={id} data-package-entry={name}>
                            <Td dataLabel={_("Name")}>
                                <TextInput id={`pkg-name-${id}`} value={name} aria-label={format(_("Name of package $0"), index + 1)}
                                    validated={problem || name === "" ? "error" : "default"}
                                    onChange={(_event, value) => onChange(setPackageField(blueprint, key, index, "name", value))} />
                                {name === "" &&
                                    <HelperText><HelperTextItem variant="error">{_("A package needs a name.")}</HelperTextItem></HelperText>}
                                {problem &&
                                    <HelperText><HelperTextItem variant="error" className="foundry-error-message">{problem}</HelperTextItem></HelperText>}
                            </Td>
                            <Td dataLabel={_("Version or glob")}>
                                <TextInput id={`pkg-version-${id}`} value={version} placeholder={_("Any version")}
                                    aria-label={format(_("Version of $0"), name)}
                                    onChange={(_event, value) => onChange(setPackageField(blueprint, key, index, "version", value))} />
                            </Td>
                            <Td dataLabel={_("Kind")}>
                                {key === "modules" && <Label isCompact color="orange">{_("Legacy module entry")}</Label>}{" "}
                                {isGlob(name) && <Label isCompact color="blue">{_("Glob")}</Label>}
                            </Td>
                            <Td isActionCell>
                                <Button variant="plain" icon={<TrashIcon />} aria-label={format(_("Remove package $0"), name)}
                                    onClick={() => onChange(removePackage(blueprint, key, index))} />
                            </Td>
                        </Tr>
                    );
                })}
            </Tbody>
        </Table>}
    </>);
}
