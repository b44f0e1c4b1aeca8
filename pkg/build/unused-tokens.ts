// PatternFly's base sheet declares its global design tokens (--pf-t--…) twice, for the default
// and for the dark theme: some 2,000 custom properties that every page carries. Only those are
// kept that something names: a declaration or rule of any sheet the build writes (other than a
// token's own declaration), or any script it writes (@patternfly/react-tokens holds a token's
// name as a string), and then the tokens a kept token's value names, and so on. A token nothing
// names cannot apply, so leaving it out changes no style.
// postcss finds the declarations (at any depth, past comments and strings).
import postcss from "postcss";

const TOKEN = /--pf-t--[\w-]+/g;
const TOKEN_DECLARATION = /^--pf-t--/;

/** the tokens that `sheets` (the built CSS) and `scripts` (the built JS) can use */
export function usedTokens(sheets: string[], scripts: string[]): Set<string> {
    // the build asks once per sheet it writes, with the same first pass
    if (lastUsed?.sheets !== sheets || lastUsed.scripts !== scripts)
        lastUsed = { sheets, scripts, used: tokensUsedBy(sheets, scripts) };
    return lastUsed.used;
}

let lastUsed: { sheets: string[]; scripts: string[]; used: Set<string> } | undefined;

function tokensUsedBy(sheets: string[], scripts: string[]): Set<string> {
    const valuesOf = new Map<string, string[]>();
    const named: string[] = [];
    for (const css of sheets) {
        // a token is named by the sheet if it occurs more often than in the tokens' own declarations
        const mentions = new Map<string, number>();
        const count = (text: string, by: number) => {
            for (const name of text.match(TOKEN) ?? [])
                mentions.set(name, (mentions.get(name) ?? 0) + by);
        };
        count(css, 1);
        postcss.parse(css).walkDecls(TOKEN_DECLARATION, d => {
            valuesOf.set(d.prop, [...valuesOf.get(d.prop) ?? [], d.value]);
            count(d.toString(), -1);
        });
        named.push(...[...mentions].filter(([, n]) => n > 0).map(([name]) => name));
    }
    for (const js of scripts)
        named.push(...js.match(TOKEN) ?? []);
    const used = new Set<string>();
    while (named.length > 0) {
        const name = named.pop() as string;
        if (used.has(name))
            continue;
        used.add(name);
        for (const value of valuesOf.get(name) ?? [])
            named.push(...value.match(TOKEN) ?? []);
    }
    return used;
}

/** the sheet without the declarations of tokens not in `used` */
export function withoutUnusedTokens(css: string, used: Set<string>): string {
    const root = postcss.parse(css);
    root.walkDecls(TOKEN_DECLARATION, d => {
        if (!used.has(d.prop))
            d.remove();
    });
    return root.toString();
}
