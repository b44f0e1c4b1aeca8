// Distribution and package endpoints of the Cloud API: GET /distributions
// (three levels: distro → arch → image type → repositories), GET
// /distributions/{distro}, POST /search/packages, POST /depsolve/blueprint.

import type { SimReply, SimRequest } from "./model";
import { CLOUD_PREFIX, CloudError, jsonReply } from "./cloud-errors";
import { archesOf, internalImageType, resolveDistro } from "./cloud-imagetypes";
import { isRecord, readJsonBody } from "./cloud-validate";
import { depsolve, requestedPackages, searchPackages } from "./cloud-packages";
import { exportName } from "./cloud-documents";
import { aliasesOf, allDistros, allTypesFor, artifactInfo, canonicalType } from "./imageTypes";

const GPG_KEY = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGZ1c3RhbmQtaW4ga2V5IGZvciB0aGUgY29tcG9zZXIgc3RhbmQtaW4=\n=Ab12\n-----END PGP PUBLIC KEY BLOCK-----\n";

interface DistroFacts {
    family: string;
    major: string;
    minor?: string;
}

function facts(distro: string): DistroFacts {
    const [family, ver = ""] = distro.split("-");
    const [major, minor] = ver.split(".");
    return { family, major, minor };
}

/** The repositories composer's repo files give a distro and arch (rpmmd.RepoConfig JSON). */
function reposFor(distro: string, arch: string): Record<string, unknown>[] {
    const f = facts(distro);
    const common = { check_gpg: true, gpgkeys: [GPG_KEY] };
    if (f.family === "fedora") {
        return [
            { name: "fedora", metalink: `https://mirrors.fedoraproject.org/metalink?repo=fedora-${f.major}&arch=${arch}`, ...common },
            { name: "updates", metalink: `https://mirrors.fedoraproject.org/metalink?repo=updates-released-f${f.major}&arch=${arch}`, ...common },
        ];
    }
    if (f.family === "rhel") {
        const base = `https://cdn.redhat.com/content/dist/rhel${f.major}/${f.major}.${f.minor ?? "0"}/${arch}`;
        return [
            { name: "baseos", baseurls: [`${base}/baseos/os`], rhsm: true, ...common },
            { name: "appstream", baseurls: [`${base}/appstream/os`], rhsm: true, ...common },
        ];
    }
    const base = `https://mirror.stream.centos.org/${f.major}-stream`;
    return [
        { name: "baseos", baseurls: [`${base}/BaseOS/${arch}/os/`], ...common },
        { name: "appstream", baseurls: [`${base}/AppStream/${arch}/os/`], ...common },
    ];
}

/** GET /distributions: the spec documents two levels, composer returns three. */
export function getDistributions(): SimReply {
    const out: Record<string, Record<string, Record<string, unknown[]>>> = {};
    for (const distro of allDistros()) {
        for (const arch of archesOf(distro)) {
            for (const type of allTypesFor(distro, arch)) {
                out[distro] ??= {};
                out[distro][arch] ??= {};
                out[distro][arch][type] = reposFor(distro, arch);
            }
        }
    }
    return jsonReply(200, out);
}

function bootMode(type: string, arch: string): string {
    if (/(container|commit|tar|wsl|pxe)/.test(type))
        return "none";
    if (arch === "x86_64")
        return "hybrid";
    return arch === "aarch64" || arch === "riscv64" ? "uefi" : "legacy";
}

function imageTypeInfo(distro: string, arch: string, type: string): Record<string, unknown> {
    const info = artifactInfo(type);
    const f = facts(distro);
    const iso = info.filename.endsWith(".iso");
    const disk = /\.(qcow2|raw|vhd|vmdk|ova|raw\.xz|raw\.zst|tar\.gz|box)$/.test(info.filename);
    const supported = ["distro", "packages", "modules", "groups", "containers", "enabled_modules", "customizations.hostname",
        "customizations.kernel", "customizations.user", "customizations.group", "customizations.sshkey",
        "customizations.timezone", "customizations.locale", "customizations.firewall", "customizations.services",
        "customizations.files", "customizations.directories", "customizations.repositories", "customizations.cacerts",
        "customizations.fips", "customizations.openscap", "customizations.rpm", "customizations.rhsm"];
    if (disk)
        supported.push("customizations.filesystem", "customizations.disk", "customizations.partitioning_mode");
    if (iso)
        supported.push("customizations.installer", "customizations.installation_device", "customizations.fdo", "customizations.ignition");
    const out: Record<string, unknown> = {
        name: type,
        aliases: aliasesOf(distro, type),
        filename: info.filename,
        mime_type: info.mimeType,
        ostree_ref: /(commit|container|installer)$/.test(type) && /(edge|iot)/.test(type) ? `${f.family}/${f.major}/${arch}/${f.family === "fedora" ? "iot" : "edge"}` : "",
        iso_label: iso ? `${f.family === "fedora" ? "Fedora" : f.family.toUpperCase()}-${f.major}-${arch}` : null,
        default_size: info.defaultSize,
        boot_mode: bootMode(type, arch),
        payload_package_sets: ["os"],
        exports: [exportName(info.filename)],
        required_blueprint_options: /simplified-installer$/.test(type) ? ["customizations.installation_device"] : [],
        supported_blueprint_options: supported.sort(),
    };
    if (disk)
        out.partition_type = "gpt";
    return out;
}

/** GET /distributions/{distro}?image_type=…&architecture=… (names or aliases). */
export function getDistribution(name: string, query: URLSearchParams): SimReply {
    let decoded = name;
    try {
        decoded = decodeURIComponent(name);
    } catch {
        // a malformed escape: look the raw text up
    }
    const distro = resolveDistro(decoded);
    if (distro === undefined)
        throw new CloudError(21, `distribution ${JSON.stringify(name)} not found`);
    const f = facts(distro);
    const typeFilter = query.getAll("image_type").flatMap(v => v.split(",")).filter(Boolean);
    const archFilter = query.getAll("architecture").flatMap(v => v.split(",")).filter(Boolean);
    const architectures: Record<string, unknown> = {};
    for (const arch of archesOf(distro)) {
        if (archFilter.length > 0 && !archFilter.includes(arch))
            continue;
        const wanted = new Set(typeFilter.map(t => canonicalType(distro, t) ?? t));
        const imageTypes: Record<string, unknown> = {};
        for (const type of allTypesFor(distro, arch)) {
            if (wanted.size === 0 || wanted.has(type))
                imageTypes[type] = imageTypeInfo(distro, arch, type);
        }
        architectures[arch] = { name: arch, image_types: imageTypes };
    }
    const product = f.family === "fedora" ? "Fedora" : f.family === "rhel" ? "Red Hat Enterprise Linux" : "CentOS Stream";
    const platform = f.family === "fedora" ? `platform:f${f.major}` : `platform:el${f.major}`;
    return jsonReply(200, {
        href: `${CLOUD_PREFIX}/distributions/${distro}`,
        id: distro,
        kind: "DistributionDetails",
        name: distro,
        codename: "",
        releasever: f.major,
        os_version: f.minor !== undefined ? `${f.major}.${f.minor}` : f.major,
        module_platform_id: platform,
        product,
        ostree_ref: `${f.family}/${f.major}/%s/${f.family === "fedora" ? "iot" : "edge"}`,
        architectures,
    });
}

function distroAndArch(distribution: unknown, architecture: unknown): { distro: string; arch: string } {
    const distro = resolveDistro(typeof distribution === "string" ? distribution : "");
    if (distro === undefined)
        throw new CloudError(4);
    const arch = typeof architecture === "string" ? architecture : "";
    if (!archesOf(distro).includes(arch))
        throw new CloudError(5, `invalid architecture: ${arch}`);
    return { distro, arch };
}

/** POST /search/packages */
export function postSearchPackages(req: SimRequest): SimReply {
    const body = readJsonBody(req, "SearchPackagesRequest");
    const { distro, arch } = distroAndArch(body.distribution, body.architecture);
    const patterns = Array.isArray(body.packages) ? body.packages.filter((p): p is string => typeof p === "string") : [];
    return jsonReply(200, { packages: searchPackages(patterns, distro, arch) });
}

/** POST /depsolve/blueprint: the blueprint's packages (with the image type's base set when image_type is given). */
export function postDepsolveBlueprint(req: SimRequest): SimReply {
    const body = readJsonBody(req, "DepsolveRequest");
    const bp = isRecord(body.blueprint) ? body.blueprint : {};
    if (typeof bp.distro === "string" && bp.distro !== "" && bp.distro !== body.distribution)
        throw new CloudError(40);
    const { distro, arch } = distroAndArch(body.distribution, body.architecture);
    for (const r of Array.isArray(body.repositories) ? body.repositories : []) {
        if (isRecord(r) && !r.baseurl && r.mirrorlist === undefined && r.metalink === undefined)
            throw new CloudError(7);
    }
    const withBase = typeof body.image_type === "string";
    if (withBase && internalImageType(distro, arch, String(body.image_type)) === undefined)
        throw new CloudError(6);
    const packages = depsolve(requestedPackages(bp, undefined), distro, arch, withBase).map(p => {
        const m: Record<string, unknown> = { type: "rpm", name: p.name, version: p.version, release: p.release, arch: p.arch, checksum: p.checksum };
        if (p.epoch > 0)
            m.epoch = String(p.epoch);
        return m;
    });
    return jsonReply(200, { packages });
}
