import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


describe("firewall", () => runCases([
    ["ports, ranges, service ports, services and zones pass", {
        firewall: {
            ports: ["22:tcp", "8000-8080:udp", "imap:tcp", "65535:sctp", "1:dccp"],
            services: { enabled: ["http", "freeipa-ldaps", "RH-Satellite-6"], disabled: ["telnet"] },
            zones: [{ name: "trusted", sources: ["192.168.0.0/24"] }],
        },
    }, []],
    ["a port without a protocol", { firewall: { ports: ["22"] } }, ["customizations.firewall.ports[0]: port"]],
    ["a port with an unknown protocol", { firewall: { ports: ["22:icmp"] } }, ["customizations.firewall.ports[0]: port"]],
    ["port 0", { firewall: { ports: ["0:tcp"] } }, ["customizations.firewall.ports[0]: port"]],
    ["port 65536", { firewall: { ports: ["65536:tcp"] } }, ["customizations.firewall.ports[0]: port"]],
    ["a range backwards", { firewall: { ports: ["80:tcp", "9000-8000:tcp"] } }, ["customizations.firewall.ports[1]: port"]],
    ["a protocol in capitals", { firewall: { ports: ["22:TCP"] } }, ["customizations.firewall.ports[0]: port"]],
    ["a port with a space", { firewall: { ports: ["22 :tcp"] } }, ["customizations.firewall.ports[0]: port"]],
    ["a port as a number", { firewall: { ports: [22] } }, ["customizations.firewall.ports[0]: wrong-type"]],
    ["a service with a space", { firewall: { services: { enabled: ["my service"] } } }, ["customizations.firewall.services.enabled[0]: service-name"]],
    ["a service with a slash", { firewall: { services: { disabled: ["a/b"] } } }, ["customizations.firewall.services.disabled[0]: service-name"]],
    ["a zone that is text", { firewall: { zones: ["trusted"] } }, ["customizations.firewall.zones[0]: wrong-type"]],
]));

describe("repositories", () => runCases([
    ["a repository with every field passes", {
        repositories: [{
            id: "extras", name: "Extras", baseurls: ["https://example.com/repo/", "file:///srv/repo"], gpgkeys: ["https://example.com/key", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nabc\n-----END PGP PUBLIC KEY BLOCK-----"],
            priority: 10, enabled: true, gpgcheck: true, repo_gpgcheck: false, sslverify: true, module_hotfixes: false, filename: "extras.repo", install_from: false,
        }, { id: "m", metalink: "https://mirrors.fedoraproject.org/metalink?repo=fedora-43" }, { id: "l", mirrorlist: "http://mirror.example/list" }],
    }, []],
    ["a repository without an id", { repositories: [{ baseurls: ["https://a/"] }] }, ["customizations.repositories[0].id: required"]],
    ["a repository without any URL", { repositories: [{ id: "x" }] }, ["customizations.repositories[0].baseurls: one-of-required"]],
    ["a baseurl without a scheme", { repositories: [{ id: "x", baseurls: ["example.com/repo"] }] }, ["customizations.repositories[0].baseurls[0]: url"]],
    ["a baseurl with a space", { repositories: [{ id: "x", baseurls: ["https://a/ b"] }] }, ["customizations.repositories[0].baseurls[0]: url"]],
    ["a baseurl with an unknown scheme", { repositories: [{ id: "x", baseurls: ["gopher://a/"] }] }, ["customizations.repositories[0].baseurls[0]: url"]],
    ["a metalink without a host", { repositories: [{ id: "x", metalink: "https://" }] }, ["customizations.repositories[0].metalink: url"]],
    ["a gpg key that is neither URL nor armored", { repositories: [{ id: "x", baseurls: ["https://a/"], gpgkeys: ["mykey"] }] }, ["customizations.repositories[0].gpgkeys[0]: url"]],
    ["a filename without .repo", { repositories: [{ id: "x", baseurls: ["https://a/"], filename: "extras" }] }, ["customizations.repositories[0].filename: repo-filename"]],
    ["a filename with a slash", { repositories: [{ id: "x", baseurls: ["https://a/"], filename: "../x.repo" }] }, ["customizations.repositories[0].filename: repo-filename"]],
    ["a priority as text", { repositories: [{ id: "x", baseurls: ["https://a/"], priority: "10" }] }, ["customizations.repositories[0].priority: not-integer"]],
    ["gpgcheck as text", { repositories: [{ id: "x", baseurls: ["https://a/"], gpgcheck: "1" }] }, ["customizations.repositories[0].gpgcheck: wrong-type"]],
    ["the same id twice", { repositories: [{ id: "x", baseurls: ["https://a/"] }, { id: "x", baseurls: ["https://b/"] }] }, ["customizations.repositories[1].id: duplicate"]],
]));
