// The blueprints list's view as its URL options give it (search, sort, paging), and the
// blueprints whose details (blueprints/info) that view needs: the page shown, or every one
// while a search or the version sort needs them all. Pure.
import { type BlueprintSortKey, type SortDirection, filterAndSort } from "./blueprintList";

export interface BlueprintListView {
    search: string;
    sort: BlueprintSortKey;
    direction: SortDirection;
    /** 1-based */
    page: number;
    perPage: number;
}

export const DEFAULT_PER_PAGE = 20;

function option(options: Record<string, string | string[]>, key: string): string {
    const value = options[key];
    return Array.isArray(value) ? value[0] ?? "" : value ?? "";
}

function positive(text: string, fallback: number): number {
    const n = Number.parseInt(text, 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** the view named by the URL options; anything missing or unreadable is the default */
export function parseListView(options: Record<string, string | string[]>): BlueprintListView {
    return {
        search: option(options, "search"),
        sort: option(options, "sort") === "version" ? "version" : "name",
        direction: option(options, "dir") === "desc" ? "desc" : "asc",
        perPage: positive(option(options, "perPage"), DEFAULT_PER_PAGE),
        page: positive(option(options, "page"), 1),
    };
}

/** a search or the version sort needs the details of every blueprint */
export function needsAllDetails(view: BlueprintListView): boolean {
    return view.search.trim() !== "" || view.sort === "version";
}

/** the names on the page shown when the order is by name alone (no details needed for it) */
export function pageOfNames(names: readonly string[], view: Pick<BlueprintListView, "direction" | "page" | "perPage">): string[] {
    const sorted = filterAndSort(names.map(name => ({ name })), "", "name", view.direction).map(r => r.name);
    return sorted.slice((view.page - 1) * view.perPage, view.page * view.perPage);
}

/** the names whose details the view needs, as the list asks for them */
export function detailNames(names: string[], view: BlueprintListView): string[] {
    return needsAllDetails(view) ? names : pageOfNames(names, view);
}
