// PatternFly's base sheet carries more than this plugin can use, and every rule of it is on the
// first page. Left out when it is bundled:
// - its @font-face rules (Red Hat VF, Font Awesome, pficon): Cockpit already serves the Red Hat
//   fonts (see pkg/lib/fonts.css) and our icons are SVG;
// - the rules of the Font Awesome and pficon icon fonts (the .fa-* and .pf-v6-pficon-* classes),
//   taken from PatternFly's own separate sheets of those two, so exactly those rules go;
// - the token sets of the felt, glass and high-contrast themes: pkg/lib/theme.ts only ever sets
//   pf-v6-theme-dark on our page, so only the default and the dark tokens can apply;
// - given `usedTokens` (from a first build of all sheets, see unused-tokens.ts), the
//   declarations of the tokens nothing names.
// Only top-level statements go (a rule inside @media stays); postcss parses the sheets.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import postcss, { type ChildNode } from "postcss";

import { withoutUnusedTokens } from "./unused-tokens.ts";

const UNUSED_THEME = /\.pf-v6-theme-(felt|glass|high-contrast)\b/;
const ICON_FONT_SHEETS = ["base/patternfly-fa-icons.css", "base/patternfly-pf-icons.css"];

/** what a statement is known by: a rule's selector list, or an at-rule's name and parameters, as written (comments left out) */
export function preludeOf(node: ChildNode): string {
    switch (node.type) {
        case "rule": return node.selector;
        case "atrule": return node.params ? `@${node.name} ${node.params}` : `@${node.name}`;
        default: return "";
    }
}

/** true for what the plugin never uses: see the top of this file */
export function unusedBaseRule(iconFontPreludes: Set<string>): (prelude: string) => boolean {
    return prelude =>
        prelude.startsWith("@font-face") ||
        iconFontPreludes.has(prelude) ||
        (prelude.startsWith(":root") && UNUSED_THEME.test(prelude));
}

/** the base sheet without its top-level statements that the plugin never uses, nor its top-level comments */
export function prunePatternflyBase(baseCss: string, iconFontCss: string[]): string {
    // both passes of the CSS build (see split-css.ts) load the same base sheet
    if (lastPruned?.baseCss !== baseCss || lastPruned.iconFontCss.length !== iconFontCss.length ||
        lastPruned.iconFontCss.some((css, i) => css !== iconFontCss[i]))
        lastPruned = { baseCss, iconFontCss, pruned: pruned(baseCss, iconFontCss) };
    return lastPruned.pruned;
}

let lastPruned: { baseCss: string; iconFontCss: string[]; pruned: string } | undefined;

function pruned(baseCss: string, iconFontCss: string[]): string {
    const icons = new Set(iconFontCss.flatMap(css => postcss.parse(css).nodes.map(preludeOf)));
    const unused = unusedBaseRule(icons);
    const root = postcss.parse(baseCss);
    root.each(node => {
        if (node.type === "comment" || unused(preludeOf(node)))
            node.remove();
    });
    return root.toString();
}

export function patternflyWithoutFonts({ usedTokens }: { usedTokens?: Set<string> } = {}): Plugin {
    return {
        name: "patternfly-without-fonts",
        setup(build) {
            build.onLoad({ filter: /@patternfly[\\/]patternfly[\\/]patternfly-base\.css$/ }, args => {
                const dir = path.dirname(args.path);
                const iconSheets = ICON_FONT_SHEETS.map(f => fs.readFileSync(path.join(dir, f), "utf8"));
                const pruned = prunePatternflyBase(fs.readFileSync(args.path, "utf8"), iconSheets);
                return {
                    contents: usedTokens ? withoutUnusedTokens(pruned, usedTokens) : pruned,
                    loader: "css",
                    resolveDir: dir,
                };
            });
        },
    };
}
