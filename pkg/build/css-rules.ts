// Splits a style sheet into its top-level statements (rules, at-rules with or without a block,
// comments dropped) so a build step can leave some out. A small scanner, not a CSS parser:
// it knows comments, strings and nested braces, which is all that finding block ends needs.

export interface CssStatement {
    /** what stands before the block (selector list or at-rule), trimmed; the whole statement for `@import …;` */
    prelude: string;
    /** the statement as written, block included */
    text: string;
}

function skipString(css: string, i: number): number {
    const quote = css[i];
    for (i++; i < css.length; i++) {
        if (css[i] === "\\")
            i++;
        else if (css[i] === quote)
            return i + 1;
    }
    return i;
}

function skipComment(css: string, i: number): number {
    const end = css.indexOf("*/", i + 2);
    return end < 0 ? css.length : end + 2;
}

export function topLevelStatements(css: string): CssStatement[] {
    const statements: CssStatement[] = [];
    let start = 0;
    let preludeEnd = -1;
    let depth = 0;
    let i = 0;
    const push = (end: number) => {
        const text = css.slice(start, end).replace(/^\s*(\/\*[\s\S]*?\*\/\s*)*/, "").trim();
        const prelude = (preludeEnd < 0 ? text : css.slice(start, preludeEnd))
            .replace(/\/\*[\s\S]*?\*\//g, "").trim();
        if (text)
            statements.push({ prelude, text });
        start = end;
        preludeEnd = -1;
    };
    while (i < css.length) {
        const c = css[i];
        if (c === "/" && css[i + 1] === "*") {
            i = skipComment(css, i);
            continue;
        }
        if (c === "\"" || c === "'") {
            i = skipString(css, i);
            continue;
        }
        if (c === "{") {
            if (depth === 0)
                preludeEnd = i;
            depth++;
        } else if (c === "}") {
            depth--;
            if (depth === 0)
                push(i + 1);
        } else if (c === ";" && depth === 0) {
            push(i + 1);
        }
        i++;
    }
    push(css.length);
    return statements;
}

/** the sheet without the top-level statements `drop` names */
export function withoutStatements(css: string, drop: (statement: CssStatement) => boolean): string {
    return topLevelStatements(css).filter(s => !drop(s)).map(s => s.text).join("\n") + "\n";
}
