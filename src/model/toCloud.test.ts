import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import { FULL_BLUEPRINT, KEY, SPEC_ABSENT, schemaValidator } from "./openapiSchema.test-helper.ts";
import { toCloudBlueprint } from "./toCloud.ts";

describe("Weldr blueprint to the Cloud API", () => {
    it("carries what the Cloud API has, in its spelling", () => {
        const { blueprint } = toCloudBlueprint(FULL_BLUEPRINT);
        const customizations = blueprint.customizations as Record<string, unknown>;
        assert.equal(blueprint.architecture, undefined);
        assert.deepEqual(blueprint.containers, [{ source: "quay.io/fedora/fedora:latest", tls_verify: true }]);
        assert.deepEqual(blueprint.enabled_modules, [{ name: "nodejs", stream: "22" }]);
        assert.deepEqual(customizations.filesystem, [{ mountpoint: "/var", minsize: "2 GiB" }, { mountpoint: "/home", minsize: "1 GiB" }]);
        assert.deepEqual(customizations.user, [{ name: "admin", password: "$6$x", key: KEY, groups: ["wheel"], uid: 1200 }]);
        assert.deepEqual(customizations.installer, { "unattended": true, "sudo-nopasswd": ["%wheel"] });
        assert.deepEqual(customizations.services, { enabled: ["sshd"], masked: ["telnetd"] });
        assert.deepEqual(customizations.files, [{ path: "/etc/myapp/app.conf", mode: "0644", data: "key=value\n" }, { path: "/etc/motd" }]);
        assert.deepEqual(customizations.repositories, [{ id: "extras", baseurls: ["https://example.com/repo/"], gpgcheck: false }]);
        assert.deepEqual(customizations.directories, [{ path: "/etc/myapp", mode: "0755", user: "root", group: 0, ensure_parents: true }]);
        assert.equal(customizations.fips, false);
        for (const weldrOnly of ["firstboot", "sshd", "iso", "bootloader", "containers-storage"])
            assert.equal(customizations[weldrOnly], undefined, weldrOnly);
    });

    it("lists every field left out, and why", () => {
        const { dropped } = toCloudBlueprint(FULL_BLUEPRINT);
        assert.deepEqual(dropped.map(drop => [drop.path.join("."), drop.reason, drop.params?.field ?? ""]), [
            ["enabled_modules.1", "missing-required", "stream"],
            ["containers.0.local-storage", "unsupported", ""],
            ["customizations.user.0.expiredate", "unsupported", ""],
            ["customizations.files.1.uri", "unsupported", ""],
            ["customizations.repositories.0.install_from", "unsupported", ""],
            ["customizations.installer.kickstart", "unsupported", ""],
            ["customizations.firstboot", "unsupported", ""],
            ["customizations.sshd", "unsupported", ""],
            ["customizations.iso", "unsupported", ""],
            ["customizations.bootloader", "unsupported", ""],
            ["customizations.containers-storage", "unsupported", ""],
            ["future_key", "unsupported", ""],
        ]);
    });

    it("leaves out values the Cloud schema refuses", () => {
        const cases: [Record<string, unknown>, string, string][] = [
            [{ openscap: { datastream: "/x" } }, "customizations.openscap", "missing-required"],
            [{ openscap: { profile_id: "p", policy_id: "not-a-uuid" } }, "customizations.openscap.policy_id", "invalid"],
            [{ partitioning_mode: "btrfs" }, "customizations.partitioning_mode", "invalid"],
            [{ filesystem: [{ mountpoint: "/var", minsize: "2 gib" }] }, "customizations.filesystem.0.minsize", "invalid"],
            [{ filesystem: [{ mountpoint: "/var", minsize: "2 gib" }] }, "customizations.filesystem.0", "missing-required"],
            [{ user: [{ name: "a", uid: "1000" }] }, "customizations.user.0.uid", "invalid"],
            [{ repositories: [{ id: "r", metalink: "not a uri" }] }, "customizations.repositories.0.metalink", "invalid"],
            [{ ignition: { firstboot: { empty: true } } }, "customizations.ignition.firstboot.empty", "unsupported"],
            [{ ignition: { firstboot: { empty: true } } }, "customizations.ignition.firstboot", "missing-required"],
            [{ cacerts: {} }, "customizations.cacerts", "missing-required"],
            [{ disk: { start_offset: "1 MiB", partitions: [{ type: "plain", fs_type: "ext4", mountpoint: "/", part_label: "root" }] } }, "customizations.disk.start_offset", "unsupported"],
            [{ disk: { partitions: [{ type: "plain", fs_type: "ext4", mountpoint: "/", part_label: "root" }] } }, "customizations.disk.partitions.0.part_label", "unsupported"],
            [{ kernel: "linux" }, "customizations.kernel", "invalid"],
        ];
        for (const [customizations, path, reason] of cases) {
            const { dropped } = toCloudBlueprint({ name: "bp", customizations });
            assert.ok(dropped.some(drop => drop.path.join(".") === path && drop.reason === reason),
                `${JSON.stringify(customizations)}: expected ${path} ${reason}, got ${JSON.stringify(dropped)}`);
        }
    });

    it("drops empty values silently", () => {
        const result = toCloudBlueprint({
            name: "bp", architecture: "aarch64", packages: [],
            customizations: { partitioning_mode: "", services: { enabled: [] }, user: [{ name: "u", force_password_reset: false }], sshd: {} },
        });
        assert.deepEqual(result.dropped, []);
        assert.deepEqual(result.blueprint, { name: "bp", packages: [], customizations: { services: {}, user: [{ name: "u" }] } });
    });

    it("converts every kind of disk partition", () => {
        const { blueprint, dropped } = toCloudBlueprint({
            name: "bp", customizations: {
                disk: {
                    type: "gpt", minsize: 21474836480, partitions: [
                        { type: "plain", mountpoint: "/data", fs_type: "xfs", minsize: "1 GiB", label: "data" },
                        { type: "lvm", name: "vg0", minsize: "10 GiB", logical_volumes: [{ name: "root", mountpoint: "/", fs_type: "ext4", minsize: 5368709120 }] },
                        { type: "btrfs", minsize: "3 GiB", subvolumes: [{ name: "home", mountpoint: "/home" }] },
                    ],
                },
            },
        });
        assert.deepEqual(dropped, []);
        assert.deepEqual(blueprint.customizations, {
            disk: {
                type: "gpt", minsize: "20 GiB", partitions: [
                    { type: "plain", mountpoint: "/data", fs_type: "xfs", minsize: "1 GiB", label: "data" },
                    { type: "lvm", name: "vg0", minsize: "10 GiB", logical_volumes: [{ name: "root", mountpoint: "/", fs_type: "ext4", minsize: "5 GiB" }] },
                    { type: "btrfs", minsize: "3 GiB", subvolumes: [{ name: "home", mountpoint: "/home" }] },
                ],
            },
        });
    });

    it("makes blueprints the Cloud API's Blueprint schema accepts", t => {
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        const validate = schemaValidator("Blueprint");
        // the Weldr blueprint as it is would be refused (error 30)
        assert.notDeepEqual(validate(FULL_BLUEPRINT), []);
        const blueprints: Blueprint[] = [
            FULL_BLUEPRINT, { name: "empty" },
            { name: "odd", customizations: { user: [{ name: 5 }], openscap: { profile_id: 1 }, services: { enabled: [""] }, kernel: { name: [] } } },
            { name: "disk", customizations: { disk: { partitions: [{ type: "lvm", logical_volumes: [{ fs_type: "zfs" }] }, { fs_type: "swap" }] } } },
        ];
        for (const blueprint of blueprints)
            assert.deepEqual(validate(toCloudBlueprint(blueprint).blueprint), [], blueprint.name);
    });

    it("stays within the schema whatever type any field of a blueprint has", t => {
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        const validate = schemaValidator("Blueprint");
        const leaves: (string | number)[][] = [];
        const walk = (value: unknown, path: (string | number)[]) => {
            if (typeof value === "object" && value !== null && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0)) {
                for (const [key, item] of Object.entries(value))
                    walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
            }
            if (path.length > 0)
                leaves.push(path);
        };
        walk(FULL_BLUEPRINT, []);
        assert.ok(leaves.length > 100, String(leaves.length));
        for (const path of leaves) {
            for (const wrong of [42, -1.5, "x", "", true, null, [], [7], {}, { x: 1 }]) {
                const copy = structuredClone(FULL_BLUEPRINT) as Record<string, unknown>;
                let parent: Record<string | number, unknown> = copy;
                for (const key of path.slice(0, -1))
                    parent = parent[key] as Record<string | number, unknown>;
                parent[path[path.length - 1]] = wrong;
                const converted = toCloudBlueprint(copy as Blueprint).blueprint;
                assert.deepEqual(validate(converted), [], `${path.join(".")} = ${JSON.stringify(wrong)}`);
            }
        }
    });
});
