// Every compose both APIs know, live: filters, sort and page in the URL; only the page's rows
// are rendered, so 10,000 composes stay cheap.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import CubesIcon from "@patternfly/react-icons/dist/esm/icons/cubes-icon.js";
import SearchIcon from "@patternfly/react-icons/dist/esm/icons/search-icon.js";
import cockpit from "cockpit";
import { useEffect, useMemo, useRef, useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { ErrorAlert } from "../app/ErrorAlert";
import { CreateImageButton } from "../compose/CreateImageButton";
import { type ComposeView, isFinal } from "../model/compose";
import { type ComposeIndex, type ListQuery, applyListQuery, dependsOnNow, imageTypesOf, indexComposes, isMergedOrder, listQueryOptions, pageOf, parseListQuery } from "../model/composeFilters";
import { DeleteComposesDialog } from "./DeleteComposesDialog";
import { ImagesTable } from "./ImagesTable";
import { ImagesToolbar } from "./ImagesToolbar";
import { NoticeToasts } from "./NoticeToasts";
import { useComposeNotices } from "./useComposeNotices";
import { useLiveComposes } from "./useLiveComposes";
import { usePageVisible } from "./usePageVisible";

/** Seconds now, moving every 5 s while something builds and the page shows (for elapsed times). */
function useNow(ticking: boolean): number {
    const [now, setNow] = useState(() => Date.now() / 1000);
    useEffect(() => {
        if (!ticking)
            return;
        setNow(Date.now() / 1000);
        const id = window.setInterval(() => setNow(Date.now() / 1000), 5_000);
        return () => window.clearInterval(id);
    }, [ticking]);
    return now;
}

export function ImagesPage({ options }: { options: Record<string, string | string[]> }) {
    const dialogs = useDialogs();
    const { composes, error, cloudError, complete, refetch } = useLiveComposes();
    // a compose only the Cloud list knows is not "new" when that list comes in after Weldr's
    const { notices, dismiss } = useComposeNotices(complete ? composes : undefined);
    const visible = usePageVisible();
    const query = useMemo(() => parseListQuery(options), [options]);
    const setQuery = (change: Partial<ListQuery>) => cockpit.location.replace(["images"], listQueryOptions({ ...query, ...change }));
    const [selected, setSelected] = useState<Set<string>>(new Set());

    const building = composes?.some(c => !isFinal(c.state)) ?? false;
    const now = useNow(building && visible);
    // The sort keys of every compose, made once per list. The first page in the default order
    // needs none (the merged list is in that order), so they are made after it is shown, in a task
    // of their own, unless the address asks for another order or a filter.
    const index = useRef<ComposeIndex | undefined>(undefined);
    const indexOf = (list: ComposeView[]): ComposeIndex => {
        if (index.current?.composes !== list)
            index.current = indexComposes(list);
        return index.current;
    };
    useEffect(() => {
        if (!composes)
            return;
        const id = window.setTimeout(() => indexOf(composes), 0);
        return () => window.clearTimeout(id);
    }, [composes]);
    // only the elapsed-time order moves with the clock: other orders are not redone every 5 s
    const clock = dependsOnNow(query) ? now : 0;
    const filtered = useMemo(() => composes && (isMergedOrder(query) ? composes : applyListQuery(indexOf(composes), query, clock)),
        [composes, query, clock]);
    const types = useMemo(() => imageTypesOf(composes ?? []), [composes]);
    const page = filtered ? pageOf(filtered, query.page, query.perPage) : undefined;
    // only finished composes that still exist can be selected
    const chosen = (composes ?? []).filter(c => selected.has(c.id) && isFinal(c.state));

    const unselect = (ids: string[]) => setSelected(old => new Set([...old].filter(id => !ids.includes(id))));

    let content;
    if (error) {
        content = <ErrorAlert title={_("The images could not be listed")} error={error} onRetry={refetch} />;
    } else if (!composes || !filtered || !page || (filtered.length === 0 && !complete)) {
        content = <EmptyState titleText={_("Loading images")} headingLevel="h2" icon={LoadingSpinner} />;
    } else if (composes.length === 0) {
        content = (
            <EmptyState titleText={_("No images")} headingLevel="h2" icon={CubesIcon}>
                <EmptyStateBody>{_("Images built from blueprints, here or with composer-cli, are listed here.")}</EmptyStateBody>
                <EmptyStateFooter><CreateImageButton /></EmptyStateFooter>
            </EmptyState>
        );
    } else if (filtered.length === 0) {
        content = (
            <EmptyState titleText={_("No image matches the filters")} headingLevel="h2" icon={SearchIcon}>
                <EmptyStateFooter>
                    <Button variant="link" onClick={() => setQuery({ status: [], blueprint: "", type: "", api: [], page: 1 })}>{_("Clear filters")}</Button>
                </EmptyStateFooter>
            </EmptyState>
        );
    } else {
        content = <ImagesTable rows={page.rows} query={{ ...query, page: page.page }} setQuery={setQuery} now={now} selected={selected} setSelected={setSelected} />;
    }

    return (
        <PageSection>
            <Title headingLevel="h1">{_("Images")}</Title>
            {cloudError &&
                <Alert variant="warning" isInline title={_("The Cloud API did not answer: only composes known to the Weldr API are shown.")}>
                    {cloudError.message}
                </Alert>}
            <ImagesToolbar
                query={{ ...query, page: page?.page ?? query.page }}
                setQuery={setQuery}
                types={types}
                count={filtered?.length ?? 0}
                selected={chosen.length}
                onDeleteSelected={() => dialogs.show(<DeleteComposesDialog composes={chosen} onDeleted={unselect} />)}
                onRefresh={refetch}
            />
            {content}
            {/* below the list, not above it: the list must not move down when it goes (a click
                aimed at a row would land on the one above); those composes come last anyway */}
            {composes && !complete &&
                <Alert variant="info" isInline isPlain title={_("Composes known only to the Cloud API are still loading")} />}
            <NoticeToasts notices={notices} dismiss={dismiss} />
        </PageSection>
    );
}
