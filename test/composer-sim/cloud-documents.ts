// Plausible documents for a compose's images: the osbuild job result blob of
// /logs, an osbuild manifest (version 2) for /manifests and SPDX 2.3 SBOMs
// for /sboms. Made up from the record, stable for a given record.

import crypto from "node:crypto";
import path from "node:path";
import type { CloudTarget, ComposeRecord, DepsolvedPackage, ImageBuild, SimContext } from "./model";
import { artifactLocation, isFinished } from "./cloud-status";
import { depsolve, requestedPackages } from "./cloud-packages";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const OSBUILD_VERSION = "153";

const TARGET_NAMES: Record<string, string> = {
    aws: "org.osbuild.aws",
    "aws.s3": "org.osbuild.aws.s3",
    gcp: "org.osbuild.gcp",
    azure: "org.osbuild.azure.image",
    container: "org.osbuild.container",
    "oci.objectstorage": "org.osbuild.oci.objectstorage",
    local: "org.osbuild.worker.server",
};

/** osbuild export (last pipeline) name of an artifact file. */
export function exportName(filename: string): string {
    const ext = filename.slice(filename.indexOf(".") + 1);
    const names: Record<string, string> = {
        qcow2: "qcow2", raw: "image", iso: "bootiso", tar: filename.startsWith("commit") ? "commit-archive" : "container",
        "raw.xz": "xz", "raw.zst": "zstd", "tar.gz": "archive", vhd: "vpc", vmdk: "vmdk", ova: "archive",
        "tar.xz": "xz", wsl: "wsl", box: "vagrant",
    };
    return names[ext] ?? "image";
}

function hex(text: string, length = 64): string {
    return crypto.createHash("sha256").update(text).digest("hex").slice(0, length);
}

function uuidFrom(text: string): string {
    const h = hex(text, 32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20)}`;
}

/** The runner of a distro's build pipeline: fedora-43 → org.osbuild.fedora43, rhel-9.6 → org.osbuild.rhel96. */
function runner(distro: string): string {
    return `org.osbuild.${distro.replace(/[-.]/g, "")}`;
}

function buildPackages(rec: ComposeRecord, img: ImageBuild): DepsolvedPackage[] {
    return depsolve(["bash", "coreutils", "dnf", "selinux-policy-targeted", "util-linux"], rec.distro, img.arch);
}

/** The image's packages: the worker's depsolve result, or (before the job starts) our own. */
function payloadPackages(rec: ComposeRecord, img: ImageBuild): DepsolvedPackage[] {
    if (rec.packages.length > 0)
        return rec.packages;
    return depsolve(requestedPackages(rec.blueprint, undefined), rec.distro, img.arch, true);
}

function rpmStage(pkgs: DepsolvedPackage[]): Json {
    return {
        type: "org.osbuild.rpm",
        inputs: { packages: { type: "org.osbuild.files", origin: "org.osbuild.source", references: pkgs.map(p => p.checksum ?? "") } },
        options: { gpgkeys: [], dbpath: "/usr/share/rpm" },
    };
}

/** An osbuild manifest (version 2) for one image. */
export function manifestFor(rec: ComposeRecord, img: ImageBuild): Json {
    const build = buildPackages(rec, img);
    const payload = payloadPackages(rec, img);
    const exp = exportName(img.filename);
    const sources: { [key: string]: Json } = {};
    for (const p of [...build, ...payload])
        sources[p.checksum ?? p.name] = { url: p.remote_location ?? "" };
    const hostname = rec.blueprint && typeof rec.blueprint.customizations === "object" && rec.blueprint.customizations !== null &&
        "hostname" in rec.blueprint.customizations && typeof rec.blueprint.customizations.hostname === "string"
        ? rec.blueprint.customizations.hostname
        : "localhost.localdomain";
    return {
        version: "2",
        pipelines: [
            { name: "build", runner: runner(rec.distro), stages: [rpmStage(build), { type: "org.osbuild.selinux", options: { file_contexts: "etc/selinux/targeted/contexts/files/file_contexts", labels: { "/usr/bin/cp": "system_u:object_r:install_exec_t:s0" } } }] },
            {
                name: "os",
                build: "name:build",
                stages: [
                    rpmStage(payload),
                    { type: "org.osbuild.hostname", options: { hostname } },
                    { type: "org.osbuild.locale", options: { language: "C.UTF-8" } },
                    { type: "org.osbuild.selinux", options: { file_contexts: "etc/selinux/targeted/contexts/files/file_contexts" } },
                ],
            },
            {
                name: "image",
                build: "name:build",
                stages: [
                    { type: "org.osbuild.truncate", options: { filename: "disk.raw", size: String(img.size) } },
                    { type: "org.osbuild.sfdisk", options: { label: "gpt", uuid: uuidFrom(`${rec.id}-disk`), partitions: [{ size: 2048, start: 2048, type: "21686148-6449-6E6F-744E-656564454649", bootable: true }] } },
                    { type: "org.osbuild.copy", inputs: { "root-tree": { type: "org.osbuild.tree", origin: "org.osbuild.pipeline", references: ["name:os"] } }, options: { paths: [{ from: "input://root-tree/", to: "mount://-/" }] } },
                ],
            },
            {
                name: exp,
                build: "name:build",
                stages: [{
                    type: "org.osbuild.qemu",
                    inputs: { image: { type: "org.osbuild.files", origin: "org.osbuild.pipeline", references: { "name:image": { file: "disk.raw" } } } },
                    options: { filename: img.filename, format: { type: exp } },
                }],
            },
        ],
        sources: { "org.osbuild.curl": { items: sources } },
    };
}

function spdxDocument(rec: ComposeRecord, pipeline: string, pkgs: DepsolvedPackage[]): Json {
    const name = `sbom-by-osbuild-${OSBUILD_VERSION}`;
    const packages = pkgs.map(p => ({
        SPDXID: `SPDXRef-${uuidFrom(`${p.name}-${p.version}-${p.release}.${p.arch}`)}`,
        name: p.name,
        downloadLocation: p.remote_location ?? "NOASSERTION",
        filesAnalyzed: false,
        versionInfo: `${p.epoch ? `${p.epoch}:` : ""}${p.version}-${p.release}`,
        checksums: [{ algorithm: "SHA256", checksumValue: (p.checksum ?? "").replace("sha256:", "") }],
        sourceInfo: `${p.name}-${p.version}-${p.release}.src.rpm`,
        licenseDeclared: "NOASSERTION",
    }));
    return {
        spdxVersion: "SPDX-2.3",
        dataLicense: "CC0-1.0",
        SPDXID: "SPDXRef-DOCUMENT",
        name,
        documentNamespace: `https://osbuild.org/spdxdocs/${name}-${uuidFrom(`${rec.id}-${pipeline}`)}`,
        creationInfo: { created: new Date(rec.created * 1000).toISOString().replace(/\.\d+Z$/, "Z"), creators: [`Tool: osbuild-${OSBUILD_VERSION}`] },
        packages,
        relationships: packages.map(p => ({ spdxElementId: "SPDXRef-DOCUMENT", relationshipType: "DESCRIBES", relatedSpdxElement: p.SPDXID })),
    };
}

/** The SBOMs of one image, sorted by pipeline name as composer sorts them. */
export function sbomsFor(rec: ComposeRecord, img: ImageBuild): Json[] {
    return [
        { sbom: spdxDocument(rec, "build", buildPackages(rec, img)), sbom_type: "spdx", pipeline_name: "build", pipeline_purpose: "buildroot" },
        { sbom: spdxDocument(rec, "os", payloadPackages(rec, img)), sbom_type: "spdx", pipeline_name: "os", pipeline_purpose: "image" },
    ];
}

/** A JSON copy of a decoded value (undefined members dropped). */
function toJson(v: unknown): Json {
    if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
        return v;
    if (Array.isArray(v))
        return v.map(toJson);
    if (typeof v === "object") {
        const o: { [key: string]: Json } = {};
        for (const [k, x] of Object.entries(v)) {
            if (x !== undefined)
                o[k] = toJson(x);
        }
        return o;
    }
    return null;
}

function targetResult(rec: ComposeRecord, img: ImageBuild, t: CloudTarget, ctx: SimContext): Json {
    const options = t.type === "local"
        ? { artifact_relative_path: path.basename(artifactLocation(rec, img, ctx)) }
        : toJson(t.result ?? {});
    return {
        name: TARGET_NAMES[t.type] ?? t.type,
        options,
        osbuild_artifact: { export_filename: img.filename, export_name: exportName(img.filename) },
    };
}

/** The osbuild job result blob of one image (`ComposeLogs.image_builds[]`). Empty until the job finishes. */
export function jobResultFor(rec: ComposeRecord, img: ImageBuild, ctx: SimContext): Json {
    if (!isFinished(rec) || rec.canceled)
        return { success: false, upload_status: "", host_os: "", arch: "", osbuild_version: "" };
    const success = rec.state === "FINISHED" && !img.error;
    const stageLog = (type: string, output: string): Json => ({ id: hex(`${rec.id}${type}`), type, success, output });
    const out: { [key: string]: Json } = {
        success,
        osbuild_output: {
            type: "result",
            success,
            log: {
                build: [stageLog("org.osbuild.rpm", "Installing build root packages\n")],
                os: [stageLog("org.osbuild.rpm", rec.log || "Installing packages\n")],
            },
            metadata: {},
        },
        target_results: success ? [
            ...(rec.koji ? [{ name: "org.osbuild.koji", options: { image_md5: hex(rec.id, 32), image_size: img.size }, osbuild_artifact: { export_filename: img.filename, export_name: exportName(img.filename) } }] : []),
            ...img.targets.map(t => targetResult(rec, img, t, ctx)),
        ] : [],
        upload_status: success ? "success" : "failure",
        pipeline_names: { build: ["build"], payload: ["os", "image", exportName(img.filename)] },
        host_os: ctx.hostDistro,
        arch: img.arch,
        osbuild_version: OSBUILD_VERSION,
    };
    const err = img.error ?? rec.error;
    if (!success && err)
        out.job_error = toJson({ id: err.id, reason: err.reason, details: err.details });
    return out;
}

/** `ComposeLogs.koji`: the koji-init and koji-finalize job results. */
export function kojiLogs(rec: ComposeRecord): Json {
    const buildId = rec.koji?.build_id ?? 0;
    const importError = rec.state === "FAILED" && rec.error && !rec.images.some(i => i.error) ? rec.error.reason : "";
    return {
        init: { build_id: buildId, token: buildId ? hex(`${rec.id}-token`, 32) : "", koji_error: "" },
        import: { koji_error: importError },
    };
}
