import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


describe("hostname and kernel", () => runCases([
    ["a host name, a kernel and its arguments pass", { hostname: "web01.example.com", kernel: { name: "kernel-debug", append: "nosmt=force console=ttyS0" } }, []],
    ["a host name with an underscore", { hostname: "web_01" }, ["customizations.hostname: hostname"]],
    ["a host name with a space", { hostname: "web 01" }, ["customizations.hostname: hostname"]],
    ["a host name label starting with a dash", { hostname: "-web" }, ["customizations.hostname: hostname"]],
    ["a host name label of 64 characters", { hostname: "a".repeat(64) }, ["customizations.hostname: hostname"]],
    ["a host name with an empty label", { hostname: "web..example" }, ["customizations.hostname: hostname"]],
    ["a kernel name with a space", { kernel: { name: "kernel rt" } }, ["customizations.kernel.name: package-name"]],
    ["kernel arguments with a newline", { kernel: { append: "quiet\nsplash" } }, ["customizations.kernel.append: kernel-append"]],
    ["kernel as text", { kernel: "kernel-rt" }, ["customizations.kernel: wrong-type"]],
]));

describe("timezone, NTP and locale", () => runCases([
    ["a zone, servers and languages pass", {
        timezone: { timezone: "America/Argentina/Buenos_Aires", ntpservers: ["0.pool.ntp.org", "192.168.1.1", "fe80::1"] },
        locale: { languages: ["en_US.UTF-8", "C.UTF-8", "de_DE", "sr_RS@latin", "ast_ES.UTF-8"], keyboard: "de-nodeadkeys" },
    }, []],
    ["UTC is a zone", { timezone: { timezone: "UTC" } }, []],
    ["a zone with a space", { timezone: { timezone: "Europe/New York" } }, ["customizations.timezone.timezone: timezone"]],
    ["a zone with a trailing slash", { timezone: { timezone: "Europe/" } }, ["customizations.timezone.timezone: timezone"]],
    ["an NTP server with a space", { timezone: { ntpservers: ["pool.ntp.org", "bad server"] } }, ["customizations.timezone.ntpservers[1]: hostname"]],
    ["an NTP server that is a URL", { timezone: { ntpservers: ["ntp://x"] } }, ["customizations.timezone.ntpservers[0]: hostname"]],
    ["ntpservers as text", { timezone: { ntpservers: "pool.ntp.org" } }, ["customizations.timezone.ntpservers: wrong-type"]],
    ["a language that is a sentence", { locale: { languages: ["English please"] } }, ["customizations.locale.languages[0]: locale"]],
    ["a language in capitals", { locale: { languages: ["EN_us"] } }, ["customizations.locale.languages[0]: locale"]],
    ["a keyboard with a space", { locale: { keyboard: "us intl" } }, ["customizations.locale.keyboard: keyboard"]],
]));

describe("systemd services", () => runCases([
    ["unit names pass", { services: { enabled: ["sshd", "httpd.service", "getty@tty1.service", "dev-disk-by\\x2dlabel.mount"], disabled: ["cups"], masked: ["telnetd"] } }, []],
    ["a unit with a space", { services: { enabled: ["my service"] } }, ["customizations.services.enabled[0]: unit-name"]],
    ["a unit with a slash", { services: { masked: ["ok", "/etc/x"] } }, ["customizations.services.masked[1]: unit-name"]],
    ["an empty unit", { services: { disabled: [""] } }, ["customizations.services.disabled[0]: unit-name"]],
    ["a unit that is a number", { services: { enabled: [22] } }, ["customizations.services.enabled[0]: wrong-type"]],
]));

describe("sshd, fips and small switches", () => runCases([
    ["every switch passes", {
        fips: true, installation_device: "/dev/vda",
        sshd: { password_authentication: false, client_alive_interval: 300, permit_root_login: "prohibit-password", kbd_interactive_authentication: false },
        dnf: { config: { set_releasever: true } },
        "containers-storage": { "destination-path": "/usr/share/containers/storage" },
        fdo: { manufacturing_server_url: "http://fdo.example:8080", diun_pub_key_insecure: "true" },
        rhsm: { config: { dnf_plugins: { product_id: { enabled: true } }, subscription_manager: { rhsm: { manage_repos: true }, rhsmcertd: { auto_registration: true } } } },
    }, []],
    ["fips as text", { fips: "true" }, ["customizations.fips: wrong-type"]],
    ["a relative installation device", { installation_device: "vda" }, ["customizations.installation_device: absolute-path"]],
    ["sshd password_authentication as text", { sshd: { password_authentication: "no" } }, ["customizations.sshd.password_authentication: wrong-type"]],
    ["sshd client_alive_interval negative", { sshd: { client_alive_interval: -1 } }, ["customizations.sshd.client_alive_interval: range"]],
    ["sshd client_alive_interval fractional", { sshd: { client_alive_interval: 1.5 } }, ["customizations.sshd.client_alive_interval: not-integer"]],
    ["sshd permit_root_login as a boolean", { sshd: { permit_root_login: false } }, ["customizations.sshd.permit_root_login: wrong-type"]],
    ["dnf set_releasever as text", { dnf: { config: { set_releasever: "1" } } }, ["customizations.dnf.config.set_releasever: wrong-type"]],
    ["a relative containers storage path", { "containers-storage": { "destination-path": "var/lib" } }, ["customizations.containers-storage.destination-path: absolute-path"]],
    ["an fdo server that is not a URL", { fdo: { manufacturing_server_url: "fdo.example" } }, ["customizations.fdo.manufacturing_server_url: url"]],
    ["an rhsm switch as text", { rhsm: { config: { subscription_manager: { rhsmcertd: { auto_registration: "yes" } } } } }, ["customizations.rhsm.config.subscription_manager.rhsmcertd.auto_registration: wrong-type"]],
]));
