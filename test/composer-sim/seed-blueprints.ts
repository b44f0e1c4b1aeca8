// Demo blueprints for `--seed demo`: realistic ones over several distros,
// using most customizations. Each entry lists its pushes oldest first (so the
// seed produces a history), and optionally a workspace draft.

import type { Blueprint } from "./model";

export interface SeedBlueprint {
    /** pushes, oldest first; each is committed like blueprints/new */
    pushes: Blueprint[];
    workspace?: Blueprint;
}

const ADMIN_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJq8kJ8yTz0xV1fB8m7yqN4cP6fQeYhW2u9sLkR3dE5a admin@example.com";
const OPS_KEY = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7v1b3nE9w8q+Zx5s2Kp4Yl0m3TqJdR8fHcG6uV1aWbN2eK4oP9sI0jL5tX7yQ ops@example.com";
const CA_PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2FuIHlvdSByZWFkIHRoaXM/MAoGCCqGSM49BAMCMB8x\nHTAbBgNVBAMMFEV4YW1wbGUgSW50ZXJuYWwgQ0EwHhcNMjUwMTAxMDAwMDAwWhcN\nMzUwMTAxMDAwMDAwWjAfMR0wGwYDVQQDDBRFeGFtcGxlIEludGVybmFsIENBMFkw\n-----END CERTIFICATE-----";

function bp(fields: Record<string, unknown> & { name: string; version: string }): Blueprint {
    return { description: "", packages: [], modules: [], groups: [], ...fields };
}

const webServer = (version: string, extra: string[] = []): Blueprint => bp({
    name: "web-server",
    description: "Apache web server with TLS, for the public web farm",
    version,
    distro: "fedora-43",
    packages: [{ name: "httpd", version: "*" }, { name: "mod_ssl" }, { name: "tmux" }, ...extra.map(name => ({ name }))],
    groups: [{ name: "core" }],
    customizations: {
        hostname: "web01",
        user: [
            { name: "admin", description: "Web administrator", password: "changeme", key: ADMIN_KEY, groups: ["wheel"], uid: 1200, gid: 1200, shell: "/bin/bash", home: "/home/admin" },
            { name: "deploy", key: OPS_KEY, groups: ["webops"] },
        ],
        group: [{ name: "admin", gid: 1200 }, { name: "webops", gid: 1300 }],
        timezone: { timezone: "Europe/Berlin", ntpservers: ["0.fedora.pool.ntp.org", "1.fedora.pool.ntp.org"] },
        locale: { languages: ["en_US.UTF-8", "de_DE.UTF-8"], keyboard: "de" },
        firewall: { ports: ["22:tcp", "80:tcp", "443:tcp"], services: { enabled: ["http", "https"], disabled: ["telnet"] } },
        services: { enabled: ["sshd", "httpd"], masked: ["telnet.socket"] },
        filesystem: [{ mountpoint: "/var/www", minsize: "4 GiB" }, { mountpoint: "/var/log", minsize: 2147483648 }],
        files: [{ path: "/etc/httpd/conf.d/status.conf", mode: "0644", user: "root", group: "root", data: "<Location /server-status>\n  SetHandler server-status\n  Require local\n</Location>\n" }],
        directories: [{ path: "/var/www/static", mode: "0755", user: "apache", group: "apache", ensure_parents: true }],
    },
});

const baseImage = (version: string, pkgs: string[]): Blueprint => bp({
    name: "base-image",
    description: "Minimal Fedora base for every other image",
    version,
    distro: "fedora-44",
    packages: pkgs.map(name => ({ name })),
    customizations: {
        kernel: { append: "console=ttyS0,115200n8 nosmt=force" },
        locale: { languages: ["en_US.UTF-8"], keyboard: "us" },
        timezone: { timezone: "UTC" },
        services: { enabled: ["chronyd"] },
    },
});

const rhelHardened = (version: string, fips: boolean): Blueprint => bp({
    name: "rhel9-hardened",
    description: "CIS level 2 hardened RHEL 9 server",
    version,
    distro: "rhel-9.6",
    packages: [{ name: "openscap-scanner" }, { name: "scap-security-guide" }, { name: "aide" }, { name: "audit" }],
    customizations: {
        fips,
        openscap: {
            datastream: "/usr/share/xml/scap/ssg/content/ssg-rhel9-ds.xml",
            profile_id: "xccdf_org.ssgproject.content_profile_cis",
            tailoring: { selected: ["xccdf_org.ssgproject.content_rule_sshd_disable_root_login"], unselected: ["xccdf_org.ssgproject.content_rule_grub2_password"] },
        },
        filesystem: [
            { mountpoint: "/home", minsize: "2 GiB" }, { mountpoint: "/tmp", minsize: "1 GiB" },
            { mountpoint: "/var", minsize: "4 GiB" }, { mountpoint: "/var/log/audit", minsize: "1 GiB" },
        ],
        firewall: { ports: ["22:tcp"], zones: [{ name: "trusted", sources: ["10.0.0.0/8"] }] },
        services: { enabled: ["auditd", "sshd"], disabled: ["kdump"], masked: ["cups", "avahi-daemon"] },
        sshd: { password_authentication: false, permit_root_login: "no", client_alive_interval: 300 },
        user: [{ name: "secops", password: "$6$rounds=5000$Wq2sHMh6$k0mW3y5aF1Xr7eG0bLhN7JdK8hMZq8Xo4s0yq2n4c0xWfGk6bD9rT1uV2wA3zY4xC5vB6nM7lK8jH9gF0dS1a.", groups: ["wheel"], force_password_reset: true, expiredate: 20454 }],
    },
});

const rhelDb: Blueprint = bp({
    name: "rhel10-db",
    description: "PostgreSQL server on LVM",
    version: "1.0.0",
    distro: "rhel-10.0",
    packages: [{ name: "postgresql-server" }, { name: "postgresql" }, { name: "htop" }],
    customizations: {
        disk: {
            type: "gpt",
            minsize: "40 GiB",
            partitions: [
                { type: "plain", mountpoint: "/boot", fs_type: "xfs", minsize: "1 GiB", label: "boot" },
                {
                    type: "lvm", name: "vg_db", minsize: "30 GiB",
                    logical_volumes: [
                        { name: "lv_root", mountpoint: "/", fs_type: "xfs", minsize: "10 GiB" },
                        { name: "lv_pgdata", mountpoint: "/var/lib/pgsql", fs_type: "xfs", minsize: "16 GiB", label: "pgdata" },
                        { name: "lv_swap", fs_type: "swap", minsize: "2 GiB" },
                    ],
                },
            ],
        },
        user: [{ name: "dba", key: OPS_KEY, groups: ["wheel", "postgres"] }],
        group: [{ name: "postgres", gid: 26 }],
        services: { enabled: ["postgresql"] },
        firewall: { services: { enabled: ["postgresql"] } },
        directories: [{ path: "/var/lib/pgsql/backups", mode: "0700", user: "postgres", group: "postgres" }],
        files: [{ path: "/etc/sysconfig/pgsql/postgresql", data: "PGDATA=/var/lib/pgsql/data\n", mode: "0640" }],
        rhsm: { config: { dnf_plugins: { product_id: { enabled: true }, subscription_manager: { enabled: true } }, subscription_manager: { rhsm: { manage_repos: true }, rhsmcertd: { auto_registration: true } } } },
    },
});

const containerHost: Blueprint = bp({
    name: "centos-container-host",
    description: "Podman host with preloaded images",
    version: "0.3.1",
    distro: "centos-9",
    packages: [{ name: "podman" }, { name: "skopeo" }, { name: "toolbox" }, { name: "cockpit-podman" }],
    enabled_modules: [{ name: "nodejs", stream: "22" }],
    containers: [{ source: "quay.io/fedora/fedora:latest", name: "fedora", "tls-verify": true }, { source: "registry.access.redhat.com/ubi9/ubi-minimal:latest" }],
    customizations: {
        repositories: [{ id: "epel", name: "Extra Packages for Enterprise Linux 9", metalink: "https://mirrors.fedoraproject.org/metalink?repo=epel-9&arch=$basearch", gpgcheck: true, gpgkeys: ["https://dl.fedoraproject.org/pub/epel/RPM-GPG-KEY-EPEL-9"], enabled: true, filename: "epel.repo", install_from: true }],
        rpm: { import_keys: { files: ["/etc/pki/rpm-gpg/RPM-GPG-KEY-EPEL-9"] } },
        firewall: { ports: ["9090:tcp", "8000-8080:tcp"] },
        services: { enabled: ["podman.socket", "cockpit.socket"] },
        "containers-storage": { "destination-path": "/usr/share/containers/storage" },
    },
});

const edgeDevice: Blueprint = bp({
    name: "edge-device",
    description: "RHEL for Edge device with FIDO device onboarding",
    version: "2.1.0",
    distro: "rhel-9.6",
    packages: [{ name: "NetworkManager-tui" }, { name: "chrony" }],
    customizations: {
        installation_device: "/dev/vda",
        fdo: {
            manufacturing_server_url: "http://fdo-manufacturing.example.com:8080",
            diun_pub_key_insecure: "true",
        },
        ignition: { firstboot: { url: "https://ignition.example.com/edge/config.ign" } },
        user: [{ name: "core", key: ADMIN_KEY, groups: ["wheel"] }],
        kernel: { append: "quiet" },
    },
});

const workstation: Blueprint = bp({
    name: "fedora-btrfs-workstation",
    description: "Developer workstation on btrfs with an unattended installer",
    version: "0.9.0",
    distro: "fedora-43",
    packages: [{ name: "git" }, { name: "gcc" }, { name: "vim-enhanced" }, { name: "python3-*" }, { name: "zsh" }],
    groups: [{ name: "development-tools" }],
    customizations: {
        disk: {
            partitions: [
                { type: "plain", mountpoint: "/boot/efi", fs_type: "vfat", minsize: "600 MiB" },
                { type: "btrfs", minsize: "60 GiB", subvolumes: [{ name: "root", mountpoint: "/" }, { name: "home", mountpoint: "/home" }, { name: "var", mountpoint: "/var" }] },
            ],
        },
        installer: { unattended: true, "sudo-nopasswd": ["%wheel"], modules: { enable: ["org.fedoraproject.Anaconda.Modules.Localization"], disable: ["org.fedoraproject.Anaconda.Modules.Users"] } },
        firstboot: { scripts: [{ type: "custom", name: "welcome", contents: "#!/bin/sh\necho 'Welcome to your workstation' > /etc/motd\n", ignore_failure: true }] },
        cacerts: { pem_certs: [CA_PEM] },
        locale: { languages: ["en_GB.UTF-8"], keyboard: "gb" },
        user: [{ name: "dev", password: "developer", groups: ["wheel"], shell: "/usr/bin/zsh" }],
    },
});

const kiosk: Blueprint = bp({
    name: "kiosk",
    description: "Single-app kiosk configured by ignition",
    version: "0.1.0",
    distro: "fedora-44",
    customizations: {
        ignition: { embedded: { config: Buffer.from(JSON.stringify({ ignition: { version: "3.4.0" }, passwd: { users: [{ name: "kiosk" }] } })).toString("base64") } },
        kernel: { name: "kernel", append: "quiet splash" },
        services: { disabled: ["sshd"] },
        hostname: "kiosk-01",
    },
});

const minimal: Blueprint = bp({ name: "minimal", description: "Nothing but the defaults", version: "0.0.1", distro: "fedora-43" });

const goldenAmi: Blueprint = bp({
    name: "aws-golden-ami",
    description: "Golden image for EC2 (Graviton)",
    version: "3.2.0",
    distro: "rhel-9.6",
    architecture: "aarch64",
    packages: [{ name: "cloud-init" }, { name: "cloud-utils-growpart" }, { name: "chrony" }],
    customizations: {
        user: [{ name: "ec2-user", key: ADMIN_KEY, groups: ["wheel"] }],
        timezone: { timezone: "UTC", ntpservers: ["169.254.169.123"] },
        services: { enabled: ["cloud-init", "chronyd"] },
        partitioning_mode: "lvm",
    },
});

const installerIso: Blueprint = bp({
    name: "installer-iso",
    description: "Kickstart-driven installer for lab machines",
    version: "1.4.2",
    distro: "fedora-44",
    packages: [{ name: "tmux" }, { name: "htop" }],
    customizations: {
        installer: { kickstart: { contents: "text --non-interactive\nzerombr\nclearpart --all --initlabel\nautopart --type=lvm\nreboot\n" } },
        iso: { volume_id: "LAB_INSTALL", application_id: "lab-installer", publisher: "Example Lab" },
        bootloader: { grub2: { terminal_output: ["console", "serial"], serial: "serial --unit=0 --speed=115200" } },
        dnf: { config: { set_releasever: true } },
    },
});

const legacy = (version: string): Blueprint => bp({
    name: "legacy-v0",
    description: "Old RHEL 8 image kept for a legacy application",
    version,
    distro: "rhel-8.10",
    packages: [{ name: "bash", version: "5.*" }, { name: "rsync", version: "3.4.1" }],
    modules: [{ name: "sudo" }],
    groups: [{ name: "core" }],
    customizations: {
        sshkey: [{ user: "root", key: OPS_KEY }],
        hostname: "legacy",
    },
});

/** The demo blueprints; their order is the order in which the seed pushes them. */
export const DEMO_BLUEPRINTS: SeedBlueprint[] = [
    { pushes: [webServer("0.0.1"), webServer("0.0.1", ["mod_http2"]), webServer("", ["mod_http2", "mod_lua"])] },
    {
        pushes: [baseImage("0.1.0", ["tmux"]), baseImage("0.2.0", ["tmux", "vim-enhanced"])],
        workspace: baseImage("0.2.0", ["tmux", "vim-enhanced", "htop", "jq"]),
    },
    { pushes: [rhelHardened("1.0.0", false), rhelHardened("1.1.0", true)] },
    { pushes: [rhelDb] },
    { pushes: [containerHost] },
    { pushes: [edgeDevice] },
    { pushes: [workstation] },
    { pushes: [kiosk] },
    { pushes: [minimal] },
    { pushes: [goldenAmi] },
    { pushes: [installerIso] },
    { pushes: [legacy("0.5.0"), legacy("0.5.0"), legacy("0.6.0")] },
];
