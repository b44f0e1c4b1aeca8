// The rows of the blueprints list; names link to the blueprint page.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { Skeleton } from "@patternfly/react-core/dist/esm/components/Skeleton/index.js";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import type { ReactNode } from "react";

import { actionsToggle } from "../../pkg/lib/actionsToggle";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { VisibleText } from "../app/VisibleText";
import type { BlueprintRow, BlueprintSortKey, BlueprintSummary, SortDirection } from "../model/blueprintList";
import { showInvisibleChars } from "../model/visibleChars";
import { DeleteBlueprintDialog } from "./lazyDialogs";

interface Props {
    rows: BlueprintRow[];
    sort: BlueprintSortKey;
    direction: SortDirection;
    onSort: (key: BlueprintSortKey, direction: SortDirection) => void;
}

const SORTABLE: Record<number, BlueprintSortKey> = { 0: "name", 2: "version" };

export function BlueprintsTable({ rows, sort, direction, onSort }: Props) {
    const dialogs = useDialogs();
    const sortParams = (column: number) => ({
        sortBy: { index: sort === "version" ? 2 : 0, direction },
        onSort: (_event: unknown, index: number, dir: SortDirection) => onSort(SORTABLE[index], dir),
        columnIndex: column,
    });
    const pending = <Skeleton width="6em" screenreaderText={_("Loading")} />;
    // what a cell shows before its row's details are in: a skeleton, or nothing when they never come
    const detail = (row: BlueprintRow, value: (summary: BlueprintSummary) => ReactNode) =>
        row.summary ? value(row.summary) : row.unreadable ? null : pending;

    return (
        <Table aria-label={_("Blueprints")} variant="compact">
            <Thead>
                <Tr>
                    <Th sort={sortParams(0)} width={30}>{_("Name")}</Th>
                    <Th width={40}>{_("Description")}</Th>
                    <Th sort={sortParams(2)} width={15}>{_("Version")}</Th>
                    <Th width={10}>{_("Packages")}</Th>
                    <Th screenReaderText={_("Actions")} />
                </Tr>
            </Thead>
            <Tbody>
                {rows.map(row => (
                    <Tr key={row.name} data-blueprint={row.name}>
                        <Td dataLabel={_("Name")}>
                            <Button variant="link" isInline onClick={() => navigate(["blueprint", row.name])}><VisibleText text={row.name} /></Button>
                            {row.summary?.changed && <> <Label isCompact color="orange">{_("Draft")}</Label></>}
                        </Td>
                        <Td dataLabel={_("Description")} modifier="truncate">
                            {row.unreadable
                                ? _("Details cannot be read: composer does not accept this name")
                                : detail(row, summary => <VisibleText text={summary.description} />)}
                        </Td>
                        <Td dataLabel={_("Version")}>{detail(row, summary => summary.version)}</Td>
                        <Td dataLabel={_("Packages")}>{detail(row, summary => summary.packages)}</Td>
                        <Td isActionCell>
                            <ActionsColumn
                                popperProps={{ position: "right" }}
                                items={[{
                                    title: _("Delete"),
                                    onClick: () => dialogs.show(<DeleteBlueprintDialog name={row.name} />),
                                }]}
                                actionsToggle={actionsToggle(format(_("Actions for $0"), showInvisibleChars(row.name)))}
                            />
                        </Td>
                    </Tr>
                ))}
            </Tbody>
        </Table>
    );
}
