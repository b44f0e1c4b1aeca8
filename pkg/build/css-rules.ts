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

export interface CustomProperty {
    /** `--name` */
    name: string;
    /** what follows the colon, trimmed */
    value: string;
    /** where the declaration starts and ends in the sheet (its `;` included, a closing `}` not) */
    start: number;
    end: number;
}

/**
 * The custom property declarations (`--name: value;`) inside the blocks of a sheet, at any
 * depth, past comments and strings. A declaration starts where one may: after `{`, `;` or `}`.
 */
export function customProperties(css: string): CustomProperty[] {
    const found: CustomProperty[] = [];
    let depth = 0;
    let declarationMayStart = false;
    let i = 0;
    while (i < css.length) {
        const c = css[i];
        if (c === "/" && css[i + 1] === "*") {
            i = skipComment(css, i);
            continue;
        }
        if (c === "\"" || c === "'") {
            i = skipString(css, i);
            declarationMayStart = false;
            continue;
        }
        if (depth > 0 && declarationMayStart && c === "-" && css[i + 1] === "-") {
            const name = /^--[\w-]+/.exec(css.slice(i, i + 300))?.[0] ?? "";
            let j = i + name.length;
            while (/\s/.test(css[j] ?? ""))
                j++;
            if (name && css[j] === ":") {
                const end = valueEnd(css, j + 1);
                const value = css.slice(j + 1, end).replace(/\/\*[\s\S]*?\*\//g, "").trim();
                const stop = css[end] === ";" ? end + 1 : end;
                found.push({ name, value, start: i, end: stop });
                i = stop;
                declarationMayStart = css[end] === ";";
                continue;
            }
        }
        if (c === "{" || c === "}" || c === ";") {
            depth += c === "{" ? 1 : c === "}" ? -1 : 0;
            declarationMayStart = true;
        } else if (!/\s/.test(c)) {
            declarationMayStart = false;
        }
        i++;
    }
    return found;
}

/** where a declaration's value ends: the `;` or `}` that closes it, outside brackets, strings and comments */
function valueEnd(css: string, i: number): number {
    let nesting = 0;
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
        if (c === "(" || c === "[" || c === "{")
            nesting++;
        else if ((c === ")" || c === "]" || c === "}") && nesting > 0)
            nesting--;
        else if ((c === ";" || c === "}") && nesting === 0)
            return i;
        i++;
    }
    return i;
}

/** the sheet without the custom property declarations `drop` names (and the blanks after them) */
export function withoutCustomProperties(css: string, drop: (declaration: CustomProperty) => boolean): string {
    let out = "";
    let from = 0;
    for (const d of customProperties(css)) {
        if (!drop(d))
            continue;
        out += css.slice(from, d.start);
        from = d.end;
        while (/\s/.test(css[from] ?? ""))
            from++;
    }
    return out + css.slice(from);
}
