// The Cloud API's error tree (ComposeStatusError `{id, reason, details}`, reference §3.3, and
// Koji's `target_error`): `details` may hold nested errors, arrays, objects or strings. Flattened
// into rows with a depth for display, and rendered as plain text for "Copy error". Pure; never throws.
import { displayText } from "./safeUrl";

export interface ComposeError {
    id?: number;
    reason: string;
    details?: unknown;
}

export interface ErrorRow {
    depth: number;
    /** "error": an `{id?, reason}` node; "text": a detail value; "more": rows left out */
    kind: "error" | "text" | "more";
    id?: number;
    /** the error's reason, or the detail's text (display-safe, cut to a length) */
    text: string;
    /** the key of an object member the row stands for */
    key?: string;
}

/** Rows beyond this are summarised in one "more" row. */
export const MAX_ERROR_ROWS = 500;
/** Deeper nesting is summarised as text. */
export const MAX_ERROR_DEPTH = 32;
const MAX_ROW_TEXT = 16_384;

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

const isErrorNode = (value: unknown): value is Record<string, unknown> =>
    isRecord(value) && typeof value.reason === "string";
const rowText = (value: unknown): string => displayText(value, MAX_ROW_TEXT, true);

/** A ComposeError from an untrusted value, or undefined when there is nothing to show. */
export function normalizeError(value: unknown): ComposeError | undefined {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === "string")
        return value === "" ? undefined : { reason: value };
    if (!isRecord(value))
        return { reason: displayText(value) };
    const error: ComposeError = {
        reason: typeof value.reason === "string" ? value.reason : displayText(value.reason ?? ""),
    };
    if (typeof value.id === "number" && Number.isFinite(value.id))
        error.id = value.id;
    if (value.details !== undefined && value.details !== null)
        error.details = value.details;
    if (error.reason === "" && error.id === undefined && error.details === undefined)
        return undefined;
    return error;
}

/** The error as rows: the root at depth 0, its details below it, depth first. */
export function errorRows(error: unknown, maxRows = MAX_ERROR_ROWS): ErrorRow[] {
    const rows: ErrorRow[] = [];
    let dropped = 0;
    const push = (row: ErrorRow) => {
        if (rows.length < maxRows)
            rows.push(row);
        else
            dropped++;
    };

    const walk = (value: unknown, depth: number, key?: string): void => {
        if (value === undefined || value === null)
            return;
        if (depth > MAX_ERROR_DEPTH) {
            push({ depth, kind: "text", text: rowText(value), ...(key !== undefined && { key }) });
            return;
        }
        if (Array.isArray(value)) {
            for (const item of value)
                walk(item, depth, key);
            return;
        }
        if (isErrorNode(value)) {
            const node = normalizeError(value);
            if (!node)
                return;
            const row: ErrorRow = { depth, kind: "error", text: rowText(node.reason) };
            if (node.id !== undefined)
                row.id = node.id;
            if (key !== undefined)
                row.key = key;
            push(row);
            for (const [name, member] of Object.entries(value))
                if (name !== "id" && name !== "reason" && name !== "details")
                    walk(member, depth + 1, name);
            walk(node.details, depth + 1);
            return;
        }
        if (isRecord(value)) {
            for (const [name, member] of Object.entries(value)) {
                if (typeof member === "object" && member !== null) {
                    push({ depth, kind: "text", text: "", key: name });
                    walk(member, depth + 1);
                } else
                    walk(member, depth, name);
            }
            return;
        }
        push({ depth, kind: "text", text: rowText(value), ...(key !== undefined && { key }) });
    };

    walk(isRecord(error) || Array.isArray(error) ? error : normalizeError(error), 0);
    if (dropped > 0)
        rows.push({ depth: 0, kind: "more", text: String(dropped) });
    return rows;
}

/**
 * Plain text for "Copy error": one line per row, two spaces of indent per level, errors as
 * "<id>: <reason>", members as "<key>: <text>"; a last line counts rows left out.
 */
export function errorCopyText(error: unknown, maxRows = MAX_ERROR_ROWS): string {
    return errorRows(error, maxRows).map(row => {
        const indent = "  ".repeat(row.depth);
        if (row.kind === "more")
            return `… (${row.text} more)`;
        const key = row.key !== undefined ? `${row.key}: ` : "";
        const id = row.kind === "error" && row.id !== undefined ? `${row.id}: ` : "";
        return `${indent}${key}${id}${row.text}`.trimEnd();
    }).join("\n");
}
