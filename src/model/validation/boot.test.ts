import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


const S = "customizations.firstboot.scripts";

describe("installer", () => runCases([
    ["every installer field passes", {
        installer: {
            unattended: true, "sudo-nopasswd": ["admin", "%wheel"], kickstart: { contents: "text --non-interactive" },
            modules: { enable: ["org.fedoraproject.Anaconda.Modules.Users"], disable: ["org.fedoraproject.Anaconda.Modules.Network"] },
            bootloader: { grub2: { "menu-timeout": 5 } },
            payload: { flatpaks: { force: [{ registry: { remote_name: "flathub", url: "https://dl.flathub.org/repo/" }, references: ["app/org.gnome.Calculator/x86_64/stable"] }] } },
        },
    }, []],
    ["unattended as text", { installer: { unattended: "yes" } }, ["customizations.installer.unattended: wrong-type"]],
    ["a sudo user with a space", { installer: { "sudo-nopasswd": ["a b"] } }, ["customizations.installer.sudo-nopasswd[0]: user-name"]],
    ["a sudo group with a space", { installer: { "sudo-nopasswd": ["%a b"] } }, ["customizations.installer.sudo-nopasswd[0]: group-name"]],
    ["a negative menu timeout", { installer: { bootloader: { grub2: { "menu-timeout": -1 } } } }, ["customizations.installer.bootloader.grub2.menu-timeout: range"]],
    ["kickstart contents as a list", { installer: { kickstart: { contents: ["x"] } } }, ["customizations.installer.kickstart.contents: wrong-type"]],
    ["a flatpak registry without url", { installer: { payload: { flatpaks: { force: [{ registry: { remote_name: "flathub" } }] } } } }, ["customizations.installer.payload.flatpaks.force[0].registry.url: required"]],
]));

describe("firstboot scripts", () => runCases([
    ["a script of each type passes", {
        firstboot: { scripts: [
            { type: "custom", name: "hello", contents: "#!/bin/sh\necho hi\n", ignore_failure: true, after: ["network-online.target"], before: ["sshd.service"] },
            { type: "satellite", command: "curl … | bash", cacerts: "-----BEGIN CERTIFICATE-----" },
            { type: "aap", job_template_url: "https://aap.example/api/v2/job_templates/9/callback/", host_config_key: "secret" },
        ] },
    }, []],
    ["a script without a type", { firstboot: { scripts: [{ contents: "x" }] } }, [`${S}[0].type: required`]],
    ["an unknown type", { firstboot: { scripts: [{ type: "ansible" }] } }, [`${S}[0].type: enum`]],
    ["a custom script without contents", { firstboot: { scripts: [{ type: "custom" }] } }, [`${S}[0].contents: required`]],
    ["a satellite script without command", { firstboot: { scripts: [{ type: "satellite" }] } }, [`${S}[0].command: required`]],
    ["an aap script without its fields", { firstboot: { scripts: [{ type: "aap" }] } }, [`${S}[0].job_template_url: required`, `${S}[0].host_config_key: required`]],
    ["an aap url that is not a URL", { firstboot: { scripts: [{ type: "aap", job_template_url: "aap.example", host_config_key: "k" }] } }, [`${S}[0].job_template_url: url`]],
    ["a command on a custom script", { firstboot: { scripts: [{ type: "custom", contents: "x", command: "y" }] } }, [`${S}[0].command: field-not-allowed`]],
    ["cacerts on a custom script", { firstboot: { scripts: [{ type: "custom", contents: "x", cacerts: "y" }] } }, [`${S}[0].cacerts: field-not-allowed`]],
    ["an after unit with a space", { firstboot: { scripts: [{ type: "custom", contents: "x", after: ["a b"] }] } }, [`${S}[0].after[0]: unit-name`]],
    ["ignore_failure as text", { firstboot: { scripts: [{ type: "custom", contents: "x", ignore_failure: "no" }] } }, [`${S}[0].ignore_failure: wrong-type`]],
]));

describe("iso and bootloader", () => runCases([
    ["iso labels and grub2 terminals pass", { iso: { application_id: "app", publisher: "me", volume_id: "Fedora-43_x86-64" }, bootloader: { grub2: { terminal_input: ["console", "serial"], terminal_output: ["console"], serial: "serial --speed=115200" } } }, []],
    ["a volume id with a space", { iso: { volume_id: "My Disk" } }, ["customizations.iso.volume_id: volume-id"]],
    ["a volume id with a dot", { iso: { volume_id: "a.b" } }, ["customizations.iso.volume_id: volume-id"]],
    ["an empty volume id", { iso: { volume_id: "" } }, ["customizations.iso.volume_id: volume-id"]],
    ["a terminal list as text", { bootloader: { grub2: { terminal_input: "console" } } }, ["customizations.bootloader.grub2.terminal_input: wrong-type"]],
]));
