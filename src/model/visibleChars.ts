// Characters that do not show, or change how the text around them shows, made visible: a name,
// id or URL from the service is shown as what it is, not as what it pretends to be. "prod\u200Bweb"
// must not look like "prodweb", and "evil\u202Egpj.exe" must not read as "evilexe.jpg". Each such
// character becomes its escape (`\u200B`), which the page styles as a marker. Pure.

/**
 * The characters shown as escapes: C0 and C1 controls and DEL; the soft hyphen; the combining
 * grapheme joiner; the Arabic letter mark; the Hangul fillers; the Khmer inherent vowels; the
 * Mongolian free variation selectors and vowel separator; zero-width space, non-joiner and
 * joiner; the left-to-right and right-to-left marks; the bidi embeddings, overrides and isolates;
 * the word joiner and invisible operators; the deprecated format characters; the byte order mark
 * (zero-width no-break space); the interlinear annotation characters; the tag characters.
 */
// each is matched on its own (the u flag), never combined with the one before it
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching control and combining characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/u;
// eslint-disable-next-line no-misleading-character-class -- as above
const INVISIBLE_RUN = new RegExp(`${INVISIBLE.source}+`, "gu");
/** Line ends and tabs: kept as they are in multi-line text (logs, error details). */
const LINE_CHARS = /^[\t\n\r]$/;

/** One piece of a text: as it is, or an escape standing for invisible characters. */
export interface VisibleSegment {
    text: string;
    /** true: `text` is the escape of characters that do not show (e.g. `\u200B`) */
    escaped: boolean;
}

/** The escape of one character: `\u200B`, or `\u{E0041}` beyond the basic plane. */
export function escapeChar(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    const hex = code.toString(16).toUpperCase();
    return code > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, "0")}`;
}

/** Whether the text holds a character that would not show or would reorder the text. */
export function hasInvisibleChars(text: string, keepLines = false): boolean {
    for (const match of text.matchAll(INVISIBLE_RUN)) {
        if (!keepLines || [...match[0]].some(char => !LINE_CHARS.test(char)))
            return true;
    }
    return false;
}

/** One escape as showInvisibleChars writes it. */
const ESCAPE = /\\u(?:([0-9A-F]{4})|\{([0-9A-F]{5,6})\})/g;

/**
 * The text in pieces for the page: plain text as it is, and each run of invisible characters as
 * one escaped piece (`\u200B\u200D`), to be marked. An escape of an invisible character that
 * is already in the text (displayText's output, or a value spelling one out) is marked the same
 * way, so a shown value looks the same wherever it was escaped. With keepLines, tabs and line
 * ends stay in the plain text.
 */
export function visibleSegments(text: string, keepLines = false): VisibleSegment[] {
    const shown = showInvisibleChars(text, keepLines);
    const segments: VisibleSegment[] = [];
    const push = (piece: string, escaped: boolean) => {
        if (piece === "")
            return;
        const last = segments[segments.length - 1];
        if (last && last.escaped === escaped)
            last.text += piece;
        else
            segments.push({ text: piece, escaped });
    };
    let at = 0;
    for (const match of shown.matchAll(ESCAPE)) {
        const code = parseInt(match[1] ?? match[2], 16);
        if (code > 0x10ffff || !INVISIBLE.test(String.fromCodePoint(code)))
            continue;
        push(shown.slice(at, match.index), false);
        push(match[0], true);
        at = match.index + match[0].length;
    }
    push(shown.slice(at), false);
    return segments;
}

/** The text with every invisible character as its escape, for places that take only plain text (titles, labels). */
export function showInvisibleChars(text: string, keepLines = false): string {
    return text.replace(INVISIBLE_RUN, run =>
        [...run].map(char => keepLines && LINE_CHARS.test(char) ? char : escapeChar(char)).join(""));
}

/** The text without invisible characters (file names, where an escape would be part of the name). */
export function removeInvisibleChars(text: string): string {
    // eslint-disable-next-line no-misleading-character-class -- as above
    return text.replace(new RegExp(INVISIBLE.source, "gu"), "");
}
