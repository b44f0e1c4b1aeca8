// What an import says about bad text: the kind, where (line, column) and the message shown
// under the text, one row per kind of bad input (issue 7).
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { importBlueprint } from "./blueprintText.ts";

const LONG_DESCRIPTION = "d".repeat(200);

// [what, text, file name, kind, line, column, message (exact, or a pattern)]
const cases: [string, string, string | undefined, "syntax" | "shape", number, number, string | RegExp][] = [
    ["TOML: an unterminated string", 'name = "a"\ndescription = "open\n', undefined, "syntax", 2, 20, "control characters are not allowed in strings"],
    ["TOML: a key without a value", 'name = "a"\nversion =\n', undefined, "syntax", 2, 10, "invalid value"],
    ["TOML: a table header left open", 'name = "a"\n[customizations\n', undefined, "syntax", 2, 16, /./],
    ["TOML: the same key twice", 'name = "a"\nname = "b"\n', undefined, "syntax", 2, 1, /./],
    ["TOML: packages that are text", 'name = "a"\npackages = "x"\n', undefined, "shape", 2, 1, "packages must be a list of tables"],
    ["TOML: a version that is a number", 'name = "a"\nversion = 3\n', undefined, "shape", 2, 1, "version must be a string"],
    ["TOML: customizations that are a list", 'name = "a"\ncustomizations = [1]\n', undefined, "shape", 2, 1, /^customizations must be a /],
    ["TOML: no name at all", 'description = "x"\n', undefined, "shape", 1, 1, "name must be a string"],
    ["JSON: a missing value", '{"name": "a", "version": }', undefined, "syntax", 1, 26, "Unexpected token '}'"],
    ["JSON: cut short", '{\n  "name": "a",\n  "packages": [', undefined, "syntax", 3, 16, /./],
    ["JSON: a list, not an object", '[{"name": "a"}]', "list.json", "shape", 1, 1, "The blueprint must be a table"],
    ["JSON: a name that is a number", '{"name": 5}', undefined, "shape", 1, 2, "name must be a string"],
];

describe("importBlueprint: bad text", () => {
    for (const [what, text, filename, kind, line, column, message] of cases) {
        it(what, () => {
            const result = importBlueprint(text, filename);
            assert.ok("error" in result, "refused");
            assert.deepEqual([result.error.kind, result.error.line, result.error.column], [kind, line, column]);
            if (typeof message === "string")
                assert.equal(result.error.message, message);
            else
                assert.match(result.error.message, message);
        });
    }

    it("a JSON error in a long text says what is wrong without quoting the text back", () => {
        const result = importBlueprint(`{"name": "a", "description": "${LONG_DESCRIPTION}", "version": }`);
        assert.ok("error" in result);
        assert.ok(!result.error.message.includes(LONG_DESCRIPTION.slice(0, 20)), result.error.message);
        assert.ok(!result.error.message.includes("is not valid JSON"), result.error.message);
    });

    it("keys nobody knows are no error and are kept", () => {
        const result = importBlueprint('name = "a"\nfrom_the_future = 1\n[customizations.unheard_of]\nlevel = 11\n');
        assert.ok("blueprint" in result);
        assert.deepEqual(result.blueprint, { name: "a", from_the_future: 1, customizations: { unheard_of: { level: 11 } } });
    });
});
