// Where a JSON text stops being JSON, and why, for an error that names line and column in every
// browser (engines word their messages differently, and some give no position). A loop with an
// explicit stack, so hostile nesting depth cannot overflow the call stack. Pure.

const N_ = (message: string): string => message;

export interface TextPosition {
    /** 1-based */
    line: number;
    /** 1-based, in UTF-16 code units like the editor's cursor */
    column: number;
}

/** Line and column of an offset into text */
export function positionAt(text: string, offset: number): TextPosition {
    const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
    const lines = before.split("\n");
    return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

export const VALID_JSON = N_("The text is valid JSON.");

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX = /[0-9a-fA-F]/;

/** Offset of the first character of text[at…] that differs from word (text.length when text ends first) */
function literalMismatch(text: string, at: number, word: string): number {
    let i = 0;
    while (i < word.length && at + i < text.length && text[at + i] === word[i])
        i++;
    return at + i;
}

/**
 * The offset of the first character that makes text invalid JSON (text.length when it ends too
 * early) and a translatable (N_) sentence saying what was expected there; VALID_JSON when
 * nothing is wrong.
 */
export function locateSyntaxError(text: string): { offset: number; detail: string } {
    const stack: string[] = [];
    type Expect = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close" | "end";
    let expect = "value" as Expect;
    let pos = 0;
    const err = (detail: string) => ({ offset: pos, detail });
    const afterValue = () => { expect = stack.length > 0 ? "comma-or-close" : "end"; };
    /** from the opening quote at pos: true with pos after the closing quote, else false with pos at the fault */
    const scanString = (): boolean => {
        for (let i = pos + 1; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 0x22) {
                pos = i + 1;
                return true;
            }
            if (c < 0x20) {
                pos = i;
                return false;
            }
            if (c === 0x5c) {
                const escape = text[i + 1];
                if (escape === "u") {
                    for (let k = i + 2; k < i + 6; k++) {
                        if (!HEX.test(text[k] ?? "")) {
                            pos = Math.min(k, text.length);
                            return false;
                        }
                    }
                    i += 5;
                } else if (escape !== undefined && "\"\\/bfnrt".includes(escape)) {
                    i += 1;
                } else {
                    pos = Math.min(i + 1, text.length);
                    return false;
                }
            }
        }
        pos = text.length;
        return false;
    };
    const badString = N_("A string has a control character, a bad escape or no closing quote.");
    for (;;) {
        while (pos < text.length && " \t\n\r".includes(text[pos]))
            pos++;
        if (pos >= text.length)
            return expect === "end" ? err(VALID_JSON) : err(N_("The text ends too early."));
        const c = text[pos];
        if (expect === "value" || expect === "value-or-close") {
            if (c === "]" && expect === "value-or-close") {
                stack.pop();
                pos++;
                afterValue();
            } else if (c === "{" || c === "[") {
                stack.push(c);
                pos++;
                expect = c === "{" ? "key-or-close" : "value-or-close";
            } else if (c === "\"") {
                if (!scanString())
                    return err(badString);
                afterValue();
            } else {
                const word = c === "t" ? "true" : c === "f" ? "false" : c === "n" ? "null" : null;
                if (word !== null) {
                    const end = literalMismatch(text, pos, word);
                    if (end < pos + word.length) {
                        pos = end;
                        return err(N_("A value was expected here."));
                    }
                    pos = end;
                } else {
                    NUMBER.lastIndex = pos;
                    const number = NUMBER.exec(text);
                    if (!number)
                        return err(N_("A value was expected here."));
                    pos += number[0].length;
                }
                afterValue();
            }
        } else if (expect === "key" || expect === "key-or-close") {
            if (c === "}" && expect === "key-or-close") {
                stack.pop();
                pos++;
                afterValue();
            } else if (c !== "\"")
                return err(N_("A property name in double quotes was expected here."));
            else if (!scanString())
                return err(badString);
            else
                expect = "colon";
        } else if (expect === "colon") {
            if (c !== ":")
                return err(N_("A colon was expected here."));
            pos++;
            expect = "value";
        } else if (expect === "comma-or-close") {
            const open = stack[stack.length - 1];
            if (c === ",") {
                pos++;
                expect = open === "{" ? "key" : "value";
            } else if ((open === "{" && c === "}") || (open === "[" && c === "]")) {
                stack.pop();
                pos++;
                afterValue();
            } else
                return err(open === "{" ? N_("A comma or } was expected here.") : N_("A comma or ] was expected here."));
        } else
            return err(N_("There is more text after the JSON value."));
    }
}

/** The offset of the first character that makes text invalid JSON (text.length when it ends too early), or null when it is valid */
export function jsonErrorOffset(text: string): number | null {
    const { offset, detail } = locateSyntaxError(text);
    return detail === VALID_JSON ? null : offset;
}
