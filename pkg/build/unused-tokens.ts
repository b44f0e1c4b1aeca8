// PatternFly's base sheet declares its global design tokens (--pf-t--…) twice, for the default
// and for the dark theme: some 2,000 custom properties that every page carries. Only those are
// kept that something names: a declaration or rule of any sheet the build writes (other than a
// token's own declaration), or any script it writes (@patternfly/react-tokens holds a token's
// name as a string), and then the tokens a kept token's value names, and so on. A token nothing
// names cannot apply, so leaving it out changes no style.
import { customProperties, withoutCustomProperties } from "./css-rules.ts";

const TOKEN = /--pf-t--[\w-]+/g;

export function isToken(name: string): boolean {
    return name.startsWith("--pf-t--");
}

/** the tokens that `sheets` (the built CSS) and `scripts` (the built JS) can use */
export function usedTokens(sheets: string[], scripts: string[]): Set<string> {
    const valuesOf = new Map<string, string[]>();
    const named: string[] = [];
    for (const css of sheets) {
        const tokens = customProperties(css).filter(d => isToken(d.name));
        for (const d of tokens)
            valuesOf.set(d.name, [...valuesOf.get(d.name) ?? [], d.value]);
        const rest = withoutCustomProperties(css, d => isToken(d.name));
        named.push(...rest.match(TOKEN) ?? []);
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
    return withoutCustomProperties(css, d => isToken(d.name) && !used.has(d.name));
}
