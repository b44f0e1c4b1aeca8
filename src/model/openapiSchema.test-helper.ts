// Validates values against a schema of the Cloud API's OpenAPI spec
// (../shared/reference/cloudapi-openapi.v2.yml) with ajv, and a blueprint fixture with every
// Weldr field. Used by the *.test.ts files only.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import yaml from "js-yaml";

import type { Blueprint } from "./blueprint";

// CLOUDAPI_SPEC points elsewhere (tests of the skip path: CLOUDAPI_SPEC=/nonexistent)
export const SPEC_PATH = process.env.CLOUDAPI_SPEC ??
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/reference/cloudapi-openapi.v2.yml");

/** Why spec tests skip, or null when the spec is there */
export const SPEC_ABSENT: string | null = fs.existsSync(SPEC_PATH)
    ? null
    : "../shared/reference/cloudapi-openapi.v2.yml absent: the requests cannot be checked against the Cloud API spec";

export type Validate = (value: unknown) => string[];

let ajv: Ajv | null = null;

// ajv-formats is CommonJS; under tsx its default export may come wrapped once more
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function specAjv(): Ajv {
    if (!ajv) {
        const spec = yaml.load(fs.readFileSync(SPEC_PATH, "utf8")) as { components: unknown };
        ajv = new Ajv({ strict: false, allErrors: true, logger: false });
        addFormats(ajv);
        ajv.addFormat("password", true);
        ajv.addSchema({ $id: "spec", components: spec.components });
    }
    return ajv;
}

/** A validator for components/schemas/<name>: returns ajv's messages, [] when valid */
export function schemaValidator(name: string): Validate {
    const validate = specAjv().compile({ $ref: `spec#/components/schemas/${name}` });
    return value => (validate(value) ? [] : (validate.errors ?? []).map(error => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`));
}

export const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAINrGKErMYi+MMUwuHaRAJmRLoIzRf2qD2dD5z0BTx/6x admin@example";

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
