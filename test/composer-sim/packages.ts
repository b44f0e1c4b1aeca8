// A fake package universe (a few hundred hand-picked real Fedora/RHEL package names plus
// the generated catalogue of catalogue.ts: a few thousand in all) and a fake depsolver over
// it (transitive requirements, comps groups as @name): enough for package search, projects
// info, blueprint depsolve/freeze and compose package lists.

import { createHash } from "node:crypto";

import { CATALOGUE } from "./catalogue";
import type { DepsolvedPackage } from "./model";
import { GROUPS } from "./package-data";

const NAMES = `
NetworkManager NetworkManager-libnm NetworkManager-team NetworkManager-tui acl aide alternatives anaconda ansible-core apr apr-util
at attr audit audit-libs authselect authselect-libs basesystem bash bash-completion bc bind-utils binutils bison bzip2 bzip2-libs
c-ares ca-certificates chrony cloud-init cloud-utils-growpart cockpit cockpit-bridge cockpit-composer cockpit-podman cockpit-system
cockpit-ws container-selinux containernetworking-plugins containers-common coreutils coreutils-common cpio cracklib cronie
cronie-anacron crontabs crypto-policies cryptsetup cryptsetup-libs curl cyrus-sasl-lib dbus dbus-broker dbus-common dbus-libs
device-mapper device-mapper-libs dhcp-client diffutils dnf dnf-data dnf-plugins-core docker-compose dosfstools dracut dracut-config-generic
e2fsprogs e2fsprogs-libs efibootmgr elfutils-libelf elfutils-libs emacs-nox ethtool expat file file-libs filesystem findutils
firewalld firewalld-filesystem flatpak fontconfig freetype fuse fuse-overlayfs fuse3 gawk gcc gcc-c++ gdbm gdisk gettext git
git-core glib2 glibc glibc-common glibc-langpack-en glibc-minimal-langpack gmp gnupg2 gnutls gpgme grep groff-base grub2-common
grub2-efi-x64 grub2-pc grub2-tools grubby gzip hostname htop httpd httpd-core httpd-filesystem httpd-tools hwdata ignition
info initscripts iproute iproute-tc iptables-libs iptables-nft iputils irqbalance jansson jq json-c kbd kbd-misc kernel kernel-core
kernel-modules kernel-modules-core kernel-tools kexec-tools keyutils keyutils-libs kmod kmod-libs kpartx krb5-libs langpacks-en
less libacl libarchive libassuan libattr libblkid libbpf libcap libcap-ng libcom_err libcurl libdb libdnf libevent libfdisk
libffi libgcc libgcrypt libgomp libgpg-error libidn2 libkcapi libmnl libmodulemd libmount libnetfilter_conntrack libnfnetlink
libnftnl libnghttp2 libnl3 libpsl libpwquality librepo libreport-filesystem libseccomp libselinux libselinux-utils libsemanage
libsepol libsigsegv libsmartcols libsodium libsolv libss libssh libssh-config libstdc++ libtasn1 libunistring libuser libutempter
libuuid libverto libxcrypt libxml2 libyaml libzstd linux-firmware lmdb-libs logrotate lsof lua-libs lvm2 lvm2-libs lz4-libs
mailcap man-db mariadb mariadb-server mc mdadm mod_http2 mod_lua mod_ssl nano ncurses ncurses-base ncurses-libs net-tools nettle
nfs-utils nftables nginx nginx-core nginx-filesystem nmap-ncat nodejs npm npth nspr nss nss-softokn nss-util ntfs-3g numactl-libs
oddjob openldap openscap openscap-scanner openssh openssh-clients openssh-server openssl openssl-libs os-prober p11-kit
p11-kit-trust pam parted passwd pciutils pcre2 perl-interpreter pigz pinentry podman policycoreutils polkit polkit-libs popt
postfix postgresql postgresql-server procps-ng psmisc publicsuffix-list-dafsa python3 python3-dnf python3-libs python3-pip
python3-requests python3-rpm python3-setuptools qemu-guest-agent quota readline redis rng-tools rootfiles rpm rpm-build-libs
rpm-libs rpm-plugin-selinux rsync rsyslog scap-security-guide sed selinux-policy selinux-policy-targeted setup sg3_utils shadow-utils
shim-x64 skopeo slirp4netns smartmontools sos sqlite-libs squashfs-tools sscg strace subscription-manager sudo systemd systemd-libs
systemd-networkd systemd-oomd systemd-pam systemd-resolved systemd-udev tar tcpdump teamd telnet tmux toolbox traceroute tree
tuned tzdata unbound-libs unzip usermode util-linux util-linux-core vim-common vim-data vim-enhanced vim-filesystem vim-minimal
wget which words xfsprogs xz xz-libs yum zip zlib zram-generator zsh zstd @core @standard @server-product @container-management
@headless-management @development-tools @web-server
`.trim().split(/\s+/).filter(n => !n.startsWith("@"));

const KNOWN: Record<string, { v: string; e?: number; summary: string; license?: string; url?: string }> = {
    bash: { v: "5.2.37", summary: "The GNU Bourne Again shell", license: "GPL-3.0-or-later", url: "https://www.gnu.org/software/bash" },
    httpd: { v: "2.4.63", summary: "Apache HTTP Server", license: "Apache-2.0", url: "https://httpd.apache.org/" },
    nginx: { v: "1.28.0", e: 2, summary: "A high performance web server and reverse proxy server", license: "BSD-2-Clause", url: "https://nginx.org" },
    tmux: { v: "3.5a", summary: "A terminal multiplexer", license: "ISC AND BSD-2-Clause", url: "https://tmux.github.io/" },
    "vim-enhanced": { v: "9.1.1623", e: 2, summary: "A version of the VIM editor which includes recent enhancements", license: "Vim", url: "https://www.vim.org/" },
    "openssh-server": { v: "9.9p1", summary: "An open source SSH server daemon", license: "BSD-3-Clause AND BSD-2-Clause AND ISC", url: "https://www.openssh.com/portable.html" },
    openssl: { v: "3.5.1", e: 1, summary: "Utilities from the general purpose cryptography library with TLS implementation", license: "Apache-2.0" },
    kernel: { v: "6.17.4", summary: "The Linux kernel", license: "GPL-2.0-only", url: "https://www.kernel.org/" },
    podman: { v: "5.6.2", e: 5, summary: "Manage Pods, Containers and Container Images", license: "Apache-2.0", url: "https://podman.io/" },
    cockpit: { v: "348", summary: "Web Console for Linux servers", license: "LGPL-2.1-or-later", url: "https://cockpit-project.org/" },
    git: { v: "2.51.0", summary: "Fast Version Control System", license: "GPL-2.0-only", url: "https://git-scm.com/" },
    python3: { v: "3.14.0", summary: "Python 3.14 interpreter", license: "Python-2.0.1", url: "https://www.python.org/" },
    nodejs: { v: "22.20.0", e: 1, summary: "JavaScript runtime", license: "MIT", url: "http://nodejs.org/" },
    postgresql: { v: "17.6", summary: "PostgreSQL client programs", license: "PostgreSQL" },
    "mariadb-server": { v: "11.8.3", e: 3, summary: "The MariaDB server and related files", license: "GPL-2.0-only" },
    redis: { v: "8.0.3", summary: "A persistent key-value database", license: "AGPL-3.0-only" },
    chrony: { v: "4.7", summary: "An NTP client/server", license: "GPL-2.0-only" },
    firewalld: { v: "2.3.1", summary: "A firewall daemon with D-Bus interface providing a dynamic firewall", license: "GPL-2.0-or-later" },
    tar: { v: "1.35", e: 2, summary: "GNU file archiving program", license: "GPL-3.0-or-later" },
    sudo: { v: "1.9.17", summary: "Allows restricted root access for specified users", license: "ISC" },
    "cloud-init": { v: "25.2", summary: "Cloud instance init scripts", license: "Apache-2.0 OR GPL-3.0-only" },
    "openscap-scanner": { v: "1.4.2", e: 1, summary: "OpenSCAP Scanner Tool (oscap)", license: "LGPL-2.1-or-later" },
    "scap-security-guide": { v: "0.1.78", summary: "Security guidance and baselines in SCAP formats", license: "BSD-3-Clause" },
    htop: { v: "3.4.1", summary: "Interactive process viewer", license: "GPL-2.0-or-later" },
    jq: { v: "1.8.1", summary: "Command-line JSON processor", license: "MIT AND ICU AND CC-BY-3.0" },
    zsh: { v: "5.9", summary: "Powerful interactive shell", license: "MIT-Modern-Variant AND ISC AND GPL-2.0-only" },
    "emacs-nox": { v: "30.2", e: 1, summary: "GNU Emacs text editor with no window system support", license: "GPL-3.0-or-later" },
    nano: { v: "8.6", summary: "A small text editor", license: "GPL-3.0-or-later" },
    glibc: { v: "2.42", summary: "The GNU libc libraries", license: "LGPL-2.1-or-later" },
    systemd: { v: "258", summary: "System and Service Manager", license: "LGPL-2.1-or-later" },
    rsync: { v: "3.4.1", summary: "A program for synchronizing files over a network", license: "GPL-3.0-or-later" },
    curl: { v: "8.15.0", summary: "A utility for getting files from remote servers (FTP, HTTP, and others)", license: "curl" },
};

const NOARCH = new Set(["ca-certificates", "tzdata", "filesystem", "setup", "basesystem", "crypto-policies", "dnf", "dnf-data",
    "linux-firmware", "mailcap", "ncurses-base", "publicsuffix-list-dafsa", "rootfiles", "selinux-policy", "selinux-policy-targeted",
    "scap-security-guide", "vim-data", "vim-filesystem", "words", "yum", "kbd-misc", "hwdata", "httpd-filesystem", "nginx-filesystem",
    "firewalld-filesystem", "libreport-filesystem", "python3-dnf", "python3-pip", "python3-requests", "python3-setuptools",
    "container-selinux", "containers-common", "cockpit-system", "cockpit-composer", "cockpit-podman", "langpacks-en",
    "libssh-config", "dracut-config-generic", "grub2-common", "coreutils-common", "alternatives", "ansible-core", "cloud-init",
    "docker-compose", "sos", "tuned", "firewalld", "dnf-plugins-core", "toolbox"]);

/** Extra requirements of popular packages (everything also gets BASE). */
const DEPS: Record<string, string[]> = {
    httpd: ["apr", "apr-util", "httpd-core", "httpd-filesystem", "httpd-tools", "mod_http2", "mod_lua", "mailcap", "lua-libs", "pcre2"],
    nginx: ["nginx-core", "nginx-filesystem", "openssl-libs", "pcre2"],
    tmux: ["libevent", "ncurses-libs", "libutempter"],
    "vim-enhanced": ["vim-common", "vim-data", "vim-filesystem", "libsodium"],
    "openssh-server": ["openssh", "openssl-libs", "libcap-ng", "audit-libs", "pam"],
    podman: ["conmon", "containers-common", "container-selinux", "fuse-overlayfs", "slirp4netns", "libseccomp", "gpgme", "iptables-nft"],
    cockpit: ["cockpit-bridge", "cockpit-ws", "cockpit-system", "glib2", "json-c"],
    git: ["git-core", "perl-interpreter", "less", "openssh-clients", "expat"],
    python3: ["python3-libs", "expat", "libffi", "sqlite-libs"],
    "mariadb-server": ["mariadb", "libaio", "perl-interpreter"],
    postgresql: ["openssl-libs", "readline", "libxml2"],
    "openscap-scanner": ["openscap", "libxml2", "libyaml", "rpm-libs"],
    kernel: ["kernel-core", "kernel-modules", "kernel-modules-core", "linux-firmware", "dracut", "kmod"],
    "cloud-init": ["python3", "python3-requests", "cloud-utils-growpart"],
    firewalld: ["python3", "nftables", "firewalld-filesystem"],
};

const BASE = ["alternatives", "audit-libs", "basesystem", "bash", "ca-certificates", "coreutils", "coreutils-common",
    "crypto-policies", "filesystem", "glibc", "glibc-common", "glibc-minimal-langpack", "grep", "gzip", "libacl", "libattr",
    "libcap", "libgcc", "libselinux", "libsepol", "libxcrypt", "libzstd", "ncurses-base", "ncurses-libs", "openssl-libs",
    "pcre2", "readline", "sed", "setup", "shadow-utils", "systemd", "systemd-libs", "tzdata", "util-linux", "xz-libs", "zlib"];

export interface UniversePackage {
    name: string;
    epoch: number;
    version: string;
    release: string;
    arch: string;
    summary: string;
    description: string;
    homepage: string;
    license: string;
    buildTime: string;
}

function hash(s: string): number {
    return createHash("sha1").update(s).digest().readUInt32BE(0);
}

/** "fc43", "el9", "el10" for a distro name. */
export function distTag(distro: string): string {
    const m = /^(fedora|rhel|centos)-(\d+)/.exec(distro);
    if (!m)
        return "fc43";
    return m[1] === "fedora" ? `fc${m[2]}` : `el${m[2]}`;
}

const ALL_NAMES = [...new Set([...NAMES, ...BASE, ...Object.values(DEPS).flat(), ...CATALOGUE.keys(),
    ...Object.values(GROUPS).flatMap(g => g.packages)])].sort();

/** What a package requires besides BASE: hand-written DEPS, else the catalogue's rule */
function requires(name: string): string[] {
    return DEPS[name] ?? CATALOGUE.get(name)?.requires ?? [];
}

const universes = new Map<string, UniversePackage[]>();

/** Every package of the distro's fake repositories, sorted by name. */
export function universe(distro: string, arch: string): UniversePackage[] {
    const key = `${distro}/${arch}`;
    let found = universes.get(key);
    if (!found) {
        found = makeUniverse(distro, arch);
        universes.set(key, found);
    }
    return found;
}

function makeUniverse(distro: string, arch: string): UniversePackage[] {
    const tag = distTag(distro);
    return ALL_NAMES.map(name => {
        const h = hash(name);
        const known = KNOWN[name];
        const entry = CATALOGUE.get(name);
        const version = known?.v ?? `${1 + (h % 9)}.${(h >>> 4) % 30}.${(h >>> 9) % 12}`;
        const day = 1 + ((h >>> 3) % 27);
        return {
            name,
            epoch: known?.e ?? 0,
            version,
            release: `${1 + ((h >>> 13) % 4)}.${tag}`,
            arch: NOARCH.has(name) || entry?.noarch ? "noarch" : arch,
            summary: known?.summary ?? entry?.summary ?? `The ${name} package`,
            description: known?.summary ? `${known.summary}.` : entry ? `${entry.summary}.` : `${name} provides files for the ${name} component.`,
            homepage: known?.url ?? `https://src.fedoraproject.org/rpms/${name}`,
            license: known?.license ?? "MIT",
            buildTime: `2025-${String(1 + ((h >>> 6) % 9)).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(h % 24).padStart(2, "0")}:17:42`,
        };
    });
}

/** Shell-style glob (`*`, `?`) → RegExp. */
export function globRegExp(glob: string): RegExp {
    const esc = glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".");
    return new RegExp(`^${esc}$`);
}

export function isGlob(name: string): boolean {
    return /[*?]/.test(name);
}

/** Packages matching any of `names` (exact or glob), sorted by name. */
export function searchPackages(distro: string, arch: string, names: string[]): UniversePackage[] {
    const patterns = names.map(globRegExp);
    return universe(distro, arch).filter(p => patterns.some(re => re.test(p.name)));
}

/** Strips a `name-version` request (as Blueprint.GetPackages builds them) to the package name. */
function requestedName(req: string, known: Set<string>): string {
    if (known.has(req) || isGlob(req))
        return req;
    const m = /^(.+?)-(\d[^-]*)$/.exec(req);
    return m && known.has(m[1]) ? m[1] : req;
}

export class DepsolveError extends Error {}

/**
 * Depsolves `requests` (names, globs, `@group`s, `name-version`): the matches,
 * their extra requirements and a base set. Unknown non-glob names fail like DNF.
 */
export function depsolve(distro: string, arch: string, requests: string[]): DepsolvedPackage[] {
    const all = universe(distro, arch);
    const byName = new Map(all.map(p => [p.name, p]));
    const known = new Set(byName.keys());
    const wanted = new Set<string>(BASE);
    const missing: string[] = [];
    const missingGroups: string[] = [];
    for (const req of requests) {
        if (req.startsWith("@")) {
            const group = GROUPS[req.slice(1)];
            if (group)
                group.packages.forEach(p => wanted.add(p));
            else
                missingGroups.push(req.slice(1));
            continue;
        }
        const name = requestedName(req, known);
        if (isGlob(name)) {
            const re = globRegExp(name);
            all.filter(p => re.test(p.name)).forEach(p => wanted.add(p.name));
        } else if (known.has(name)) {
            wanted.add(name);
        } else {
            missing.push(req);
        }
    }
    if (missing.length > 0 || missingGroups.length > 0) {
        const problems = [
            ...(missing.length ? [`missing packages: ${missing.join(", ")}`] : []),
            ...(missingGroups.length ? [`missing groups or modules: ${missingGroups.join(", ")}`] : []),
        ];
        throw new DepsolveError("DNF error occurred: MarkingErrors: Error occurred when marking packages for installation: " +
            `Problems in request:\n${problems.join("\n")}`);
    }
    const queue = [...wanted];
    while (queue.length > 0) {
        for (const dep of requires(queue.pop() ?? "")) {
            if (!wanted.has(dep) && known.has(dep)) {
                wanted.add(dep);
                queue.push(dep);
            }
        }
    }
    return [...wanted].sort().map(name => toDepsolved(byName.get(name) ?? all[0], distro));
}

function remoteLocation(p: UniversePackage, distro: string): string {
    const nevra = `${p.name}-${p.version}-${p.release}.${p.arch}.rpm`;
    const first = p.name[0].toLowerCase();
    const m = /^(fedora|rhel|centos)-(\d+)(?:\.(\d+))?/.exec(distro);
    const arch = p.arch === "noarch" ? "x86_64" : p.arch;
    if (m?.[1] === "rhel")
        return `https://cdn.redhat.com/content/dist/rhel${m[2]}/${m[2]}${m[3] ? `.${m[3]}` : ""}/${arch}/baseos/os/Packages/${first}/${nevra}`;
    if (m?.[1] === "centos")
        return `https://mirror.stream.centos.org/${m[2]}-stream/BaseOS/${arch}/os/Packages/${nevra}`;
    return `https://dl.fedoraproject.org/pub/fedora/linux/releases/${m?.[2] ?? "43"}/Everything/${arch}/os/Packages/${first}/${nevra}`;
}

export function toDepsolved(p: UniversePackage, distro: string): DepsolvedPackage {
    const repo = distro.startsWith("fedora") ? (hash(p.name) % 3 === 0 ? "updates" : "fedora") : (hash(p.name) % 2 ? "appstream" : "baseos");
    return {
        name: p.name,
        epoch: p.epoch,
        version: p.version,
        release: p.release,
        arch: p.arch,
        remote_location: remoteLocation(p, distro),
        checksum: `sha256:${createHash("sha256").update(`${p.name}-${p.version}-${p.release}.${p.arch}`).digest("hex")}`,
        check_gpg: true,
        repo_id: repo,
    };
}

/** "7:3.0.3-1.fc30.x86_64" / "1.33-2.fc30.x86_64" */
export function evra(p: DepsolvedPackage): string {
    return `${p.epoch ? `${p.epoch}:` : ""}${p.version}-${p.release}.${p.arch}`;
}

/** The Weldr DepsolvedPackageInfo JSON of a package (omitempty fields dropped). */
export function depsolvedInfo(p: DepsolvedPackage): Record<string, unknown> {
    const out: Record<string, unknown> = { name: p.name };
    if (p.epoch)
        out.epoch = p.epoch;
    for (const key of ["version", "release", "arch", "remote_location", "checksum"] as const) {
        if (p[key])
            out[key] = p[key];
    }
    if (p.check_gpg)
        out.check_gpg = true;
    if (p.repo_id)
        out.repo_id = p.repo_id;
    return out;
}
