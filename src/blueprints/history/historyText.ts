// Small pure helpers of the history panel.
import type { BlueprintChange } from "../../api/weldrHistoryTypes";

export function shortCommit(commit: string): string {
    return commit.slice(0, 8);
}

/** "2006-01-02T15:04:05Z" as a local date and time; the text as is when it is not a date */
export function commitTime(timestamp: string): string {
    const date = new Date(timestamp);
    return Number.isNaN(date.getTime()) ? timestamp : date.toLocaleString();
}

/** The two picked commits as [older, newer], by their place in the newest-first list */
export function orderPair(changes: BlueprintChange[], picked: string[]): [string, string] | null {
    if (picked.length !== 2)
        return null;
    const [a, b] = picked.map(c => changes.findIndex(x => x.commit === c));
    if (a < 0 || b < 0)
        return null;
    return a > b ? [picked[0], picked[1]] : [picked[1], picked[0]];
}
