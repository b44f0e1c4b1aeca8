import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";

import { customProperties, withoutCustomProperties } from "./css-rules.ts";
import { prunePatternflyBase } from "./patternfly-base.ts";
import { usedTokens, withoutUnusedTokens } from "./unused-tokens.ts";

describe("custom property declarations", () => {
    it("finds them at any depth, the last one of a block without its semicolon, past strings and comments", () => {
        const css = `:root { --a: 1px; color: red; --b: var(--a, "x;}"); }
@media (min-width: 1px) { :root { /* --c: no; */ --d: calc(1px + 2px) } }
.x { content: "--e: no;"; }`;
        assert.deepEqual(customProperties(css).map(d => [d.name, d.value]), [["--a", "1px"], ["--b", "var(--a, \"x;}\")"], ["--d", "calc(1px + 2px)"]]);
    });

    it("drops exactly the declarations asked for and leaves the rest as written", () => {
        const css = ":root { --a: 1; --b: 2; color: var(--b); }\n@media print { :root { --a: 3 } }\n";
        assert.equal(withoutCustomProperties(css, d => d.name === "--a"), ":root { --b: 2; color: var(--b); }\n@media print { :root { } }\n");
    });
});

describe("unused PatternFly tokens", () => {
    const base = `:root { --pf-t--a: var(--pf-t--b); --pf-t--b: 1px; --pf-t--c: var(--pf-t--d); --pf-t--d: 2px; --pf-t--e: 3px; --pf-t--f: 4px; --pf-t--g: 5px; }
:root:where(.pf-v6-theme-dark) { --pf-t--b: 6px; --pf-t--c: 7px; }`;
    const component = ".pf-v6-c-x { --pf-v6-c-x--Width: var(--pf-t--a); inline-size: var(--pf-v6-c-x--Width); }";
    const script = "const token = { name: \"--pf-t--f\", value: \"4px\", var: \"var(--pf-t--f)\" };";

    it("keeps what a rule, a component's variable or a script names, and what those tokens name in turn, in either theme", () => {
        const used = usedTokens([base, component, ".y { margin: var(--pf-t--g); }"], [script]);
        assert.deepEqual([...used].sort(), ["--pf-t--a", "--pf-t--b", "--pf-t--f", "--pf-t--g"]);
    });

    it("a token only named by a token nobody uses goes too", () => {
        const used = usedTokens([base, component], []);
        assert.ok(!used.has("--pf-t--c") && !used.has("--pf-t--d"));
        const pruned = withoutUnusedTokens(base, used);
        assert.ok(!/--pf-t--(c|d|e|f|g):/.test(pruned), pruned);
        assert.match(pruned, /--pf-t--b: 6px/);
    });

    it("on PatternFly's own sheets: keeps every token the kept ones name, drops some", t => {
        const dir = "node_modules/@patternfly/";
        if (!fs.existsSync(`${dir}patternfly/patternfly-base.css`)) {
            t.skip("@patternfly/patternfly is not installed");
            return;
        }
        const read = (f: string) => fs.readFileSync(dir + f, "utf8");
        const full = prunePatternflyBase(read("patternfly/patternfly-base.css"), [read("patternfly/base/patternfly-fa-icons.css"), read("patternfly/base/patternfly-pf-icons.css")]);
        const button = read("react-styles/css/components/Button/button.css");
        const used = usedTokens([full, button], []);
        const pruned = withoutUnusedTokens(full, used);
        assert.ok(pruned.length < full.length * 0.9, `${pruned.length} of ${full.length}`);
        const declared = new Set(customProperties(pruned).map(d => d.name));
        for (const sheet of [pruned, button])
            for (const name of sheet.match(/var\(--pf-t--[\w-]+/g) ?? [])
                assert.ok(declared.has(name.slice(4)), `${name.slice(4)} is named but no longer declared`);
    });
});
