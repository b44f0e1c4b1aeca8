// The compact pager of a long list: PatternFly's Pagination with its titles translated
// (pkg/lib/paginationTitles), a menu of page sizes and a name for its navigation; and usePages,
// the page and page size of a list kept in the browser, for lists that page through rows they
// already hold (a list whose server pages it keeps its own page and gives CompactPager that).
import { Pagination } from "@patternfly/react-core/dist/esm/components/Pagination/index.js";
import { useState } from "react";

import { paginationTitles } from "../../pkg/lib/paginationTitles";

interface PagerState {
    page: number;
    perPage: number;
    /** the page sizes offered in the menu */
    perPageOptions: readonly number[];
    onPage: (page: number) => void;
    /** the page size picked, and the page PatternFly moves to so the first row shown stays in view */
    onPerPage: (perPage: number, page: number) => void;
}

interface Props extends PagerState {
    /** how many rows there are in all (after any filter) */
    count: number;
    /** names the pager's navigation for screen readers, e.g. "Pages of Users"; "Pagination" if none */
    label?: string;
}

export function CompactPager({ count, page, perPage, perPageOptions, onPage, onPerPage, label }: Props) {
    return (
        <Pagination
            itemCount={count}
            page={page}
            perPage={perPage}
            perPageOptions={perPageOptions.map(n => ({ title: String(n), value: n }))}
            onSetPage={(_event, p) => onPage(p)}
            onPerPageSelect={(_event, n, p) => onPerPage(n, p)}
            titles={paginationTitles(label === undefined ? {} : { paginationAriaLabel: label })}
            isCompact
        />
    );
}

/**
 * The page shown of `count` rows: the one asked for, or the last one when the list has shrunk
 * below it. `first` is the index of its first row; `pageOf` says on which page a row stands;
 * `pager` goes to CompactPager as it is.
 */
export function usePages(count: number, perPageOptions: readonly number[], initialPerPage = perPageOptions[0]) {
    const [perPage, setPerPage] = useState(initialPerPage);
    const [wantedPage, setPage] = useState(1);
    const page = Math.min(wantedPage, Math.max(1, Math.ceil(count / perPage)));
    const pager: PagerState = {
        page,
        perPage,
        perPageOptions,
        onPage: setPage,
        onPerPage: (n, p) => { setPerPage(n); setPage(p) },
    };
    return {
        page,
        perPage,
        first: (page - 1) * perPage,
        setPage,
        pageOf: (index: number) => Math.floor(index / perPage) + 1,
        pager,
    };
}
