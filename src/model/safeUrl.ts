// Links are built, never trusted (DESIGN principle 6): the one gate every href passes, and the
// one way a value from a status becomes display text. Pure.

import { hasInvisibleChars, showInvisibleChars } from "./visibleChars";

/** Longest URL made into a link; presigned S3 URLs are ~1-2 kB, so this leaves room. */
export const MAX_URL_LENGTH = 8192;
/** Longest value shown as text; the copy button still carries the whole value. */
export const MAX_TEXT_LENGTH = 2048;

/**
 * The normalised href of an absolute http(s) URL, or null. Rejected: anything that is not a
 * string, other schemes (javascript:, data:, vbscript:, file:, …), relative URLs, control, bidi
 * or zero-width characters (visibleChars), whitespace or backslashes inside, URLs with credentials (`https://a@b` reads
 * as one host and goes to another), and URLs longer than MAX_URL_LENGTH. Outer whitespace is trimmed.
 */
export function safeHttpUrl(text: unknown): string | null {
    if (typeof text !== "string")
        return null;
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.length > MAX_URL_LENGTH)
        return null;
    if (hasInvisibleChars(trimmed) || /[\s\\]/.test(trimmed))
        return null;
    // the scheme must be spelled out: "//host/path" and "host/path" are relative
    if (!/^https?:\/\//i.test(trimmed))
        return null;
    let url: URL;
    try {
        url = new URL(trimmed);
    } catch {
        return null;
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
        return null;
    if (url.hostname === "" || url.username !== "" || url.password !== "")
        return null;
    return url.href;
}

/**
 * A value as display text: strings as they are, other values as JSON; cut to MAX_TEXT_LENGTH with
 * an ellipsis; characters that do not show or reorder the text (control, bidi, zero-width) as
 * their escapes, `\u202E` (tabs and line ends too, unless keepLines). Never throws.
 */
export function displayText(value: unknown, max = MAX_TEXT_LENGTH, keepLines = false): string {
    let text: string;
    if (typeof value === "string")
        text = value;
    else if (value === undefined)
        text = "";
    else {
        try {
            text = JSON.stringify(value) ?? String(value);
        } catch {
            text = String(value);
        }
    }
    if (text.length > max)
        text = text.slice(0, max) + "…";
    return showInvisibleChars(text, keepLines);
}

/** A value as the text a copy button puts on the clipboard: the whole value, unchanged when a string. */
export function copyText(value: unknown): string {
    if (typeof value === "string")
        return value;
    if (value === undefined || value === null)
        return "";
    try {
        return JSON.stringify(value) ?? String(value);
    } catch {
        return String(value);
    }
}
