import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import { blueprintTomlDiff, deepEqual, diffBlueprints } from "./blueprintDiff.ts";
import { getIn } from "./objectPath.ts";

const BASE: Blueprint = {
    name: "web", version: "0.0.1",
    packages: [{ name: "httpd" }, { name: "vim", version: "9.*" }, { name: "tmux" }],
    customizations: {
        hostname: "web01",
        user: [{ name: "admin", uid: 1200, groups: ["wheel", "users"] }, { name: "bob" }],
        filesystem: [{ mountpoint: "/var", minsize: "2 GiB" }, { mountpoint: "/home", minsize: "1 GiB" }],
        firewall: { ports: ["22:tcp", "80:tcp"] },
        locale: { languages: ["en_US.UTF-8", "de_DE.UTF-8"] },
    },
};

function clone<T>(value: T): T {
    return JSON.parse(JSON.stringify(value)) as T;
}

function summary(before: Blueprint, after: Blueprint): string[] {
    return diffBlueprints(before, after).map(c => `${c.kind} ${c.where}`);
}

describe("blueprint diff", () => {
    it("finds nothing between equal blueprints", () => {
        assert.deepEqual(diffBlueprints(BASE, clone(BASE)), []);
    });

    it("does not count reordered packages, users, mountpoints or set-like lists as changes", () => {
        const after = clone(BASE);
        after.packages?.reverse();
        const c = after.customizations as Record<string, Record<string, unknown>[] & Record<string, unknown>>;
        c.user.reverse();
        c.filesystem.reverse();
        (c.firewall.ports as string[]).reverse();
        (c.user[1].groups as string[]).reverse();
        assert.deepEqual(diffBlueprints(BASE, after), []);
    });

    it("counts a reordered list of languages, whose first is the primary one", () => {
        const after = clone(BASE);
        ((after.customizations as Record<string, Record<string, string[]>>).locale.languages).reverse();
        assert.deepEqual(summary(BASE, after), ["changed customizations.locale.languages[0]", "changed customizations.locale.languages[1]"]);
    });

    it("names added, removed and changed entries by their key, with paths into each side", () => {
        const after = clone(BASE);
        after.version = "0.0.2";
        after.packages = [{ name: "tmux" }, { name: "vim", version: "9.1.*" }, { name: "nginx" }];
        const c = after.customizations as Record<string, unknown>;
        c.user = [{ name: "bob", shell: "/bin/zsh" }, { name: "admin", uid: 1201, groups: ["wheel"] }];
        delete c.hostname;
        c.timezone = { timezone: "UTC" };
        const changes = diffBlueprints(BASE, after);
        assert.deepEqual(changes.map(c => `${c.kind} ${c.where}`), [
            "changed version",
            "removed packages[httpd]",
            "changed packages[vim].version",
            "added packages[nginx]",
            "removed customizations.hostname",
            "changed customizations.user[admin].uid",
            "removed customizations.user[admin].groups[users]",
            "added customizations.user[bob].shell",
            "added customizations.timezone",
        ]);
        const byWhere = new Map(changes.map(c => [c.where, c]));
        assert.deepEqual(byWhere.get("packages[httpd]"), { path: ["packages", 0], where: "packages[httpd]", kind: "removed", before: { name: "httpd" } });
        assert.deepEqual(byWhere.get("packages[vim].version"), { path: ["packages", 1, "version"], where: "packages[vim].version", kind: "changed", before: "9.*", after: "9.1.*" });
        for (const change of changes) {
            const side = change.kind === "removed" ? BASE : after;
            assert.deepEqual(getIn(side, change.path), change.kind === "removed" ? change.before : change.after, change.where);
        }
    });

    it("compares lists without keys, and keys that repeat, by position", () => {
        const before: Blueprint = { name: "x", customizations: { disk: { partitions: [{ type: "plain", mountpoint: "/" }, { type: "lvm" }] } }, packages: [{ name: "a" }, { name: "a" }] };
        const after: Blueprint = { name: "x", customizations: { disk: { partitions: [{ type: "plain", mountpoint: "/srv" }] } }, packages: [{ name: "a" }, { name: "b" }] };
        assert.deepEqual(summary(before, after), [
            "changed customizations.disk.partitions[0].mountpoint",
            "removed customizations.disk.partitions[1]",
            "changed packages[1].name",
        ]);
    });

    it("reports unknown fields like known ones, and a type change as a change", () => {
        const before: Blueprint = { name: "x", "future": { a: 1 }, customizations: { fips: false } };
        const after: Blueprint = { name: "x", "future": { a: 2, b: [1] }, customizations: { fips: "no" } };
        assert.deepEqual(summary(before, after), ["changed future.a", "added future.b", "changed customizations.fips"]);
    });

    it("compares values deeply", () => {
        assert.ok(deepEqual({ a: [1, { b: "c" }] }, { a: [1, { b: "c" }] }));
        assert.ok(!deepEqual({ a: 1 }, { a: 1, b: undefined }));
        assert.ok(!deepEqual([1], { 0: 1 }));
        assert.ok(deepEqual(NaN, NaN));
    });
});

describe("blueprint TOML line diff", () => {
    it("shows the changed lines of the TOML texts", () => {
        const after = clone(BASE);
        (after.customizations as Record<string, unknown>).hostname = "web02";
        const changed = blueprintTomlDiff(BASE, after).filter(l => l.kind !== "same");
        assert.deepEqual(changed.map(l => [l.kind, l.text]), [["removed", 'hostname = "web01"'], ["added", 'hostname = "web02"']]);
    });
});
