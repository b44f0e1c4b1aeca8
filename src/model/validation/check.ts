// Small building blocks for the validation rules: each takes a value, its path and the
// list problems go into, and returns the value when it has the right shape. Pure.
import type { Path } from "../objectPath";
import { parseSize } from "../size";
import type { Problem, ProblemCode } from "./types";

export type Record_ = Record<string, unknown>;

export class Problems {
    readonly list: Problem[] = [];

    add(path: Path, code: ProblemCode, params?: Problem["params"]): void {
        this.list.push(params ? { path, code, params } : { path, code });
    }
}

export function isRecord(value: unknown): value is Record_ {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A table (object) when present; reports and returns null when it is something else */
export function table(value: unknown, path: Path, out: Problems): Record_ | null {
    if (value === undefined)
        return null;
    if (!isRecord(value)) {
        out.add(path, "wrong-type", { expected: "table" });
        return null;
    }
    return value;
}

/** An array when present; reports and returns an empty list when it is something else */
export function list(value: unknown, path: Path, out: Problems): unknown[] {
    if (value === undefined)
        return [];
    if (!Array.isArray(value)) {
        out.add(path, "wrong-type", { expected: "list" });
        return [];
    }
    return value;
}

/** The tables of an array of tables, with their index; other elements are reported */
export function tables(value: unknown, path: Path, out: Problems): [Record_, number][] {
    const result: [Record_, number][] = [];
    list(value, path, out).forEach((item, i) => {
        const t = table(item, [...path, i], out);
        if (t)
            result.push([t, i]);
        else if (item === undefined)
            out.add([...path, i], "wrong-type", { expected: "table" });
    });
    return result;
}

export function string(value: unknown, path: Path, out: Problems): string | null {
    if (value === undefined)
        return null;
    if (typeof value !== "string") {
        out.add(path, "wrong-type", { expected: "string" });
        return null;
    }
    return value;
}

/** A string that must be present and not empty */
export function requiredString(value: unknown, path: Path, out: Problems): string | null {
    if (value === undefined || value === "") {
        out.add(path, "required");
        return null;
    }
    return string(value, path, out);
}

/** The strings of a list of strings, with their index */
export function strings(value: unknown, path: Path, out: Problems): [string, number][] {
    const result: [string, number][] = [];
    list(value, path, out).forEach((item, i) => {
        const s = string(item, [...path, i], out);
        if (s !== null)
            result.push([s, i]);
    });
    return result;
}

export function boolean(value: unknown, path: Path, out: Problems): void {
    if (value !== undefined && typeof value !== "boolean")
        out.add(path, "wrong-type", { expected: "boolean" });
}

/** A whole number, optionally within min..max */
export function integer(value: unknown, path: Path, out: Problems, min?: number, max?: number): number | null {
    if (value === undefined)
        return null;
    if (typeof value !== "number" || !Number.isInteger(value)) {
        out.add(path, "not-integer");
        return null;
    }
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        const params: Record<string, number> = {};
        if (min !== undefined)
            params.min = min;
        if (max !== undefined)
            params.max = max;
        out.add(path, "range", params);
        return null;
    }
    return value;
}

export const MAX_ID = 4294967294;

/** A uid or gid: a whole number 0..2^32-2 */
export function idNumber(value: unknown, path: Path, out: Problems): void {
    if (value !== undefined && (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_ID))
        out.add(path, "id-number", { max: MAX_ID });
}

export function size(value: unknown, path: Path, out: Problems): number | null {
    if (value === undefined)
        return null;
    const bytes = parseSize(value);
    if (bytes === null)
        out.add(path, "size");
    return bytes;
}

export function oneOf(value: unknown, allowed: readonly string[], path: Path, out: Problems): void {
    if (value === undefined)
        return;
    if (typeof value !== "string" || !allowed.includes(value))
        out.add(path, "enum", { allowed: allowed.map(a => a === "" ? '""' : a).join(", ") });
}

/** Reports every repeat of a key after its first occurrence, at the repeat's path */
export function duplicates(entries: [unknown, Path][], what: string, out: Problems): void {
    const seen = new Set<unknown>();
    for (const [key, path] of entries) {
        if (key === undefined || key === null || key === "")
            continue;
        if (seen.has(key))
            out.add(path, "duplicate", { what });
        seen.add(key);
    }
}

/** Control characters (including newlines) that have no place in a one-line value */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

const URL_TEXT = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/[^\s]*$/;

/** A URL with one of the schemes, e.g. ["http", "https"] */
export function url(value: unknown, schemes: readonly string[], path: Path, out: Problems): void {
    const text = string(value, path, out);
    if (text === null || text === "")
        return;
    const match = URL_TEXT.exec(text);
    const scheme = match?.[1].toLowerCase();
    const hostOk = scheme === "file" || /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/\s?#]+/.test(text);
    if (!match || !schemes.includes(scheme ?? "") || !hostOk)
        out.add(path, "url", { schemes: schemes.join(", ") });
}

/** An absolute path, written cleanly: no "//", "/./", "/../" and no trailing "/" (except "/") */
export function isCleanAbsolutePath(text: string): boolean {
    if (!text.startsWith("/"))
        return false;
    if (text === "/")
        return true;
    if (text.endsWith("/") || CONTROL_CHARACTERS.test(text))
        return false;
    return !text.slice(1).split("/").some(part => part === "" || part === "." || part === "..");
}

export function absolutePath(value: unknown, path: Path, out: Problems, required = false): string | null {
    const text = required ? requiredString(value, path, out) : string(value, path, out);
    if (text === null || text === "")
        return null;
    if (!isCleanAbsolutePath(text)) {
        out.add(path, "absolute-path");
        return null;
    }
    return text;
}
