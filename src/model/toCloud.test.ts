import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { Blueprint } from "./blueprint.ts";
import { SPEC_ABSENT, schemaValidator } from "./openapiSchema.test-helper.ts";
import { toCloudBlueprint } from "./toCloud.ts";

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINrGKErMYi+MMUwuHaRAJmRLoIzRf2qD2dD5z0BTx/6x admin@example";

/** Everything a Weldr blueprint may hold, Weldr-only parts included */
export const FULL_BLUEPRINT: Blueprint = {
    name: "web-server", description: "Example", version: "0.0.1", distro: "fedora-43", architecture: "x86_64",
    packages: [{ name: "httpd", version: "*" }], modules: [{ name: "tmux" }], groups: [{ name: "core" }],
    enabled_modules: [{ name: "nodejs", stream: "22" }, { name: "postgresql" }],
    containers: [{ "source": "quay.io/fedora/fedora:latest", "tls-verify": true, "local-storage": true }],
    customizations: {
        "hostname": "web01", "installation_device": "/dev/vda", "partitioning_mode": "auto-lvm", "fips": false,
        "kernel": { append: "nosmt=force" },
        "sshkey": [{ user: "root", key: KEY }],
        "user": [{ name: "admin", password: "$6$x", key: KEY, groups: ["wheel"], uid: 1200, expiredate: 20000, force_password_reset: false }],
        "group": [{ name: "widget", gid: 1300 }],
        "timezone": { timezone: "Europe/Berlin", ntpservers: ["0.pool.ntp.org"] },
        "locale": { languages: ["en_US.UTF-8"], keyboard: "us" },
        "firewall": { ports: ["22:tcp"], services: { enabled: ["http"], disabled: ["telnet"] }, zones: [{ name: "trusted", sources: ["10.0.0.0/8"] }] },
        "services": { enabled: ["sshd"], disabled: [], masked: ["telnetd"] },
        "filesystem": [{ mountpoint: "/var", minsize: "2 GiB" }, { mountpoint: "/home", minsize: 1073741824 }],
        "directories": [{ path: "/etc/myapp", mode: "0755", user: "root", group: 0, ensure_parents: true }],
        "files": [{ path: "/etc/myapp/app.conf", mode: "0644", data: "key=value\n" }, { path: "/etc/motd", uri: "https://example.com/motd" }],
        "repositories": [{ id: "extras", baseurls: ["https://example.com/repo/"], gpgcheck: false, install_from: true }],
        "openscap": { datastream: "/usr/share/xml/scap/ssg/content/ssg-fedora-ds.xml", profile_id: "xccdf_org.ssgproject.content_profile_standard" },
        "rpm": { import_keys: { files: ["/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-43-primary"] } },
        "cacerts": { pem_certs: ["-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----"] },
        "installer": { "unattended": true, "sudo-nopasswd": ["%wheel"], "kickstart": { contents: "text" } },
        "ignition": { firstboot: { url: "https://example.com/ign" } },
        "fdo": { manufacturing_server_url: "https://fdo.example.com" },
        "dnf": { config: { set_releasever: true } },
        "rhsm": { config: { dnf_plugins: { product_id: { enabled: true } } } },
        "firstboot": { scripts: [{ type: "custom", contents: "#!/bin/sh\n" }] },
        "sshd": { password_authentication: false },
        "iso": { volume_id: "x" },
        "bootloader": { grub2: { serial: "ttyS0" } },
        "containers-storage": { "destination-path": "/var/lib/containers" },
    },
    future_key: { anything: 1 },
};

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
});
