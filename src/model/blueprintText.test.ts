import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import {
    blueprintFileName, blueprintToJson, blueprintToToml, detectBlueprintFormat, importBlueprint, parseBlueprintJson, parseBlueprintToml,
} from "./blueprintText.ts";

const REFERENCE_TOML = readFileSync(new URL("./testdata/reference-blueprint.toml", import.meta.url), "utf8");

function parsed(result: ReturnType<typeof parseBlueprintToml>): Blueprint {
    if ("error" in result)
        assert.fail(`${result.error.message} at ${result.error.line}:${result.error.column}`);
    return result.blueprint;
}

const UNKNOWN: Blueprint = {
    name: "odd",
    "future-top": "kept",
    "future-table": { deep: { deeper: [1, 2, { x: "y" }] }, list: [{ a: 1 }, { b: [{ c: true }] }] },
    packages: [{ name: "httpd", version: "2.4.*", arch: "x86_64" } as { name: string }],
    customizations: {
        "future-section": { "with space": { "and.dot": 1 } },
        user: [{ name: "admin", "future-user-field": { nested: ["x"] } }],
        disk: { type: "gpt", partitions: [{ type: "lvm", logical_volumes: [{ name: "root", minsize: "1 GiB", mountpoint: "/", fs_type: "xfs", "future-lv": 3 }], "future-part": "p" }], "future-disk": [] },
        kernel: { append: "quiet", "future-kernel": { a: { b: { c: "deep" } } } },
    },
};

describe("blueprint TOML", () => {
    it("reads the reference example with every field in place", () => {
        const bp = parsed(parseBlueprintToml(REFERENCE_TOML));
        assert.equal(bp.name, "web-server");
        assert.equal(bp.distro, "fedora-43");
        assert.equal(bp.architecture, undefined);
        assert.deepEqual(bp.packages, [{ name: "httpd", version: "*" }]);
        assert.deepEqual(bp.containers, [{ source: "quay.io/fedora/fedora:latest", "tls-verify": true }]);
        const c = bp.customizations as Record<string, Record<string, unknown>>;
        assert.equal(c.hostname, "web01");
        assert.equal(c.fips, false);
        assert.deepEqual(c.firewall, { ports: ["22:tcp", "80:tcp"], services: { enabled: ["http"], disabled: ["telnet"] } });
        assert.deepEqual(c.user, [{
            name: "admin", password: "$6$CHO2$3rN8eviE2t50lmVyBYihTgVRHcaecmeCk31LeOUleVK/R/aeWVHVZDi26zAH.o0ywBKH9Tc0/wm7sW/q39uyd1",
            key: "ssh-ed25519 AAAA… admin@example", groups: ["wheel"], uid: 1200,
        }]);
        assert.deepEqual(c.files, [{ path: "/etc/myapp/app.conf", mode: "0644", data: "key=value\n" }]);
        assert.deepEqual(c.firstboot, { scripts: [{ type: "custom", name: "hello", contents: "#!/bin/sh\necho hi\n" }] });
        assert.deepEqual(c.rpm, { import_keys: { files: ["/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-43-primary"] } });
        assert.equal(Object.getPrototypeOf(c.firewall), Object.prototype, "plain objects, like JSON's");
    });

    it("writes the reference example back to TOML and reads the same blueprint", () => {
        const bp = parsed(parseBlueprintToml(REFERENCE_TOML));
        const again = parsed(parseBlueprintToml(blueprintToToml(bp)));
        assert.deepEqual(again, bp);
    });

    it("keeps unknown keys and nested unknown tables through TOML and JSON", () => {
        assert.deepEqual(parsed(parseBlueprintToml(blueprintToToml(UNKNOWN))), UNKNOWN);
        assert.deepEqual(parsed(parseBlueprintJson(blueprintToJson(UNKNOWN))), UNKNOWN);
        assert.deepEqual(parsed(parseBlueprintJson(blueprintToJson(parsed(parseBlueprintToml(blueprintToToml(UNKNOWN)))))), UNKNOWN);
    });

    it("writes keys in a readable order: name first, customizations after what is installed, unknown keys kept", () => {
        const toml = blueprintToToml({ customizations: { user: [{ uid: 1, name: "a" }], hostname: "h" }, groups: [], packages: [{ version: "1", name: "p" }], version: "1.0.0", name: "n", zzz: 1 });
        assert.equal(toml, [
            'name = "n"', 'version = "1.0.0"', "groups = []", "zzz = 1", "",
            "[[packages]]", 'name = "p"', 'version = "1"', "",
            "[customizations]", 'hostname = "h"', "",
            "[[customizations.user]]", 'name = "a"', "uid = 1", "",
        ].join("\n"));
    });

    it("leaves out nulls, which TOML cannot hold, and keeps them in JSON", () => {
        const bp = { name: "n", description: null, packages: [{ name: "a" }, null], customizations: { hostname: null } } as unknown as Blueprint;
        assert.deepEqual(parsed(parseBlueprintToml(blueprintToToml(bp))), { name: "n", packages: [{ name: "a" }], customizations: {} });
        assert.deepEqual(JSON.parse(blueprintToJson(bp)), bp);
    });

    it("keeps a key named __proto__ as an ordinary key", () => {
        const bp = parsed(parseBlueprintToml('name = "n"\n[customizations."__proto__"]\nx = 1\n'));
        assert.deepEqual(Object.keys(bp.customizations ?? {}), ["__proto__"]);
        assert.equal(Object.getPrototypeOf(bp.customizations), Object.prototype);
        assert.match(blueprintToToml(bp), /\[customizations\.__proto__\]\nx = 1/);
    });

    it("says where TOML does not parse, and leaves the text alone", () => {
        const cases: [string, number, number][] = [
            ['name = "x"\nversion = \n', 2, 11],
            ['name = "x"\n[customizations\nhostname = "h"', 2, 16],
            ['name = "x"\nname = "y"\n', 2, 1],
            ['name = "x"\nuid = 99999999999999999999\n', 2, 7],
        ];
        for (const [text, line, column] of cases) {
            const result = parseBlueprintToml(text);
            assert.ok("error" in result, text);
            assert.equal(result.error.kind, "syntax");
            assert.deepEqual([result.error.line, result.error.column], [line, column], `${text}: ${result.error.message}`);
            assert.ok(result.error.message.length > 0 && !result.error.message.includes("\n"), result.error.message);
        }
    });

    it("refuses TOML that is not shaped like a blueprint, with the path and the line", () => {
        const cases: [string, (string | number)[], string, number][] = [
            ['description = "no name"', ["name"], "string", 1],
            ["name = 5", ["name"], "string", 1],
            ['name = "x"\npackages = "httpd"', ["packages"], "list of tables", 2],
            ['name = "x"\npackages = ["httpd"]', ["packages", 0], "table", 2],
            ['name = "x"\n[customizations]\nuser = "admin"', ["customizations", "user"], "list of tables", 3],
            ['name = "x"\n\n[customizations]\nkernel = "rt"', ["customizations", "kernel"], "table", 4],
            ['name = "x"\ncustomizations = 1', ["customizations"], "table", 2],
        ];
        for (const [text, path, expected, line] of cases) {
            const result = parseBlueprintToml(text);
            assert.ok("error" in result, text);
            assert.equal(result.error.kind, "shape");
            assert.deepEqual(result.error.path, path, text);
            assert.equal(result.error.expected, expected, text);
            assert.equal(result.error.line, line, text);
        }
    });
});

describe("blueprint JSON", () => {
    it("reads Weldr's JSON, nulls included", () => {
        const bp = parsed(parseBlueprintJson('{"name":"x","version":"0.0.1","packages":[{"name":"a","version":"*"}],"modules":[],"groups":[],"customizations":null}'));
        assert.deepEqual(bp, { name: "x", version: "0.0.1", packages: [{ name: "a", version: "*" }], modules: [], groups: [], customizations: null });
    });

    it("says where JSON does not parse", () => {
        const cases: [string, number, number][] = [['{\n  "name": "x",\n}', 3, 1], ['{\n  "name": "x"\n  "version": "1"\n}', 3, 3], ['{"name": }', 1, 10], ["", 1, 1], ['{"name": "x"', 1, 13]];
        for (const [text, line, column] of cases) {
            const result = parseBlueprintJson(text);
            assert.ok("error" in result, text);
            assert.equal(result.error.kind, "syntax");
            assert.deepEqual([result.error.line, result.error.column], [line, column], text);
            assert.ok(!result.error.message.includes("is not valid JSON"), result.error.message);
        }
    });

    it("refuses JSON that is not a blueprint, pointing at the key", () => {
        const result = parseBlueprintJson('{\n  "name": "x",\n  "customizations": {\n    "group": {"name": "g"}\n  }\n}');
        assert.ok("error" in result);
        assert.deepEqual([result.error.path, result.error.line, result.error.column], [["customizations", "group"], 4, 5]);
        const list = parseBlueprintJson("[1]");
        assert.ok("error" in list);
        assert.deepEqual([list.error.path, list.error.expected], [[], "table"]);
    });

    it("writes two-space indented JSON in the schema's order", () => {
        assert.equal(blueprintToJson({ version: "1.0.0", name: "n" }), '{\n  "name": "n",\n  "version": "1.0.0"\n}\n');
    });
});

describe("import and export", () => {
    it("tells TOML from JSON by extension, else by the first character", () => {
        assert.equal(detectBlueprintFormat("{}", "a.TOML"), "toml");
        assert.equal(detectBlueprintFormat('name = "x"', "a.json"), "json");
        assert.equal(detectBlueprintFormat('  \n{"name":"x"}'), "json");
        assert.equal(detectBlueprintFormat('name = "x"'), "toml");
        assert.equal(detectBlueprintFormat("# comment\nname = 'x'", "blueprint.txt"), "toml");
    });

    it("imports either and says which it read", () => {
        const toml = importBlueprint(REFERENCE_TOML, "web-server.toml");
        assert.equal(toml.format, "toml");
        assert.ok("blueprint" in toml);
        const json = importBlueprint(blueprintToJson(toml.blueprint));
        assert.equal(json.format, "json");
        assert.ok("blueprint" in json);
        assert.deepEqual(json.blueprint, toml.blueprint);
        const bad = importBlueprint("{ nope", "x.json");
        assert.ok("error" in bad && bad.format === "json");
    });

    it("names the download after the blueprint", () => {
        assert.equal(blueprintFileName({ name: "web-server" }, "toml"), "web-server.toml");
        assert.equal(blueprintFileName({ name: "a b/c" }, "json"), "a_b_c.json");
        assert.equal(blueprintFileName({ name: "" }, "toml"), "blueprint.toml");
    });
});

describe("hostile nesting", () => {
    it("refuses a JSON blueprint nested deeper than TOML can hold, with where, instead of crashing later", () => {
        const text = `{\n"name": "x",\n"a": ${"[".repeat(5000)}${"]".repeat(5000)}\n}`;
        const result = parseBlueprintJson(text);
        assert.ok("error" in result);
        assert.equal(result.error.kind, "syntax");
        assert.match(result.error.message, /nested more than 100 levels/);
        assert.deepEqual([result.error.line, result.error.column], [3, 5 + 100]);
    });

    it("still reads and writes blueprints nested as deep as allowed", () => {
        const text = `{"name": "x", "a": ${"[".repeat(99)}"]["${"]".repeat(99)}}`;
        const result = parseBlueprintJson(text);
        assert.ok("blueprint" in result);
        assert.ok(blueprintToToml(result.blueprint).includes('"]["'));
    });
});
