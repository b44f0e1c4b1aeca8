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

/**
 * Sort and filter keys of a compose list, worked out once per list so that a sort or a filter
 * compares numbers (ranks of the distinct names) and never parses or collates per comparison.
 */
export interface ComposeIndex {
    composes: readonly ComposeView[];
    /** lower-cased blueprint names, for the filter */
    lowerBlueprint: string[];
    blueprint: Int32Array;
    version: Int32Array;
    type: Int32Array;
    state: Int32Array;
    created: Float64Array;
    /** rank of the id: the tie-break that keeps every order stable */
    id: Int32Array;
}

/** Ranks of `values` in the order of `compare` (equal values share a rank); few distinct values. */
function ranks(values: readonly string[], compare: (a: string, b: string) => number): Int32Array {
    const rank = new Map<string, number>();
    for (const v of values)
        rank.set(v, 0);
    const distinct = [...rank.keys()].sort(compare);
    distinct.forEach((v, i) => rank.set(v, i > 0 && compare(distinct[i - 1], v) === 0 ? rank.get(distinct[i - 1]) ?? i : i));
    const out = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++)
        out[i] = rank.get(values[i]) ?? 0;
    return out;
}

/** Ranks of distinct-ish strings (ids) in code unit order: the positions sorted, no map. */
function codeUnitRanks(values: readonly string[]): Int32Array {
    const order = new Int32Array(values.length);
    for (let i = 0; i < order.length; i++)
        order[i] = i;
    order.sort((a, b) => values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : 0);
    const out = new Int32Array(values.length);
    for (let k = 0; k < order.length; k++)
        out[order[k]] = k > 0 && values[order[k]] === values[order[k - 1]] ? out[order[k - 1]] : k;
    return out;
}

const text = new Intl.Collator();
const numeric = new Intl.Collator(undefined, { numeric: true });

export function indexComposes(composes: readonly ComposeView[]): ComposeIndex {
    const n = composes.length;
    const names: string[] = new Array<string>(n);
    const versions: string[] = new Array<string>(n);
    const types: string[] = new Array<string>(n);
    const ids: string[] = new Array<string>(n);
    const lowerBlueprint: string[] = new Array<string>(n);
    const lower = new Map<string, string>();
    const state = new Int32Array(n);
    const created = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        const c = composes[i];
        // no name or type: after all named ones
        names[i] = c.blueprint || "\uffff";
        versions[i] = c.version;
        types[i] = c.imageType || "\uffff";
        ids[i] = c.id;
        let low = lower.get(c.blueprint);
        if (low === undefined) {
            low = c.blueprint.toLowerCase();
            lower.set(c.blueprint, low);
        }
        lowerBlueprint[i] = low;
        state[i] = STATE_ORDER[c.state];
        created[i] = c.created ?? -Infinity;
    }
    return {
        composes,
        lowerBlueprint,
        blueprint: ranks(names, text.compare),
        version: ranks(versions, numeric.compare),
        type: ranks(types, text.compare),
        state,
        created,
        id: codeUnitRanks(ids),
    };
}

function comparator(index: ComposeIndex, key: SortKey, now: number): (a: number, b: number) => number {
    switch (key) {
    case "blueprint":
        return (a, b) => index.blueprint[a] - index.blueprint[b] || index.version[a] - index.version[b];
    case "type":
        return (a, b) => index.type[a] - index.type[b];
    case "status":
        return (a, b) => index.state[a] - index.state[b];
    case "elapsed": {
        const elapsed = Float64Array.from(index.composes, c => elapsedSeconds(c, now) ?? -1);
        return (a, b) => elapsed[a] - elapsed[b];
    }
    case "created":
        // two unknown times (-Infinity) compare as equal, not as NaN
        return (a, b) => index.created[a] === index.created[b] ? 0 : index.created[a] - index.created[b];
    }
}

/** The composes the query lets through, sorted (ties by id, so the order is stable). */
export function applyListQuery(composes: readonly ComposeView[] | ComposeIndex, query: ListQuery, now: number): ComposeView[] {
    const index = "lowerBlueprint" in composes ? composes : indexComposes(composes);
    const needle = query.blueprint.toLowerCase();
    const shown: number[] = [];
    index.composes.forEach((c, i) => {
        if ((query.status.length === 0 || query.status.includes(c.state)) &&
            (needle === "" || index.lowerBlueprint[i].includes(needle) || c.id.startsWith(needle)) &&
            (query.type === "" || c.imageType === query.type) &&
            (query.api.length === 0 || query.api.includes(apiOf(c))))
            shown.push(i);
    });
    const sign = query.desc ? -1 : 1;
    const compare = comparator(index, query.sort, now);
    shown.sort((a, b) => sign * compare(a, b) || index.id[a] - index.id[b]);
    return shown.map(i => index.composes[i]);
}

/**
 * Whether `query` shows every compose in the order mergeComposes gives them (newest first, ties
 * by id, unknown times last): then the merged list is the answer, and no index is needed yet.
 */
export function isMergedOrder(query: ListQuery): boolean {
    return !isFiltered(query) && query.sort === "created" && query.desc;
}

/** Whether the order of `query` moves with the clock (only the elapsed time does). */
export function dependsOnNow(query: ListQuery): boolean {
    return query.sort === "elapsed";
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
