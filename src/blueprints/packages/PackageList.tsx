// The packages (and legacy modules) of the edited blueprint: name and version or glob
// editable in place, removable; a depsolve problem is shown at the package it names.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import TrashIcon from "@patternfly/react-icons/dist/esm/icons/trash-icon.js";

import { format, _ } from "../../../pkg/lib/gettext";
import type { Blueprint } from "../../model/blueprint";
import { type PackageListKey, entries, isGlob, removePackage, setPackageField } from "./packageEdits";

interface Props {
    blueprint: Blueprint;
    onChange(next: Blueprint): void;
    /** depsolve messages by the package name they name */
    problems: Map<string, string>;
}

export function PackageList({ blueprint, onChange, problems }: Props) {
    const rows = (["packages", "modules"] as PackageListKey[]).flatMap(key =>
        entries(blueprint, key).map((entry, index) => ({ key, index, entry })));
    if (rows.length === 0)
        return <p>{_("No packages beyond those of the image type. Search below to add some.")}</p>;
    return (
        <Table aria-label={_("Packages of the blueprint")} variant="compact">
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
        </Table>
    );
}
