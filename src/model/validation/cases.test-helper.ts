// Table-driven validation tests: each case a blueprint's customizations and the problems
// expected, as "path: code" lines.
import assert from "node:assert/strict";
import { it } from "node:test";

import type { Blueprint } from "../blueprint.ts";
import { problemLine, validateBlueprint } from "./index.ts";

/** [what, customizations, expected "path: code" lines] */
export type Case = [string, Record<string, unknown>, string[]];

export function runCases(cases: Case[]): void {
    for (const [what, customizations, expected] of cases) {
        it(what, () => {
            const bp: Blueprint = { name: "t", customizations };
            assert.deepEqual(validateBlueprint(bp).map(problemLine), expected);
        });
    }
}
