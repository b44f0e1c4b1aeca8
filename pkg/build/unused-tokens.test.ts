import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, it } from "node:test";
import postcss from "postcss";

import { prunePatternflyBase } from "./patternfly-base.ts";
import { usedTokens, withoutUnusedTokens } from "./unused-tokens.ts";

describe("token declarations", () => {
    const css = `:root { --pf-t--a: 1px; color: red; --pf-t--b: var(--pf-t--x, "x;}"); }
@media (min-width: 1px) { :root { /* --pf-t--c: no; */ --pf-t--d: calc(1px + 2px) } }
.x { content: "--pf-t--e: no;"; }`;

    it("are found at any depth, the last one of a block without its semicolon, past strings and comments", () => {
        // a, b and d are declarations, and x is only named by b: none is used; c and e are named in a comment and a string
        assert.deepEqual([...usedTokens([css], [])].sort(), ["--pf-t--c", "--pf-t--e"]);
        assert.deepEqual([...usedTokens([css, ".y { margin: var(--pf-t--b); }"], [])].sort(), ["--pf-t--b", "--pf-t--c", "--pf-t--e", "--pf-t--x"]);
    });

    it("drops exactly the declarations of unused tokens and leaves the rest as written", () => {
        assert.equal(withoutUnusedTokens(css, new Set(["--pf-t--b"])), `:root { color: red; --pf-t--b: var(--pf-t--x, "x;}"); }
@media (min-width: 1px) { :root { /* --pf-t--c: no; */} }
.x { content: "--pf-t--e: no;"; }`);
        const sheet = ":root { --pf-t--a: 1; --pf-t--b: 2; --pf-v6-c-x: 3; color: var(--pf-t--b); }\n@media print { :root { --pf-t--a: 3 } }\n";
        assert.equal(withoutUnusedTokens(sheet, new Set(["--pf-t--b"])), ":root { --pf-t--b: 2; --pf-v6-c-x: 3; color: var(--pf-t--b); }\n@media print { :root {} }\n");
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
        const declared = new Set<string>();
        postcss.parse(pruned).walkDecls(d => void declared.add(d.prop));
        for (const sheet of [pruned, button])
            for (const name of sheet.match(/var\(--pf-t--[\w-]+/g) ?? [])
                assert.ok(declared.has(name.slice(4)), `${name.slice(4)} is named but no longer declared`);
    });
});
