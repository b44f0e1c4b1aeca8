// Reading and changing parts of a section's value without losing what the form does not
// show: records are copied with every key kept, emptied records are pruned. Pure.
import { getIn, type Path, setIn } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";

export type Rec = Record<string, unknown>;

export function isRecord(value: unknown): value is Rec {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as a record; anything else (absent or malformed) reads as an empty one */
export function asRecord(value: unknown): Rec {
    return isRecord(value) ? value : {};
}

/** The value as a list; anything else reads as an empty one */
export function asList(value: unknown): unknown[] {
    return Array.isArray(value) ? value : [];
}

/** Scalars are shown in a text input; lists and tables are not, they are kept as they are */
export function isScalar(value: unknown): boolean {
    return value === undefined || value === null || ["string", "number", "boolean", "bigint"].includes(typeof value);
}

export function displayText(value: unknown): string {
    if (value === undefined || value === null)
        return "";
    if (typeof value === "string")
        return value;
    if (isScalar(value))
        return String(value);
    return JSON.stringify(value);
}

/**
 * root with the value at the relative path replaced (undefined removes the key); records
 * on the path that the removal leaves empty are removed too, so clearing the last field of
 * a nested table does not leave `[a.b.c]` behind. Lists are never pruned.
 */
export function setDeep(root: unknown, rel: Path, next: unknown): Rec {
    const base = asRecord(root);
    if (next === undefined && getIn(base, rel) === undefined)
        return base;   // nothing to remove: do not create tables on the way
    const result = setIn(base, rel, next);
    if (next !== undefined)
        return result;
    for (let depth = rel.length - 1; depth > 0; depth--) {
        const parentPath = rel.slice(0, depth);
        const parent = getIn(result, parentPath);
        if (!isRecord(parent) || Object.keys(parent).length > 0 || !isRecord(getIn(base, parentPath)))
            break;
        return setDeep(base, parentPath, undefined);
    }
    return result;
}

/** What a field needs to show and change one place inside a section */
export interface Binding {
    path: Path;
    value: unknown;
    onChange: (next: unknown) => void;
    problems: readonly Problem[];
}

export type Binder = (...rel: (string | number)[]) => Binding;

/** Bindings for the fields of one record: at("kernel", "name") -> { path, value, onChange, problems } */
export function binder(value: unknown, onChange: (next: Rec) => void, basePath: Path, problems: readonly Problem[]): Binder {
    const record = asRecord(value);
    return (...rel) => ({
        path: [...basePath, ...rel],
        value: getIn(record, rel),
        onChange: next => onChange(setDeep(record, rel, next)),
        problems,
    });
}

/** Text typed for a whole number: digits become a number, anything else is kept as typed (its problem says why) */
export function parseWholeNumber(text: string): number | string | undefined {
    if (text.trim() === "")
        return undefined;
    // only text that is exactly a number: "12 " stays text, so no keystroke is eaten
    if (/^-?\d+$/.test(text)) {
        const number = Number(text);
        if (Number.isSafeInteger(number))
            return number;
    }
    return text;
}

/** Text typed for a size: digits alone become bytes, anything else ("2 GiB") is kept as text */
export function parseSizeText(text: string): number | string | undefined {
    if (text.trim() === "")
        return undefined;
    // "2 " stays text while "2 GiB" is typed
    if (/^\d+$/.test(text) && Number.isSafeInteger(Number(text)))
        return Number(text);
    return text;
}

const DAY_MS = 86_400_000;

/** Whole days since 1970-01-01 as "YYYY-MM-DD", or null when the value is no such number */
export function daysToIsoDate(days: unknown): string | null {
    if (typeof days !== "number" || !Number.isSafeInteger(days))
        return null;
    const date = new Date(days * DAY_MS);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as whole days since 1970-01-01, or null when it is not such a date */
export function isoDateToDays(text: string): number | null {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return null;
    const ms = Date.parse(`${text}T00:00:00Z`);
    return Number.isNaN(ms) ? null : Math.round(ms / DAY_MS);
}
