// Where a JSON text stops being JSON, for an error that names line and column in every
// browser (engines word their messages differently, and some give no position). Pure.

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

class Stop {
    constructor(readonly offset: number) {}
}

/** The offset of the first character that makes text invalid JSON (text.length when it ends too early), or null when it is valid */
export function jsonErrorOffset(text: string): number | null {
    let i = 0;
    const fail = (): never => {
        throw new Stop(i);
    };
    const space = () => {
        while (i < text.length && " \t\n\r".includes(text[i]))
            i++;
    };
    const expect = (word: string) => {
        for (const ch of word) {
            if (text[i] !== ch)
                fail();
            i++;
        }
    };
    const string = () => {
        expect('"');
        while (i < text.length && text[i] !== '"') {
            const code = text.charCodeAt(i);
            if (code < 0x20)
                fail();
            if (text[i] === "\\") {
                i++;
                if (text[i] === "u") {
                    i++;
                    for (let k = 0; k < 4; k++, i++) {
                        if (!/[0-9a-fA-F]/.test(text[i] ?? ""))
                            fail();
                    }
                    continue;
                }
                if (!'"\\/bfnrt'.includes(text[i] ?? "x") || i >= text.length)
                    fail();
            }
            i++;
        }
        expect('"');
    };
    const number = () => {
        const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
        if (!match)
            fail();
        i += (match as RegExpExecArray)[0].length;
    };
    const value = (): void => {
        space();
        const ch = text[i];
        if (ch === "{") {
            i++;
            space();
            if (text[i] === "}") {
                i++;
                return;
            }
            for (;;) {
                space();
                string();
                space();
                expect(":");
                value();
                space();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                expect("}");
                return;
            }
        } else if (ch === "[") {
            i++;
            space();
            if (text[i] === "]") {
                i++;
                return;
            }
            for (;;) {
                value();
                space();
                if (text[i] === ",") {
                    i++;
                    continue;
                }
                expect("]");
                return;
            }
        } else if (ch === '"') {
            string();
        } else if (ch === "t") {
            expect("true");
        } else if (ch === "f") {
            expect("false");
        } else if (ch === "n") {
            expect("null");
        } else {
            number();
        }
    };
    try {
        value();
        space();
        if (i < text.length)
            fail();
        return null;
    } catch (e) {
        if (e instanceof Stop)
            return Math.min(e.offset, text.length);
        throw e;
    }
}
