// Every customization section through the form: add it from the menu, fill its fields, save,
// and read the blueprint back over the Weldr socket (as TOML) to compare with what was meant.
import { parse } from "smol-toml";

import { expect, test } from "./fixtures";
import { removeBlueprint as remove } from "./weldr-blueprints";

type Step =
    | { fill: string; value: string }
    | { click: string }
    | { check: string }
    | { select: string; label: string };

const SECTIONS: { key: string; steps: Step[] }[] = [
    { key: "hostname", steps: [{ fill: "hostname", value: "web01" }] },
    { key: "kernel", steps: [{ fill: "kernel-append", value: "nosmt=force" }] },
    { key: "user", steps: [{ click: "user-add" }, { fill: "user-0-name", value: "admin" }, { fill: "user-0-password", value: "plain-secret" },
        { fill: "user-0-uid", value: "1200" }, { click: "user-0-groups-add" }, { fill: "user-0-groups-0", value: "wheel" }] },
    { key: "group", steps: [{ click: "group-add" }, { fill: "group-0-name", value: "widget" }, { fill: "group-0-gid", value: "1300" }] },
    { key: "timezone", steps: [{ fill: "timezone-timezone", value: "Europe/Berlin" }, { click: "timezone-ntpservers-add" }, { fill: "timezone-ntpservers-0", value: "0.pool.ntp.org" }] },
    { key: "locale", steps: [{ click: "locale-languages-add" }, { fill: "locale-languages-0", value: "en_US.UTF-8" }, { fill: "locale-keyboard", value: "us" }] },
    { key: "firewall", steps: [{ click: "firewall-ports-add" }, { fill: "firewall-ports-0", value: "22:tcp" }, { click: "firewall-services-enabled-add" }, { fill: "firewall-services-enabled-0", value: "http" }] },
    { key: "services", steps: [{ click: "services-enabled-add" }, { fill: "services-enabled-0", value: "sshd" }, { click: "services-masked-add" }, { fill: "services-masked-0", value: "telnet.socket" }] },
    { key: "filesystem", steps: [{ click: "filesystem-add" }, { fill: "filesystem-0-mountpoint", value: "/var" }, { fill: "filesystem-0-minsize", value: "2 GiB" }] },
    { key: "disk", steps: [{ click: "disk-partitions-add" }, { fill: "disk-partitions-0-mountpoint", value: "/data" }, { select: "disk-partitions-0-fs_type", label: "xfs" }, { fill: "disk-partitions-0-minsize", value: "1 GiB" }] },
    { key: "partitioning_mode", steps: [{ select: "partitioning_mode", label: "LVM: always use LVM" }] },
    { key: "installation_device", steps: [{ fill: "installation_device", value: "/dev/vda" }] },
    { key: "fdo", steps: [{ fill: "fdo-manufacturing_server_url", value: "https://fdo.example.com" }, { fill: "fdo-diun_pub_key_insecure", value: "true" }] },
    { key: "openscap", steps: [{ fill: "openscap-datastream", value: "/usr/share/xml/scap/ssg/content/ssg-fedora-ds.xml" }, { fill: "openscap-profile_id", value: "xccdf_org.ssgproject.content_profile_standard" }] },
    { key: "ignition", steps: [{ fill: "ignition-firstboot-url", value: "https://example.com/config.ign" }] },
    { key: "directories", steps: [{ click: "directories-add" }, { fill: "directories-0-path", value: "/etc/myapp" }, { fill: "directories-0-mode", value: "0755" }] },
    { key: "files", steps: [{ click: "files-add" }, { fill: "files-0-path", value: "/etc/myapp/app.conf" }, { fill: "files-0-data", value: "key=value" }] },
    { key: "repositories", steps: [{ click: "repositories-add" }, { fill: "repositories-0-id", value: "extras" }, { fill: "repositories-0-baseurls-0", value: "https://example.com/repo/" }] },
    { key: "fips", steps: [] },
    { key: "installer", steps: [{ check: "installer-unattended" }] },
    { key: "rpm", steps: [{ click: "rpm-import_keys-files-add" }, { fill: "rpm-import_keys-files-0", value: "/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora" }] },
    { key: "rhsm", steps: [{ select: "rhsm-config-dnf_plugins-product_id-enabled", label: "Yes" }] },
    { key: "cacerts", steps: [] },
    { key: "containers-storage", steps: [{ fill: "containers_storage-destination_path", value: "/usr/share/containers/storage" }] },
    { key: "firstboot", steps: [{ click: "firstboot-scripts-add" }, { fill: "firstboot-scripts-0-contents", value: "#!/bin/sh\necho hi" }] },
    { key: "dnf", steps: [{ select: "dnf-config-set_releasever", label: "Yes" }] },
    { key: "iso", steps: [{ fill: "iso-volume_id", value: "FOUNDRY" }] },
    { key: "sshd", steps: [{ fill: "sshd-client_alive_interval", value: "300" }] },
    { key: "bootloader", steps: [{ fill: "bootloader-grub2-serial", value: "--unit=0 --speed=115200" }] },
];

const EXPECTED = {
    hostname: "web01",
    kernel: { append: "nosmt=force" },
    group: [{ name: "widget", gid: 1300 }],
    timezone: { timezone: "Europe/Berlin", ntpservers: ["0.pool.ntp.org"] },
    locale: { languages: ["en_US.UTF-8"], keyboard: "us" },
    firewall: { ports: ["22:tcp"], services: { enabled: ["http"] } },
    services: { enabled: ["sshd"], masked: ["telnet.socket"] },
    filesystem: [{ mountpoint: "/var", minsize: "2 GiB" }],
    partitioning_mode: "lvm",
    installation_device: "/dev/vda",
    fdo: { manufacturing_server_url: "https://fdo.example.com", diun_pub_key_insecure: "true" },
    openscap: { datastream: "/usr/share/xml/scap/ssg/content/ssg-fedora-ds.xml", profile_id: "xccdf_org.ssgproject.content_profile_standard" },
    ignition: { firstboot: { url: "https://example.com/config.ign" } },
    directories: [{ path: "/etc/myapp", mode: "0755" }],
    files: [{ path: "/etc/myapp/app.conf", data: "key=value" }],
    fips: true,
    installer: { unattended: true },
    rpm: { import_keys: { files: ["/etc/pki/rpm-gpg/RPM-GPG-KEY-fedora"] } },
    rhsm: { config: { dnf_plugins: { product_id: { enabled: true } } } },
    "containers-storage": { "destination-path": "/usr/share/containers/storage" },
    dnf: { config: { set_releasever: true } },
    iso: { volume_id: "FOUNDRY" },
    sshd: { client_alive_interval: 300 },
    bootloader: { grub2: { serial: "--unit=0 --speed=115200" } },
};

test("every customization section filled in the form is saved as composer expects it", async ({ sim, gotoApp }) => {
    test.setTimeout(120_000);
    const name = "e2e-every-section";
    await remove(sim, name);
    await sim.weldr("POST", "/api/v1/blueprints/new", { body: { name, description: "all sections", version: "1.0.0" } });
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        const field = (id: string) => app.locator(`#bp-customizations-${id}`);
        for (const section of SECTIONS) {
            await app.locator("#add-customization").click();
            await app.locator(`#add-customization-${section.key}`).click();
            await expect(app.locator(`#section-${section.key}`)).toBeVisible();
            for (const step of section.steps) {
                if ("fill" in step)
                    await field(step.fill).fill(step.value);
                else if ("click" in step)
                    await field(step.click).click();
                else if ("check" in step)
                    await field(step.check).check();
                else
                    await field(step.select).selectOption({ label: step.label });
            }
        }
        await expect(app.getByText(/problems? must be fixed/)).toHaveCount(0);
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();

        const toml = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}?format=toml`)).body;
        const saved = parse(toml) as { customizations: Record<string, unknown> };
        const { user, disk, repositories, firstboot, cacerts, ...rest } = saved.customizations;
        expect(rest).toEqual(EXPECTED);
        expect(user).toEqual([{ name: "admin", uid: 1200, groups: ["wheel"], password: expect.stringMatching(/^\$6\$/) }]);
        expect(disk).toMatchObject({ type: "gpt", partitions: [{ mountpoint: "/data", fs_type: "xfs", minsize: "1 GiB" }] });
        expect(repositories).toMatchObject([{ id: "extras", baseurls: ["https://example.com/repo/"] }]);
        expect(firstboot).toMatchObject({ scripts: [{ contents: "#!/bin/sh\necho hi" }] });
        expect(cacerts).toEqual({});
    } finally {
        await remove(sim, name);
    }
});
