import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


describe("directories and files", () => runCases([
    ["directories and files with owners and modes pass", {
        directories: [{ path: "/etc/myapp", mode: "0755", user: "root", group: 0, ensure_parents: true }, { path: "/srv/x", mode: "1777" }],
        files: [{ path: "/etc/myapp/app.conf", mode: "0644", user: 1000, group: "wheel", data: "key=value\n" }, { path: "/etc/other", uri: "https://example.com/other" }, { path: "/etc/empty", data: "" }],
    }, []],
    ["a relative directory", { directories: [{ path: "etc/myapp" }] }, ["customizations.directories[0].path: absolute-path"]],
    ["a directory path with //", { directories: [{ path: "/etc//myapp" }] }, ["customizations.directories[0].path: absolute-path"]],
    ["a directory without a path", { directories: [{ mode: "0755" }] }, ["customizations.directories[0].path: required"]],
    ["a decimal mode", { directories: [{ path: "/a", mode: "755a" }] }, ["customizations.directories[0].mode: file-mode"]],
    ["a mode with an 8", { files: [{ path: "/a", mode: "0648", data: "" }] }, ["customizations.files[0].mode: file-mode"]],
    ["a mode as a number", { files: [{ path: "/a", mode: 644, data: "" }] }, ["customizations.files[0].mode: wrong-type"]],
    ["an owner with a space", { files: [{ path: "/a", user: "a b", data: "" }] }, ["customizations.files[0].user: user-name"]],
    ["a group owner that is negative", { files: [{ path: "/a", group: -1, data: "" }] }, ["customizations.files[0].group: id-number"]],
    ["ensure_parents as text", { directories: [{ path: "/a", ensure_parents: "yes" }] }, ["customizations.directories[0].ensure_parents: wrong-type"]],
    ["a file with data and uri", { files: [{ path: "/a", data: "x", uri: "https://a/b" }] }, ["customizations.files[0]: data-xor-uri"]],
    ["a file with neither data nor uri", { files: [{ path: "/a" }] }, ["customizations.files[0]: data-xor-uri"]],
    ["a file uri without a scheme", { files: [{ path: "/a", uri: "example.com/b" }] }, ["customizations.files[0].uri: url"]],
    ["a file and a directory at one path", { directories: [{ path: "/a" }], files: [{ path: "/a", data: "" }] }, ["customizations.files[0].path: duplicate"]],
]));

describe("ignition and rpm keys", () => runCases([
    ["an embedded config and a firstboot url pass", { ignition: { embedded: { config: "eyJpZ25pdGlvbiI6e319" }, firstboot: { url: "https://example.com/config.ign" } } }, []],
    ["firstboot empty passes", { ignition: { firstboot: { empty: true } } }, []],
    ["url and empty together", { ignition: { firstboot: { url: "https://a/b", empty: true } } }, ["customizations.ignition.firstboot: url-xor-empty"]],
    ["a firstboot url that is not http", { ignition: { firstboot: { url: "ftp://a/b" } } }, ["customizations.ignition.firstboot.url: url"]],
    ["an embedded table without config", { ignition: { embedded: {} } }, ["customizations.ignition.embedded.config: required"]],
    ["rpm keys as absolute paths pass", { rpm: { import_keys: { files: ["/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora-43-primary"] } } }, []],
    ["an rpm key that is relative", { rpm: { import_keys: { files: ["RPM-GPG-KEY"] } } }, ["customizations.rpm.import_keys.files[0]: absolute-path"]],
]));
