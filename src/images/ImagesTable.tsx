// One page of the images list: selectable rows (finished composes only), sortable columns, a
// streamed download link and the row's actions (stop a Weldr build, delete).
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { ActionsColumn, Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import type { ThProps } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import DownloadIcon from "@patternfly/react-icons/dist/esm/icons/download-icon.js";
import { type Dispatch, type SetStateAction, memo, useCallback, useRef } from "react";

import { actionsToggle } from "../../pkg/lib/actionsToggle";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { VisibleText } from "../app/VisibleText";
import { type ComposeView, elapsedSeconds, isFinal } from "../model/compose";
import type { ListQuery, SortKey } from "../model/composeFilters";
import { imageTypeLabel } from "../model/imageTypes";
import { CancelComposeDialog } from "./CancelComposeDialog";
import { ComposeStatus } from "./ComposeStatus";
import { apiText, durationText, timeText } from "./composeText";
import { DeleteComposesDialog } from "./DeleteComposesDialog";
import { imageDownload } from "./downloads";
import "./imagesTable.css";

interface Props {
    rows: ComposeView[];
    query: ListQuery;
    setQuery: (change: Partial<ListQuery>) => void;
    now: number;
    selected: ReadonlySet<string>;
    setSelected: Dispatch<SetStateAction<Set<string>>>;
}

const COLUMNS: { key: SortKey; title: () => string }[] = [
    { key: "blueprint", title: () => _("Blueprint") },
    { key: "type", title: () => _("Image type") },
    { key: "status", title: () => _("Status") },
    { key: "created", title: () => _("Created") },
    { key: "elapsed", title: () => _("Elapsed") },
];

interface RowProps {
    compose: ComposeView;
    isSelected: boolean;
    /** the clock, for a compose that still runs (0 for a finished one: its row does not tick) */
    now: number;
    select: (id: string, on: boolean) => void;
    unselect: (ids: string[]) => void;
}

/** One compose; drawn again only when its view, its selection or (while it runs) the clock change. */
const ImageRow = memo(function ImageRow({ compose, isSelected, now, select, unselect }: RowProps) {
    const dialogs = useDialogs();
    const download = imageDownload(compose);
    const name = compose.blueprint ? `${compose.blueprint} ${compose.version}` : compose.id;
    const actions = [
        ...(compose.api === "weldr" && !isFinal(compose.state)
            ? [{ title: _("Stop build"), onClick: () => dialogs.show(<CancelComposeDialog compose={compose} />) }]
            : []),
        ...(isFinal(compose.state)
            ? [{ title: _("Delete"), onClick: () => dialogs.show(<DeleteComposesDialog composes={[compose]} onDeleted={unselect} />) }]
            : []),
    ];
    return (
        <Tr data-compose={compose.id} data-state={compose.state}>
            <Td>
                <Checkbox id={`images-select-${compose.id}`} isChecked={isSelected} isDisabled={!isFinal(compose.state)}
                          aria-label={format(_("Select $0"), name)} onChange={(_event, on) => select(compose.id, on)} />
            </Td>
            <Td dataLabel={_("Blueprint")}>
                <Button variant="link" isInline onClick={() => navigate(["image", compose.id])}><VisibleText text={name} /></Button>
            </Td>
            <Td dataLabel={_("Image type")} data-type={compose.imageType}>{compose.imageType ? _(imageTypeLabel(compose.imageType)) : "—"}</Td>
            <Td dataLabel={_("Status")}><ComposeStatus compose={compose} /></Td>
            <Td dataLabel={_("Created")}>{timeText(compose.created)}</Td>
            <Td dataLabel={_("Elapsed")}>{durationText(elapsedSeconds(compose, now))}</Td>
            <Td dataLabel={_("API")}>{apiText(compose)}</Td>
            <Td dataLabel={_("Download")}>
                {download &&
                    <Button component="a" variant="plain" href={download.href} download={download.filename}
                            aria-label={_("Download image")} icon={<DownloadIcon />} />}
            </Td>
            <Td isActionCell>
                {actions.length > 0 && <ActionsColumn items={actions} actionsToggle={actionsToggle(format(_("Actions for $0"), name))} />}
            </Td>
        </Tr>
    );
});

interface HeadProps {
    sort: SortKey;
    desc: boolean;
    onSort: (sort: SortKey, desc: boolean) => void;
    allSelected: boolean;
    canSelect: boolean;
    onSelectAll: (on: boolean) => void;
}

/**
 * The header; drawn again only when the order or the page's selection changes (PatternFly's Th
 * measures its cell after every render, which lays out the page).
 */
const ImagesTableHead = memo(function ImagesTableHead({ sort, desc, onSort, allSelected, canSelect, onSelectAll }: HeadProps) {
    const sortProps = (index: number, key: SortKey): ThProps["sort"] => ({
        columnIndex: index,
        sortBy: { index: COLUMNS.findIndex(c => c.key === sort), direction: desc ? "desc" : "asc" },
        onSort: (_event, _index, direction) => onSort(key, direction === "desc"),
    });
    return (
        <Thead>
            <Tr>
                <Th screenReaderText={_("Selection")} className="foundry-images-col-select">
                    <Checkbox id="images-select-all" isChecked={allSelected} isDisabled={!canSelect}
                              aria-label={_("Select all finished images on this page")}
                              onChange={(_event, on) => onSelectAll(on)} />
                </Th>
                {COLUMNS.map((c, i) => <Th key={c.key} sort={sortProps(i, c.key)} modifier="wrap" className={`foundry-images-col-${c.key}`}>{c.title()}</Th>)}
                <Th className="foundry-images-col-api">{_("API")}</Th>
                <Th screenReaderText={_("Download")} className="foundry-images-col-icon" />
                <Th screenReaderText={_("Actions")} className="foundry-images-col-icon" />
            </Tr>
        </Thead>
    );
});

export function ImagesTable({ rows, query, setQuery, now, selected, setSelected }: Props) {
    const selectable = rows.filter(r => isFinal(r.state));
    const allSelected = selectable.length > 0 && selectable.every(r => selected.has(r.id));
    const select = useCallback((id: string, on: boolean) => setSelected(old => {
        const next = new Set(old);
        if (on)
            next.add(id);
        else
            next.delete(id);
        return next;
    }), [setSelected]);
    const unselect = useCallback((ids: string[]) => setSelected(old => {
        const next = new Set(old);
        ids.forEach(id => next.delete(id));
        return next;
    }), [setSelected]);
    // the header's callbacks stay the same from one render to the next; they read the latest rows
    const latest = useRef({ rows, setQuery });
    latest.current = { rows, setQuery };
    const onSort = useCallback((sort: SortKey, desc: boolean) => latest.current.setQuery({ sort, desc, page: 1 }), []);
    const onSelectAll = useCallback((on: boolean) => setSelected(old => {
        const page = latest.current.rows;
        return new Set(on
            ? [...old, ...page.filter(r => isFinal(r.state)).map(r => r.id)]
            : [...old].filter(id => !page.some(r => r.id === id)));
    }), [setSelected]);

    return (
        <Table aria-label={_("Images")} variant="compact" className="pf-m-fixed foundry-images-table">
            <ImagesTableHead sort={query.sort} desc={query.desc} onSort={onSort}
                             allSelected={allSelected} canSelect={selectable.length > 0} onSelectAll={onSelectAll} />
            <Tbody>
                {rows.map(compose => (
                    <ImageRow key={compose.id} compose={compose} isSelected={selected.has(compose.id)}
                              now={isFinal(compose.state) ? 0 : now} select={select} unselect={unselect} />
                ))}
            </Tbody>
        </Table>
    );
}
