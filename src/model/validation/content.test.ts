import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "../blueprint.ts";
import { problemLine, validateBlueprint } from "./index.ts";

/** [what, blueprint fields besides the name, expected "path: code" lines] */
type Case = [string, Record<string, unknown>, string[]];

function runCases(cases: Case[]): void {
    for (const [what, fields, expected] of cases) {
        it(what, () => {
            const bp = { name: "t", ...fields } as Blueprint;
            assert.deepEqual(validateBlueprint(bp).map(problemLine), expected);
        });
    }
}

describe("blueprint name and version", () => runCases([
    ["a valid name and semver version pass", { name: "web-server.v2_x", version: "1.2.3-rc.1+build.5" }, []],
    ["an empty version is composer's 0.0.0", { version: "" }, []],
    ["a missing name is required", { name: undefined }, ["name: required"]],
    ["an empty name is required", { name: "" }, ["name: required"]],
    ["a name with spaces", { name: "web server" }, ["name: blueprint-name"]],
    ["a name with a slash", { name: "a/b" }, ["name: blueprint-name"]],
    ["a name that is a number", { name: 5 }, ["name: wrong-type"]],
    ["a version with two parts", { version: "1.2" }, ["version: semver"]],
    ["a version with four parts", { version: "1.2.3.4" }, ["version: semver"]],
    ["a version with an empty prerelease", { version: "1.2.3-" }, ["version: semver"]],
    ["a version with a space", { version: "1.2.3 " }, ["version: semver"]],
    ["a version with a v", { version: "v1.2.3" }, ["version: semver"]],
    ["a version that is a number", { version: 1 }, ["version: wrong-type"]],
    ["a description that is a list", { description: ["x"] }, ["description: wrong-type"]],
]));

describe("packages, groups, modules, containers", () => runCases([
    ["names, globs and versions pass", {
        packages: [{ name: "httpd" }, { name: "python3-*", version: "*" }, { name: "vim", version: "9.1.*" }],
        modules: [{ name: "tmux", version: "" }],
        groups: [{ name: "core" }],
        enabled_modules: [{ name: "nodejs", stream: "22" }],
        containers: [{ source: "quay.io/fedora/fedora:latest", "tls-verify": true, "local-storage": false }],
    }, []],
    ["a package without a name", { packages: [{ version: "1" }] }, ["packages[0].name: required"]],
    ["a package name with a space", { packages: [{ name: "httpd" }, { name: "my pkg" }] }, ["packages[1].name: package-name"]],
    ["a package version with a space", { packages: [{ name: "a", version: "1 2" }] }, ["packages[0].version: glob-version"]],
    ["a legacy module without a name", { modules: [{ name: "" }] }, ["modules[0].name: required"]],
    ["packages that are not a list", { packages: { name: "a" } }, ["packages: wrong-type"]],
    ["a package that is a string", { packages: ["httpd"] }, ["packages[0]: wrong-type"]],
    ["a group without a name", { groups: [{}] }, ["groups[0].name: required"]],
    ["a group twice", { groups: [{ name: "core" }, { name: "core" }] }, ["groups[1].name: duplicate"]],
    ["a group name with a space", { groups: [{ name: "web server" }] }, ["groups[0].name: package-name"]],
    ["an enabled module without a name", { enabled_modules: [{ stream: "22" }] }, ["enabled_modules[0].name: required"]],
    ["an enabled module stream with a space", { enabled_modules: [{ name: "nodejs", stream: "2 2" }] }, ["enabled_modules[0].stream: glob-version"]],
    ["a container without a source", { containers: [{ name: "x" }] }, ["containers[0].source: required"]],
    ["a container tls-verify that is text", { containers: [{ source: "a", "tls-verify": "yes" }] }, ["containers[0].tls-verify: wrong-type"]],
    ["customizations that are a list", { customizations: [] }, ["customizations: wrong-type"]],
]));
