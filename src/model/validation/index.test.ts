import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "../blueprint.ts";
import { problemLine, problemsAt, problemsUnder, validateBlueprint } from "./index.ts";
import type { Problem } from "./types.ts";

describe("validating a whole blueprint", () => {
    it("finds nothing wrong with a blueprint full of valid fields and unknown keys", () => {
        const bp: Blueprint = {
            name: "web-server", description: "Example", version: "0.0.1", distro: "fedora-43", "future-top": { a: [1] },
            packages: [{ name: "httpd", version: "*", extra: 1 } as { name: string }], groups: [{ name: "core" }],
            customizations: {
                hostname: "web01", "future-section": { x: true },
                user: [{ name: "admin", uid: 1200, groups: ["wheel"], "future-user-field": "kept" }],
                disk: { type: "gpt", partitions: [{ type: "plain", mountpoint: "/data", fs_type: "xfs", minsize: "1 GiB", "future": 1 }] },
            },
        };
        assert.deepEqual(validateBlueprint(bp), []);
    });

    it("gives the sentence its values in params", () => {
        const problems = validateBlueprint({
            name: "x",
            customizations: { user: [{ name: "a", uid: -1 }, { name: "a" }], partitioning_mode: "zfs", firewall: { ports: [1] }, sshd: { client_alive_interval: -5 } },
        });
        assert.deepEqual(problems, [
            { path: ["customizations", "sshd", "client_alive_interval"], code: "range", params: { min: 0 } },
            { path: ["customizations", "user", 0, "uid"], code: "id-number", params: { max: 4294967294 } },
            { path: ["customizations", "user", 1, "name"], code: "duplicate", params: { what: "user" } },
            { path: ["customizations", "firewall", "ports", 0], code: "wrong-type", params: { expected: "string" } },
            { path: ["customizations", "partitioning_mode"], code: "enum", params: { allowed: '"", auto-lvm, lvm, raw' } },
        ]);
    });

    it("reports every problem of a blueprint that is wrong in many places", () => {
        const lines = validateBlueprint({
            name: "bad name", version: "1",
            customizations: { hostname: "a_b", files: [{ path: "x" }], cacerts: { pem_certs: ["x"] }, iso: { volume_id: "a b" } },
        }).map(problemLine);
        assert.deepEqual(lines, [
            "name: blueprint-name", "version: semver", "customizations.hostname: hostname",
            "customizations.files[0].path: absolute-path", "customizations.files[0]: data-xor-uri",
            "customizations.cacerts.pem_certs[0]: pem", "customizations.iso.volume_id: volume-id",
        ]);
    });
});

describe("problems of one field or section", () => {
    const problems: Problem[] = [
        { path: ["customizations", "user", 0, "name"], code: "user-name" },
        { path: ["customizations", "user", 0], code: "required" },
        { path: ["customizations", "user", 1, "uid"], code: "id-number" },
        { path: ["customizations", "user10"], code: "wrong-type" },
        { path: ["name"], code: "required" },
    ];

    it("picks the problems exactly at a path", () => {
        assert.deepEqual(problemsAt(problems, ["customizations", "user", 0]), [problems[1]]);
        assert.deepEqual(problemsAt(problems, ["name"]), [problems[4]]);
        assert.deepEqual(problemsAt(problems, ["customizations", "user", 2]), []);
    });

    it("picks the problems at a path and below it, and not of a key that merely starts the same", () => {
        assert.deepEqual(problemsUnder(problems, ["customizations", "user"]), problems.slice(0, 3));
        assert.deepEqual(problemsUnder(problems, ["customizations", "user", 1]), [problems[2]]);
        assert.deepEqual(problemsUnder(problems, []), problems);
    });
});
