// Fake package data for the Cloud API stand-in: a small catalog, a "depsolve"
// that adds a few dependencies and a base set, and package search. Versions
// and releases are plausible, not real; checksums are derived from the NEVRA.

import crypto from "node:crypto";
import type { DepsolvedPackage } from "./model";

interface CatalogEntry {
    version: string;
    release: string; // without the dist tag
    epoch?: number;
    summary: string;
    license: string;
    url: string;
    requires?: string[];
    noarch?: boolean;
}

const C = (version: string, release: string, summary: string, license: string, url: string, requires?: string[], epoch?: number, noarch?: boolean): CatalogEntry =>
    ({ version, release, summary, license, url, requires, epoch, noarch });

const CATALOG: Record<string, CatalogEntry> = {
    bash: C("5.2.37", "1", "The GNU Bourne Again shell", "GPL-3.0-or-later", "https://www.gnu.org/software/bash", ["glibc", "ncurses-libs"]),
    glibc: C("2.41", "5", "The GNU libc libraries", "LGPL-2.1-or-later", "https://www.gnu.org/software/glibc/"),
    "ncurses-libs": C("6.5", "2.20240629", "Ncurses libraries", "MIT", "https://invisible-island.net/ncurses/ncurses.html", ["glibc"]),
    coreutils: C("9.6", "2", "A set of basic GNU tools commonly used in shell scripts", "GPL-3.0-or-later", "https://www.gnu.org/software/coreutils/", ["glibc"]),
    systemd: C("257.7", "1", "System and Service Manager", "LGPL-2.1-or-later", "https://systemd.io", ["glibc", "util-linux"]),
    "util-linux": C("2.40.4", "7", "Collection of basic system utilities", "GPL-2.0-only", "https://en.wikipedia.org/wiki/Util-linux", ["glibc"]),
    kernel: C("6.15.9", "201", "The Linux kernel", "GPL-2.0-only", "https://www.kernel.org/", ["kernel-core", "kernel-modules"]),
    "kernel-core": C("6.15.9", "201", "The Linux kernel core", "GPL-2.0-only", "https://www.kernel.org/"),
    "kernel-modules": C("6.15.9", "201", "Kernel modules", "GPL-2.0-only", "https://www.kernel.org/", ["kernel-core"]),
    dnf: C("4.23.0", "1", "Package manager", "GPL-2.0-or-later", "https://github.com/rpm-software-management/dnf", ["python3"], 0, true),
    python3: C("3.13.5", "1", "Python 3 interpreter", "Python-2.0.1", "https://www.python.org/", ["python3-libs"]),
    "python3-libs": C("3.13.5", "1", "Python runtime libraries", "Python-2.0.1", "https://www.python.org/", ["glibc"]),
    "openssh-server": C("9.9p1", "11", "An open source SSH server daemon", "BSD-3-Clause", "http://www.openssh.com/portable.html", ["openssh"]),
    openssh: C("9.9p1", "11", "An open source implementation of SSH protocol version 2", "BSD-3-Clause", "http://www.openssh.com/portable.html"),
    NetworkManager: C("1.52.0", "1", "Network connection manager and user applications", "GPL-2.0-or-later", "https://networkmanager.dev/", ["systemd"], 1),
    "cloud-init": C("24.4", "4", "Cloud instance init scripts", "Apache-2.0 OR GPL-3.0-only", "https://github.com/canonical/cloud-init", ["python3"], 0, true),
    grub2: C("2.12", "26", "Bootloader with support for Linux, Multiboot and more", "GPL-3.0-or-later", "http://www.gnu.org/software/grub/", [], 1),
    "selinux-policy-targeted": C("41.41", "1", "SELinux targeted policy", "GPL-2.0-or-later", "https://github.com/fedora-selinux/selinux-policy", [], 0, true),
    tmux: C("3.5a", "3", "A terminal multiplexer", "ISC", "https://tmux.github.io/", ["libevent", "ncurses-libs"]),
    libevent: C("2.1.12", "15", "Abstract asynchronous event notification library", "BSD-3-Clause", "http://libevent.org/"),
    httpd: C("2.4.63", "1", "Apache HTTP Server", "Apache-2.0", "https://httpd.apache.org/", ["httpd-core", "httpd-filesystem", "apr", "apr-util"]),
    "httpd-core": C("2.4.63", "1", "httpd minimal core", "Apache-2.0", "https://httpd.apache.org/"),
    "httpd-filesystem": C("2.4.63", "1", "The basic directory layout for the Apache HTTP Server", "Apache-2.0", "https://httpd.apache.org/", [], 0, true),
    apr: C("1.7.5", "2", "Apache Portable Runtime library", "Apache-2.0", "https://apr.apache.org/"),
    "apr-util": C("1.6.3", "21", "Apache Portable Runtime Utility library", "Apache-2.0", "https://apr.apache.org/", ["apr"]),
    nginx: C("1.26.3", "1", "A high performance web server and reverse proxy server", "BSD-2-Clause", "https://nginx.org", ["nginx-core", "nginx-filesystem"], 2),
    "nginx-core": C("1.26.3", "1", "nginx minimal core", "BSD-2-Clause", "https://nginx.org", [], 2),
    "nginx-filesystem": C("1.26.3", "1", "The basic directory layout for the Nginx server", "BSD-2-Clause", "https://nginx.org", [], 2, true),
    "vim-enhanced": C("9.1.1484", "1", "A version of the VIM editor which includes recent enhancements", "Vim", "https://www.vim.org/", ["vim-common", "gpm-libs"], 2),
    "vim-common": C("9.1.1484", "1", "The common files needed by any version of the VIM editor", "Vim", "https://www.vim.org/", [], 2),
    "gpm-libs": C("1.20.7", "50", "Dynamic library for the gpm", "GPL-2.0-or-later", "https://www.nico.schottelius.org/software/gpm/"),
    git: C("2.50.1", "1", "Fast Version Control System", "GPL-2.0-only", "https://git-scm.com/", ["git-core", "less"]),
    "git-core": C("2.50.1", "1", "Core package of git with minimal functionality", "GPL-2.0-only", "https://git-scm.com/"),
    less: C("668", "2", "A text file browser similar to more, but better", "GPL-3.0-only OR BSD-2-Clause", "https://www.greenwoodsoftware.com/less/"),
    podman: C("5.5.2", "1", "Manage Pods, Containers and Container Images", "Apache-2.0", "https://podman.io/", ["conmon", "crun", "containers-common", "netavark"], 5),
    conmon: C("2.1.13", "1", "OCI container runtime monitor", "Apache-2.0", "https://github.com/containers/conmon", [], 2),
    crun: C("1.22", "1", "OCI runtime written in C", "GPL-2.0-only", "https://github.com/containers/crun"),
    "containers-common": C("0.63.1", "1", "Common configuration and documentation for containers", "Apache-2.0", "https://github.com/containers", [], 5, true),
    netavark: C("1.15.2", "1", "OCI network stack", "Apache-2.0", "https://github.com/containers/netavark", [], 2),
    cockpit: C("342", "1", "Web Console for Linux servers", "LGPL-2.1-or-later", "https://cockpit-project.org/", ["cockpit-bridge", "cockpit-ws", "cockpit-system"]),
    "cockpit-bridge": C("342", "1", "Cockpit bridge server-side component", "LGPL-2.1-or-later", "https://cockpit-project.org/"),
    "cockpit-ws": C("342", "1", "Cockpit Web Service", "LGPL-2.1-or-later", "https://cockpit-project.org/"),
    "cockpit-system": C("342", "1", "Cockpit admin interface package for configuring and troubleshooting a system", "LGPL-2.1-or-later", "https://cockpit-project.org/", [], 0, true),
    chrony: C("4.7", "1", "An NTP client/server", "GPL-2.0-only", "https://chrony-project.org"),
    firewalld: C("2.3.1", "1", "A firewall daemon with D-Bus interface providing a dynamic firewall", "GPL-2.0-or-later", "https://firewalld.org", ["python3"], 0, true),
    "postgresql-server": C("16.9", "1", "The programs needed to create and run a PostgreSQL server", "PostgreSQL", "http://www.postgresql.org/", ["postgresql"]),
    postgresql: C("16.9", "1", "PostgreSQL client programs", "PostgreSQL", "http://www.postgresql.org/"),
    curl: C("8.11.1", "5", "A utility for getting files from remote servers (FTP, HTTP, and others)", "curl", "https://curl.se/", ["libcurl"]),
    libcurl: C("8.11.1", "5", "A library for getting files from web servers", "curl", "https://curl.se/"),
    "open-vm-tools": C("12.5.0", "1", "Open Virtual Machine Tools for virtual machines hosted on VMware", "GPL-2.0-only", "https://github.com/vmware/open-vm-tools"),
    "qemu-guest-agent": C("9.2.4", "1", "QEMU guest agent", "GPL-2.0-only", "http://www.qemu.org/", [], 2),
};

/** Packages every image gets. */
const BASE = ["bash", "coreutils", "systemd", "kernel", "dnf", "NetworkManager", "openssh-server", "grub2", "selinux-policy-targeted", "chrony"];

/** The dist tag of a distro: fedora-43 → fc43, rhel-9.6 → el9_6, centos-9 → el9. */
export function distTag(distro: string): string {
    const [name, ver = ""] = distro.split("-");
    if (name === "fedora")
        return `fc${ver}`;
    const [major, minor] = ver.split(".");
    return name === "rhel" && minor !== undefined ? `el${major}_${minor}` : `el${major}`;
}

function sha256(text: string): string {
    return crypto.createHash("sha256").update(text).digest("hex");
}

function fromCatalog(name: string, distro: string, arch: string): DepsolvedPackage {
    const e = CATALOG[name] ?? C("1.0.0", "1", `${name} (stand-in package)`, "MIT", `https://example.org/${name}`);
    const release = `${e.release}.${distTag(distro)}`;
    const pkgArch = e.noarch ? "noarch" : arch;
    const nevra = `${name}-${e.epoch ? `${e.epoch}:` : ""}${e.version}-${release}.${pkgArch}`;
    return {
        name,
        epoch: e.epoch ?? 0,
        version: e.version,
        release,
        arch: pkgArch,
        remote_location: `https://repo.example.org/${distro}/${arch}/Packages/${name[0]}/${name}-${e.version}-${release}.${pkgArch}.rpm`,
        checksum: `sha256:${sha256(nevra)}`,
        check_gpg: true,
        repo_id: distro.startsWith("fedora") ? "fedora" : "baseos",
    };
}

/** Glob (`*`) match as dnf does for package names. */
function globMatch(pattern: string, name: string): boolean {
    const re = new RegExp(`^${pattern.split("*").map(s => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
    return re.test(name);
}

/** Expands names and globs against the catalog; plain unknown names are kept (they get a made-up version). */
function expand(names: string[]): string[] {
    const out: string[] = [];
    for (const n of names) {
        if (n.includes("*"))
            out.push(...Object.keys(CATALOG).filter(k => globMatch(n, k)));
        else
            out.push(n);
    }
    return out;
}

/** "Depsolves" `names` (+ the base set when `withBase`), sorted by name. */
export function depsolve(names: string[], distro: string, arch: string, withBase = false): DepsolvedPackage[] {
    const seen = new Set<string>();
    const todo = expand([...(withBase ? BASE : []), ...names]);
    while (todo.length > 0) {
        const n = todo.pop();
        if (n === undefined || seen.has(n))
            continue;
        seen.add(n);
        todo.push(...(CATALOG[n]?.requires ?? []));
    }
    return [...seen].sort().map(n => fromCatalog(n, distro, arch));
}

export interface PackageDetails {
    name: string;
    summary?: string;
    description?: string;
    url?: string;
    version: string;
    release: string;
    epoch?: string;
    arch: string;
    buildtime?: string;
    license?: string;
}

/** `POST /search/packages`: catalog entries matching the names/globs. */
export function searchPackages(patterns: string[], distro: string, arch: string): PackageDetails[] {
    const names = Object.keys(CATALOG).filter(k => patterns.some(p => globMatch(p, k))).sort();
    return names.map(n => {
        const e = CATALOG[n];
        const p = fromCatalog(n, distro, arch);
        const d: PackageDetails = {
            name: n,
            summary: e.summary,
            description: `${e.summary}.`,
            url: e.url,
            version: p.version,
            release: p.release,
            arch: p.arch,
            buildtime: new Date(Date.UTC(2025, 5, 1 + (n.length % 28), 9, 24)).toISOString().replace(".000Z", "Z"),
            license: e.license,
        };
        if (p.epoch > 0)
            d.epoch = String(p.epoch);
        return d;
    });
}

/** A package's signed-header MD5 (ComposeMetadata `sigmd5`), made up from its checksum. */
export function sigmd5(p: DepsolvedPackage): string {
    return crypto.createHash("md5").update(p.checksum ?? p.name).digest("hex");
}

/** Package names a Cloud compose request asks for (blueprint packages/modules or customizations.packages). */
export function requestedPackages(blueprint: Record<string, unknown> | null, customizations: Record<string, unknown> | undefined): string[] {
    const names: string[] = [];
    const collect = (list: unknown): void => {
        if (!Array.isArray(list))
            return;
        for (const item of list) {
            if (typeof item === "string")
                names.push(item);
            else if (typeof item === "object" && item !== null && "name" in item && typeof item.name === "string")
                names.push(item.name);
        }
    };
    if (blueprint) {
        collect(blueprint.packages);
        collect(blueprint.modules);
    }
    if (customizations)
        collect(customizations.packages);
    return names;
}
