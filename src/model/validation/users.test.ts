import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl admin@example";
const RSA = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 user@host";

describe("users", () => runCases([
    ["every field of a user passes", {
        user: [{
            name: "admin", description: "The admin", password: "$6$salt$hash", key: `${KEY}\n${RSA}\n`, home: "/home/admin",
            shell: "/bin/bash", groups: ["wheel", "users"], uid: 1200, gid: 0, expiredate: 20000, force_password_reset: true,
        }, { name: "svc_account.1$" }],
    }, []],
    ["a user without a name", { user: [{ uid: 1 }] }, ["customizations.user[0].name: required"]],
    ["a user name with a space", { user: [{ name: "a b" }] }, ["customizations.user[0].name: user-name"]],
    ["a user name that is all digits", { user: [{ name: "1234" }] }, ["customizations.user[0].name: user-name"]],
    ["a user name starting with a dash", { user: [{ name: "-x" }] }, ["customizations.user[0].name: user-name"]],
    ["a user name of 33 characters", { user: [{ name: "a".repeat(33) }] }, ["customizations.user[0].name: user-name"]],
    ["the same user twice", { user: [{ name: "a" }, { name: "b" }, { name: "a" }] }, ["customizations.user[2].name: duplicate"]],
    ["a negative uid", { user: [{ name: "a", uid: -1 }] }, ["customizations.user[0].uid: id-number"]],
    ["a uid of 2^32-1", { user: [{ name: "a", uid: 4294967295 }] }, ["customizations.user[0].uid: id-number"]],
    ["a fractional gid", { user: [{ name: "a", gid: 1.5 }] }, ["customizations.user[0].gid: id-number"]],
    ["a uid as text", { user: [{ name: "a", uid: "1000" }] }, ["customizations.user[0].uid: id-number"]],
    ["an expiredate as a date", { user: [{ name: "a", expiredate: "2030-01-01" }] }, ["customizations.user[0].expiredate: not-integer"]],
    ["a private key instead of a public one", { user: [{ name: "a", key: "-----BEGIN OPENSSH PRIVATE KEY-----" }] }, ["customizations.user[0].key: ssh-key"]],
    ["a key without its data", { user: [{ name: "a", key: "ssh-ed25519" }] }, ["customizations.user[0].key: ssh-key"]],
    ["a key with a bad second line", { user: [{ name: "a", key: `${KEY}\nnonsense` }] }, ["customizations.user[0].key: ssh-key"]],
    ["a key with broken base64", { user: [{ name: "a", key: "ssh-rsa AAAA…" }] }, ["customizations.user[0].key: ssh-key"]],
    ["a supplementary group with a space", { user: [{ name: "a", groups: ["wheel", "my group"] }] }, ["customizations.user[0].groups[1]: group-name"]],
    ["groups as a string", { user: [{ name: "a", groups: "wheel" }] }, ["customizations.user[0].groups: wrong-type"]],
    ["force_password_reset as text", { user: [{ name: "a", force_password_reset: "yes" }] }, ["customizations.user[0].force_password_reset: wrong-type"]],
    ["a home that is a number", { user: [{ name: "a", home: 1 }] }, ["customizations.user[0].home: wrong-type"]],
    ["user as one table, not a list", { user: { name: "a" } }, ["customizations.user: wrong-type"]],
]));

describe("legacy sshkey", () => runCases([
    ["a user and a key pass", { sshkey: [{ user: "root", key: KEY }] }, []],
    ["an sshkey without a user", { sshkey: [{ key: KEY }] }, ["customizations.sshkey[0].user: required"]],
    ["an sshkey without a key", { sshkey: [{ user: "root" }] }, ["customizations.sshkey[0].key: required"]],
    ["an sshkey with a bad key", { sshkey: [{ user: "root", key: "hello" }] }, ["customizations.sshkey[0].key: ssh-key"]],
    ["an sshkey with a bad user", { sshkey: [{ user: "a b", key: KEY }] }, ["customizations.sshkey[0].user: user-name"]],
]));

describe("groups", () => runCases([
    ["groups with and without gid pass", { group: [{ name: "widget", gid: 1300 }, { name: "other" }] }, []],
    ["a group without a name", { group: [{ gid: 5 }] }, ["customizations.group[0].name: required"]],
    ["a group name with a colon", { group: [{ name: "a:b" }] }, ["customizations.group[0].name: group-name"]],
    ["a gid out of range", { group: [{ name: "a", gid: 2 ** 32 }] }, ["customizations.group[0].gid: id-number"]],
    ["the same group name twice", { group: [{ name: "a" }, { name: "a" }] }, ["customizations.group[1].name: duplicate"]],
    ["the same gid twice", { group: [{ name: "a", gid: 7 }, { name: "b", gid: 7 }] }, ["customizations.group[1].gid: duplicate"]],
]));
