// The images list's filters, sort and page as the page address's options, and their application
// to the merged compose list. Every view is a deep link (STYLE habit 6). Pure.
import { type ComposeState, type ComposeView, elapsedSeconds } from "./compose";

export type ApiFilter = "weldr" | "cloud" | "koji";
export type SortKey = "created" | "blueprint" | "type" | "status" | "elapsed";

export interface ListQuery {
    status: ComposeState[];
    /** part of the blueprint name (or compose id), case-insensitive */
    blueprint: string;
    /** exact image type name */
    type: string;
    api: ApiFilter[];
    sort: SortKey;
    desc: boolean;
    page: number;
    perPage: number;
}

export const PER_PAGE_DEFAULT = 20;
const STATES: readonly ComposeState[] = ["waiting", "building", "success", "failure"];
const APIS: readonly ApiFilter[] = ["weldr", "cloud", "koji"];
const SORTS: readonly SortKey[] = ["created", "blueprint", "type", "status", "elapsed"];

type Options = Record<string, string | string[] | undefined>;

function first(options: Options, key: string): string {
    const raw = options[key];
    return (Array.isArray(raw) ? raw[0] : raw) ?? "";
}

function list<T extends string>(options: Options, key: string, allowed: readonly T[]): T[] {
    const raw = first(options, key);
    return raw.split(",").filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function positive(text: string, fallback: number, max: number): number {
    const n = Number.parseInt(text, 10);
    return Number.isFinite(n) && n > 0 ? Math.min(n, max) : fallback;
}

export function parseListQuery(options: Options): ListQuery {
    const sort = first(options, "sort");
    return {
        status: list(options, "status", STATES),
        blueprint: first(options, "blueprint"),
        type: first(options, "type"),
        api: list(options, "api", APIS),
        sort: (SORTS as readonly string[]).includes(sort) ? sort as SortKey : "created",
        desc: sort === "" ? true : first(options, "dir") === "desc",
        page: positive(first(options, "page"), 1, 1_000_000),
        perPage: positive(first(options, "perPage"), PER_PAGE_DEFAULT, 500),
    };
}

/** The options that say `query`, leaving out defaults so links stay short. */
export function listQueryOptions(query: ListQuery): Record<string, string> {
    const o: Record<string, string> = {};
    if (query.status.length)
        o.status = query.status.join(",");
    if (query.blueprint)
        o.blueprint = query.blueprint;
    if (query.type)
        o.type = query.type;
    if (query.api.length)
        o.api = query.api.join(",");
    if (query.sort !== "created" || !query.desc) {
        o.sort = query.sort;
        o.dir = query.desc ? "desc" : "asc";
    }
    if (query.page !== 1)
        o.page = String(query.page);
    if (query.perPage !== PER_PAGE_DEFAULT)
        o.perPage = String(query.perPage);
    return o;
}

export function isFiltered(query: ListQuery): boolean {
    return query.status.length > 0 || query.blueprint !== "" || query.type !== "" || query.api.length > 0;
}

function apiOf(view: ComposeView): ApiFilter {
    return view.koji ? "koji" : view.api;
}

const STATE_ORDER: Record<ComposeState, number> = { waiting: 0, building: 1, failure: 2, success: 3 };

function compare(a: ComposeView, b: ComposeView, key: SortKey, now: number): number {
    switch (key) {
    case "blueprint":
        return (a.blueprint || "\uffff").localeCompare(b.blueprint || "\uffff") || a.version.localeCompare(b.version, undefined, { numeric: true });
    case "type":
        return (a.imageType || "\uffff").localeCompare(b.imageType || "\uffff");
    case "status":
        return STATE_ORDER[a.state] - STATE_ORDER[b.state];
    case "elapsed":
        return (elapsedSeconds(a, now) ?? -1) - (elapsedSeconds(b, now) ?? -1);
    case "created":
        return (a.created ?? -1) - (b.created ?? -1);
    }
}

/** The composes the query lets through, sorted (ties by id, so the order is stable). */
export function applyListQuery(composes: readonly ComposeView[], query: ListQuery, now: number): ComposeView[] {
    const needle = query.blueprint.toLowerCase();
    const shown = composes.filter(c =>
        (query.status.length === 0 || query.status.includes(c.state)) &&
        (needle === "" || c.blueprint.toLowerCase().includes(needle) || c.id.startsWith(needle)) &&
        (query.type === "" || c.imageType === query.type) &&
        (query.api.length === 0 || query.api.includes(apiOf(c))));
    const sign = query.desc ? -1 : 1;
    return shown.sort((a, b) => sign * compare(a, b, query.sort, now) || a.id.localeCompare(b.id));
}

/** The rows of one page; the page is clamped to the last one. */
export function pageOf<T>(rows: readonly T[], page: number, perPage: number): { rows: T[]; page: number } {
    const last = Math.max(1, Math.ceil(rows.length / perPage));
    const p = Math.min(Math.max(1, page), last);
    return { rows: rows.slice((p - 1) * perPage, p * perPage), page: p };
}

/** Image types present in the list, sorted, for the type filter. */
export function imageTypesOf(composes: readonly ComposeView[]): string[] {
    return [...new Set(composes.map(c => c.imageType).filter(t => t !== ""))].sort();
}
