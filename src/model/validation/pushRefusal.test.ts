// Which blueprints are never sent: composer refuses them on push (reference §2, Initialize()).
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "../blueprint.ts";
import { problemLine, validateBlueprint } from "./index.ts";
import { pushRefusals } from "./pushRefusal.ts";

// [what, blueprint, refused "path: code" lines]
const cases: [string, Record<string, unknown>, string[]][] = [
    ["a valid blueprint", { name: "web", version: "1.0.0", packages: [{ name: "tmux" }] }, []],
    ["no version at all (composer sets 0.0.0)", { name: "web" }, []],
    ["a version that is not semver", { name: "web", version: "1.0" }, ["version: semver"]],
    ["a version that is a number", { name: "web", version: 3 }, ["version: wrong-type"]],
    ["an empty name", { name: "" }, ["name: required"]],
    ["a name with a slash", { name: "a/b" }, ["name: blueprint-name"]],
    ["a package without a name", { name: "web", packages: [{ version: "1.0" }] }, ["packages[0].name: required"]],
    ["a package name that is a number", { name: "web", packages: [{ name: 7 }] }, ["packages[0].name: wrong-type"]],
    ["a host name that is a number", { name: "web", customizations: { hostname: 5 } }, ["customizations.hostname: wrong-type"]],
    // found only when an image is built: a draft with them is still kept in the workspace
    ["a firewall port without a protocol", { name: "web", customizations: { firewall: { ports: ["22"] } } }, []],
    ["a relative mount point", { name: "web", customizations: { filesystem: [{ mountpoint: "var", minsize: 1024 }] } }, []],
    ["a package name with a space", { name: "web", packages: [{ name: "vim enhanced" }] }, []],
];

describe("pushRefusals", () => {
    for (const [what, blueprint, expected] of cases)
        it(what, () => assert.deepEqual(pushRefusals(validateBlueprint(blueprint as Blueprint)).map(problemLine), expected));

    it("keeps the problems found only at build time out, even next to refused ones", () => {
        const problems = validateBlueprint({ name: "web", version: "x", customizations: { hostname: "bad_host!" } });
        assert.ok(problems.map(problemLine).includes("customizations.hostname: hostname"));
        assert.deepEqual(pushRefusals(problems).map(problemLine), ["version: semver"]);
    });
});
