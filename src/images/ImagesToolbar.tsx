// The images list's toolbar: filters (status, blueprint, image type, API) kept in the URL,
// create, bulk delete of the selected finished composes, refresh, notifications, paging.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormSelect, FormSelectOption } from "@patternfly/react-core/dist/esm/components/FormSelect/index.js";
import { SearchInput } from "@patternfly/react-core/dist/esm/components/SearchInput/index.js";
import { ToggleGroup, ToggleGroupItem } from "@patternfly/react-core/dist/esm/components/ToggleGroup/index.js";
import { Toolbar, ToolbarContent, ToolbarGroup, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";

import { _ } from "../../pkg/lib/gettext";
import { CompactPager } from "../app/CompactPager";
import { CreateImageButton } from "../compose/CreateImageButton";
import type { ComposeState } from "../model/compose";
import { type ApiFilter, type ListQuery, isFiltered } from "../model/composeFilters";
import { imageTypeLabel } from "../model/imageTypes";
import { stateText } from "./composeText";
import { NotifyButton } from "./NotifyButton";

const STATES: ComposeState[] = ["waiting", "building", "success", "failure"];
const PER_PAGE_OPTIONS = [10, 20, 50, 100, 500];

interface Props {
    query: ListQuery;
    setQuery: (change: Partial<ListQuery>) => void;
    types: string[];
    count: number;
    selected: number;
    onDeleteSelected: () => void;
    onRefresh: () => void;
}

export function ImagesToolbar({ query, setQuery, types, count, selected, onDeleteSelected, onRefresh }: Props) {
    const toggleState = (state: ComposeState) => setQuery({
        status: query.status.includes(state) ? query.status.filter(s => s !== state) : [...query.status, state],
        page: 1,
    });
    return (
        <Toolbar clearAllFilters={() => setQuery({ status: [], blueprint: "", type: "", api: [], page: 1 })}>
            <ToolbarContent>
                <ToolbarItem>
                    <SearchInput
                        aria-label={_("Filter by blueprint")}
                        placeholder={_("Filter by blueprint")}
                        value={query.blueprint}
                        onChange={(_event, value) => setQuery({ blueprint: value, page: 1 })}
                        onClear={() => setQuery({ blueprint: "", page: 1 })}
                        resetButtonLabel={_("Clear search")}
                    />
                </ToolbarItem>
                <ToolbarItem>
                    <ToggleGroup aria-label={_("Filter by status")} isCompact>
                        {STATES.map(state => (
                            <ToggleGroupItem key={state} text={stateText(state)} buttonId={`filter-${state}`}
                                             isSelected={query.status.includes(state)} onChange={() => toggleState(state)} />
                        ))}
                    </ToggleGroup>
                </ToolbarItem>
                <ToolbarItem>
                    <FormSelect aria-label={_("Filter by image type")} value={query.type}
                                onChange={(_event, value) => setQuery({ type: value, page: 1 })}>
                        <FormSelectOption value="" label={_("All image types")} />
                        {types.map(t => <FormSelectOption key={t} value={t} label={_(imageTypeLabel(t))} />)}
                    </FormSelect>
                </ToolbarItem>
                <ToolbarItem>
                    <FormSelect aria-label={_("Filter by API")} value={query.api.join(",")}
                                onChange={(_event, value) => setQuery({ api: value ? value.split(",") as ApiFilter[] : [], page: 1 })}>
                        <FormSelectOption value="" label={_("Both APIs")} />
                        <FormSelectOption value="weldr" label={_("Weldr")} />
                        <FormSelectOption value="cloud" label={_("Cloud API")} />
                        <FormSelectOption value="koji" label={_("Cloud API (Koji)")} />
                    </FormSelect>
                </ToolbarItem>
                {isFiltered(query) &&
                    <ToolbarItem>
                        <Button variant="link" onClick={() => setQuery({ status: [], blueprint: "", type: "", api: [], page: 1 })}>{_("Clear filters")}</Button>
                    </ToolbarItem>}
                <ToolbarGroup>
                    <ToolbarItem><CreateImageButton /></ToolbarItem>
                    <ToolbarItem>
                        <Button variant="secondary" isDisabled={selected === 0} onClick={onDeleteSelected}>{_("Delete selected")}</Button>
                    </ToolbarItem>
                    <ToolbarItem><Button variant="secondary" onClick={onRefresh}>{_("Refresh")}</Button></ToolbarItem>
                    <ToolbarItem><NotifyButton /></ToolbarItem>
                </ToolbarGroup>
                <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                    <CompactPager count={count} page={query.page} perPage={query.perPage} perPageOptions={PER_PAGE_OPTIONS}
                                  onPage={page => setQuery({ page })} onPerPage={perPage => setQuery({ perPage, page: 1 })} />
                </ToolbarItem>
            </ToolbarContent>
        </Toolbar>
    );
}
