// The blueprints list: search, sort and paging live in the URL, so every view is a link.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { SearchInput } from "@patternfly/react-core/dist/esm/components/SearchInput/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import CubesIcon from "@patternfly/react-icons/dist/esm/icons/cubes-icon.js";
import SearchIcon from "@patternfly/react-icons/dist/esm/icons/search-icon.js";
import cockpit from "cockpit";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { CompactPager } from "../app/CompactPager";
import { ErrorAlert } from "../app/ErrorAlert";
import { parseListView } from "../model/blueprintListView";
import { BlueprintsTable } from "./BlueprintsTable";
import { CreateBlueprintDialog, ImportBlueprintDialog } from "./lazyDialogs";
import { useBlueprintRows } from "./useBlueprintRows";

const PER_PAGE_OPTIONS = [10, 20, 50, 100];

export function BlueprintsPage({ options }: { options: Record<string, string | string[]> }) {
    const dialogs = useDialogs();
    const view = parseListView(options);
    const { search, sort, direction, page, perPage } = view;

    const { names, rows, total, matching, loadingDetails, error, refetch } = useBlueprintRows(view);

    const setOptions = (changes: Record<string, string | number | undefined>, replace = false) => {
        const next: Record<string, string> = { search, sort, dir: direction, page: String(page), perPage: String(perPage) };
        for (const [key, value] of Object.entries(changes)) {
            if (value === undefined)
                delete next[key];
            else
                next[key] = String(value);
        }
        // defaults stay out of the URL
        for (const [key, value] of Object.entries({ search: "", sort: "name", dir: "asc", page: "1", perPage: "20" })) {
            if (next[key] === value)
                delete next[key];
        }
        if (replace)
            cockpit.location.replace([], next);
        else
            cockpit.location.go([], next);
    };

    const create = () => dialogs.show(<CreateBlueprintDialog existing={names ?? []} />);
    const importBlueprint = () => dialogs.show(<ImportBlueprintDialog existing={names ?? []} />);

    let content;
    if (error) {
        content = <ErrorAlert title={_("The blueprints could not be listed")} error={error} onRetry={refetch} />;
    } else if (!names) {
        content = <EmptyState titleText={_("Loading blueprints")} headingLevel="h2" icon={LoadingSpinner} />;
    } else if (total === 0) {
        content = (
            <EmptyState titleText={_("No blueprints")} headingLevel="h2" icon={CubesIcon}>
                <EmptyStateBody>{_("A blueprint says what goes into an image: packages, users, services and more.")}</EmptyStateBody>
                <EmptyStateFooter>
                    <EmptyStateActions>
                        <Button variant="primary" onClick={create}>{_("Create blueprint")}</Button>
                        <Button variant="secondary" onClick={importBlueprint}>{_("Import blueprint")}</Button>
                    </EmptyStateActions>
                </EmptyStateFooter>
            </EmptyState>
        );
    } else if (matching === 0 && !loadingDetails) {
        content = (
            <EmptyState titleText={_("No blueprint matches")} headingLevel="h2" icon={SearchIcon}>
                <EmptyStateBody>{_("No blueprint has this text in its name or description.")}</EmptyStateBody>
                <EmptyStateFooter>
                    <EmptyStateActions>
                        <Button variant="link" onClick={() => setOptions({ search: undefined, page: 1 })}>{_("Clear search")}</Button>
                    </EmptyStateActions>
                </EmptyStateFooter>
            </EmptyState>
        );
    } else {
        content = (
            <BlueprintsTable
                rows={rows}
                sort={sort}
                direction={direction}
                onSort={(key, dir) => setOptions({ sort: key, dir, page: 1 })}
            />
        );
    }

    return (
        <PageSection>
            <Title headingLevel="h1">{_("Blueprints")}</Title>
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <SearchInput
                            aria-label={_("Search blueprints")}
                            placeholder={_("Search by name or description")}
                            value={search}
                            onChange={(_event, value) => setOptions({ search: value, page: 1 }, true)}
                            onClear={() => setOptions({ search: undefined, page: 1 })}
                            resetButtonLabel={_("Clear search")}
                        />
                    </ToolbarItem>
                    {loadingDetails &&
                        <ToolbarItem alignSelf="center">
                            <LoadingSpinner size="md" aria-label={_("Loading blueprint details")} />
                        </ToolbarItem>}
                    <ToolbarItem>
                        <Button variant="primary" onClick={create}>{_("Create blueprint")}</Button>
                    </ToolbarItem>
                    <ToolbarItem>
                        <Button variant="secondary" onClick={importBlueprint}>{_("Import")}</Button>
                    </ToolbarItem>
                    <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                        <CompactPager count={matching} page={page} perPage={perPage} perPageOptions={PER_PAGE_OPTIONS}
                                      onPage={p => setOptions({ page: p })} onPerPage={n => setOptions({ perPage: n, page: 1 })} />
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>
            {content}
        </PageSection>
    );
}
