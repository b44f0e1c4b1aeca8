import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";

import { topLevelStatements, withoutStatements } from "./css-rules.ts";
import { prunePatternflyBase } from "./patternfly-base.ts";

describe("top-level CSS statements", () => {
    it("splits rules, blocks with nested rules and semicolon at-rules, past braces in strings and comments", () => {
        const css = `@import "a.css";
/* a { comment } */
.a { content: "}"; }
@media (min-width: 1px) { .b { color: red; } .c { color: blue; } }
:root:where(.x) { --v: 1; }`;
        assert.deepEqual(topLevelStatements(css).map(s => s.prelude), [
            "@import \"a.css\";", ".a", "@media (min-width: 1px)", ":root:where(.x)",
        ]);
    });

    it("drops exactly the statements asked for and keeps the others as written", () => {
        const css = ".keep { a: b; }\n.drop { c: d; }\n@media print { .drop { e: f; } }\n";
        assert.equal(withoutStatements(css, s => s.prelude === ".drop"), ".keep { a: b; }\n@media print { .drop { e: f; } }\n");
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
        const preludes = topLevelStatements(pruned).map(s => s.prelude);
        assert.ok(preludes.includes(":root:where(.pf-v6-theme-dark)"), "dark tokens stay");
        assert.ok(preludes.includes(":root"), "default tokens stay");
        assert.ok(preludes.includes("*,\n*::before,\n*::after"), "the reset stays");
        assert.ok(preludes.includes(".pf-v6-screen-reader"), "screen reader class stays");
        assert.equal(preludes.filter(p => p.startsWith("@font-face")).length, 0);
        assert.equal(preludes.filter(p => /\.fa-|pficon/.test(p)).length, 0);
        assert.equal(preludes.filter(p => /theme-(glass|felt|high-contrast)/.test(p)).length, 0);
        assert.match(pruned, /--pf-t--global--background--color--primary--default/);
    });
});
