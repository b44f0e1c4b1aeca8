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
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";

import { type CssStatement, topLevelStatements, withoutStatements } from "./css-rules.ts";
import { withoutUnusedTokens } from "./unused-tokens.ts";

const UNUSED_THEME = /\.pf-v6-theme-(felt|glass|high-contrast)\b/;
const ICON_FONT_SHEETS = ["base/patternfly-fa-icons.css", "base/patternfly-pf-icons.css"];

/** true for what the plugin never uses: see the top of this file */
export function unusedBaseRule(iconFontPreludes: Set<string>): (statement: CssStatement) => boolean {
    return ({ prelude }) =>
        prelude.startsWith("@font-face") ||
        iconFontPreludes.has(prelude) ||
        (prelude.startsWith(":root") && UNUSED_THEME.test(prelude));
}

export function prunePatternflyBase(baseCss: string, iconFontCss: string[]): string {
    const icons = new Set(iconFontCss.flatMap(css => topLevelStatements(css).map(s => s.prelude)));
    return withoutStatements(baseCss, unusedBaseRule(icons));
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
