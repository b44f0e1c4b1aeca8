import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import postcss from "postcss";

import { preludeOf, prunePatternflyBase } from "./patternfly-base.ts";

const preludes = (css: string) => postcss.parse(css).nodes.map(preludeOf);

describe("pruning the PatternFly base sheet", () => {
    it("knows each top-level statement by its selector list or at-rule, past braces in strings and comments", () => {
        const css = `@import "a.css";
/* a { comment } */
.a { content: "}"; }
@media (min-width: 1px) { .b { color: red; } .c { color: blue; } }
:root:where(.x) /* } */ { --v: 1; }`;
        assert.deepEqual(preludes(css).filter(p => p), [
            "@import \"a.css\"", ".a", "@media (min-width: 1px)", ":root:where(.x)",
        ]);
    });

    it("drops exactly the top-level font faces, icon font rules and unused themes, and keeps the others as written", () => {
        const base = `@font-face { font-family: "Red Hat"; src: url("x.woff2"); }
/* a comment { } */
.keep { content: "}"; }
.fa-x::before { content: "a"; }
.fa-x::before,
.fa-y::before { content: "b"; }
@media print { .fa-x::before { e: f; } }
:root { --pf-t--a: 1px; }
:root:where(.pf-v6-theme-dark) { --pf-t--a: 2px; }
:root:where(.pf-v6-theme-glass) { --pf-t--a: 3px; }
:root:where(.pf-v6-theme-high-contrast) { --pf-t--a: 4px; }
`;
        const icons = "@font-face { font-family: FA; }\n.fa-x::before { content: \"a\"; }\n";
        assert.equal(prunePatternflyBase(base, [icons]), `.keep { content: "}"; }
.fa-x::before,
.fa-y::before { content: "b"; }
@media print { .fa-x::before { e: f; } }
:root { --pf-t--a: 1px; }
:root:where(.pf-v6-theme-dark) { --pf-t--a: 2px; }
`);
    });
});

describe("PatternFly base sheet", () => {
    const dir = "node_modules/@patternfly/patternfly/";
    it("keeps the default and dark tokens and the reset, drops fonts, icon fonts and the themes never set", t => {
        if (!fs.existsSync(`${dir}patternfly-base.css`)) {
            t.skip("@patternfly/patternfly is not installed");
            return;
        }
        const read = (f: string) => fs.readFileSync(dir + f, "utf8");
        const pruned = prunePatternflyBase(read("patternfly-base.css"), [read("base/patternfly-fa-icons.css"), read("base/patternfly-pf-icons.css")]);
        const kept = preludes(pruned);
        assert.ok(kept.includes(":root:where(.pf-v6-theme-dark)"), "dark tokens stay");
        assert.ok(kept.includes(":root"), "default tokens stay");
        assert.ok(kept.includes("*,\n*::before,\n*::after"), "the reset stays");
        assert.ok(kept.includes(".pf-v6-screen-reader"), "screen reader class stays");
        assert.equal(kept.filter(p => p.startsWith("@font-face")).length, 0);
        assert.equal(kept.filter(p => /\.fa-|pficon/.test(p)).length, 0);
        assert.equal(kept.filter(p => /theme-(glass|felt|high-contrast)/.test(p)).length, 0);
        assert.match(pruned, /--pf-t--global--background--color--primary--default/);
    });
});
