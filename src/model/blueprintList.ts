// Search and sort of the blueprints list. Rows whose details have not arrived yet
// (summary undefined) still match and sort by name. Pure.
import { compareVersions } from "./semver";

export interface BlueprintSummary {
    name: string;
    description: string;
    version: string;
    packages: number;
    /** a workspace draft exists (blueprints/info changes[].changed) */
    changed: boolean;
}

export interface BlueprintRow {
    name: string;
    summary?: BlueprintSummary;
    /**
     * composer refuses this name in a path (not ^[a-zA-Z0-9._-]+$; only a broken or hostile
     * service lists one), so its details cannot be asked for: they never arrive
     */
    unreadable?: true;
}

export type BlueprintSortKey = "name" | "version";
export type SortDirection = "asc" | "desc";

/** Case-insensitive search on name and description */
export function matchesSearch(row: BlueprintRow, term: string): boolean {
    const needle = term.trim().toLocaleLowerCase();
    if (!needle)
        return true;
    return row.name.toLocaleLowerCase().includes(needle) ||
        (row.summary?.description.toLocaleLowerCase().includes(needle) ?? false);
}

// one collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting 5,000 names take a good part of a second
const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function compareNames(a: string, b: string): number {
    return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function compareRows(a: BlueprintRow, b: BlueprintRow, key: BlueprintSortKey): number {
    if (key === "version") {
        const va = a.summary?.version;
        const vb = b.summary?.version;
        if (va !== undefined && vb !== undefined) {
            const d = compareVersions(va, vb);
            if (d !== 0)
                return d;
        } else if (va !== vb) {
            return va === undefined ? 1 : -1;
        }
    }
    return compareNames(a.name, b.name);
}

export function filterAndSort(rows: BlueprintRow[], term: string, key: BlueprintSortKey, direction: SortDirection): BlueprintRow[] {
    const sign = direction === "asc" ? 1 : -1;
    return rows.filter(row => matchesSearch(row, term)).sort((a, b) => sign * compareRows(a, b, key));
}
