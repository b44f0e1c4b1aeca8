// `--seed demo`: blueprints with history and a workspace draft, custom
// sources, and composes in every state from both APIs (Weldr with uploads,
// Cloud with every upload target type, a failed one with an error tree, a
// Koji build). `seedBulk` makes thousands of entries for benchmarks.

import { randomUUID } from "node:crypto";

import { deepCopy, isRecord } from "./blueprint";
import { artifactInfo, canonicalType, CLOUD_IMAGE_TYPES, imageSize } from "./imageTypes";
import { osbuildLogLines } from "./manifest";
import type {
    Blueprint, CloudTarget, CloudUploadType, ComposeRecord, KojiInfo, QueueStatus, SimContext, SimState, SourceV1,
} from "./model";
import { depsolve } from "./packages";
import { DEMO_BLUEPRINTS } from "./seed-blueprints";
import { commitBlueprint, committedBlueprint, saveWorkspace } from "./state";
import { blueprintRequests } from "./weldr-blueprints";
import { storedUpload, type DecodedUpload } from "./weldr-upload";
import { nowSeconds, targetResult, writeArtifact } from "./worker";

const HOUR = 3600;
const DAY = 24 * HOUR;

const DEMO_SOURCES: SourceV1[] = [
    {
        id: "epel-9", name: "EPEL 9", type: "yum-metalink", url: "https://mirrors.fedoraproject.org/metalink?repo=epel-9&arch=x86_64",
        check_gpg: true, check_ssl: true, system: false, gpgkeys: ["https://dl.fedoraproject.org/pub/epel/RPM-GPG-KEY-EPEL-9"],
        distros: ["rhel-9.6", "centos-9"], rhsm: false, check_repogpg: false,
    },
    {
        id: "internal-mirror", name: "Internal tools mirror", type: "yum-baseurl", url: "https://repo.internal.example.com/tools/el9/x86_64/",
        check_gpg: false, check_ssl: false, system: false, rhsm: false, check_repogpg: false, module_hotfixes: true,
    },
    {
        id: "copr-cockpit", name: "Copr: cockpit nightly", type: "yum-mirrorlist", url: "https://copr.example.com/mirrorlist?repo=cockpit-nightly&arch=x86_64",
        check_gpg: true, check_ssl: true, system: false, gpgkeys: ["-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGcoprkey\n=stand-in\n-----END PGP PUBLIC KEY BLOCK-----\n"],
        distros: ["fedora-43", "fedora-44"], rhsm: false, check_repogpg: true,
    },
];

interface ComposeSpec {
    state: QueueStatus;
    /** seconds before "now" the compose was created */
    age: number;
    /** seconds from start to finish (or so far, when RUNNING) */
    duration?: number;
    canceled?: boolean;
    error?: ComposeRecord["error"];
}

/** Sets times, log, progress, artifacts and target results for a seeded compose. */
function settle(ctx: SimContext, c: ComposeRecord, spec: ComposeSpec, now: number): ComposeRecord {
    c.created = now - spec.age;
    c.state = spec.state;
    const lines = osbuildLogLines(c);
    if (spec.state === "WAITING") {
        c.hold = true;
        return c;
    }
    c.started = c.created + 20;
    if (spec.state === "RUNNING") {
        c.buildSeconds = 4 * HOUR;
        c.log = `${lines.slice(0, Math.floor(lines.length / 3)).join("\n")}\n`;
        if (c.koji)
            c.koji.build_id = 2_810_443;
        return c;
    }
    c.finished = c.started + (spec.duration ?? 540);
    if (c.koji)
        c.koji.build_id = 2_804_117;
    if (spec.state === "FAILED") {
        c.canceled = spec.canceled;
        c.error = spec.canceled ? undefined : spec.error ?? { id: 10, reason: "osbuild build failed", details: "osbuild did not return success: stage org.osbuild.rpm failed" };
        c.log = spec.canceled ? "" : `${lines.slice(0, 8).join("\n")}\nBuild failed\n`;
        return c;
    }
    c.log = `${lines.join("\n")}\nmanifest finished successfully\n`;
    for (const image of c.images) {
        writeArtifact(c, image, ctx.artifactsDir);
        for (const target of image.targets)
            target.result = targetResult(c, image, target);
    }
    return c;
}

function packagesFor(distro: string, arch: string, bp: Record<string, unknown> | null): ComposeRecord["packages"] {
    try {
        return depsolve(distro, arch, bp ? blueprintRequests(bp) : ["kernel"]);
    } catch {
        return depsolve(distro, arch, ["kernel"]);
    }
}

function weldrCompose(ctx: SimContext, name: string, type: string, spec: ComposeSpec, upload?: DecodedUpload): ComposeRecord {
    const now = nowSeconds(ctx);
    const bp = committedBlueprint(ctx.state.blueprints[name]);
    if (!bp)
        throw new Error(`seed: no blueprint ${name}`);
    const distro = typeof bp.distro === "string" && bp.distro ? bp.distro : ctx.hostDistro;
    const arch = typeof bp.architecture === "string" && bp.architecture ? bp.architecture : ctx.hostArch;
    const imageType = canonicalType(distro, type) ?? type;
    const info = artifactInfo(imageType);
    const c: ComposeRecord = {
        id: randomUUID(), api: "weldr", blueprintName: bp.name, blueprintVersion: bp.version, blueprint: deepCopy(bp), distro,
        images: [{ imageType, arch, size: imageSize(imageType, 0), targets: [{ type: "local", upload_options: {} }], filename: info.filename, mimeType: info.mimeType }],
        state: "WAITING", created: now, log: "", packages: packagesFor(distro, arch, bp),
        ...(upload ? { upload: storedUpload(upload, now - spec.age) } : {}),
    };
    return settle(ctx, c, spec, now);
}

interface CloudSpec {
    distro: string;
    imageType: string;
    arch?: string;
    target: CloudUploadType;
    options: Record<string, unknown>;
    blueprint?: Blueprint;
}

function cloudImage(distro: string, cloudType: string, arch: string, targets: CloudTarget[]): ComposeRecord["images"][number] {
    const imageType = canonicalType(distro, CLOUD_IMAGE_TYPES[cloudType] ?? cloudType) ?? cloudType;
    const info = artifactInfo(imageType);
    return { imageType, cloudImageType: cloudType, arch, size: imageSize(imageType, 0), targets, filename: info.filename, mimeType: info.mimeType };
}

function cloudCompose(ctx: SimContext, s: CloudSpec, spec: ComposeSpec): ComposeRecord {
    const now = nowSeconds(ctx);
    const arch = s.arch ?? "x86_64";
    const imageRequest = { architecture: arch, image_type: s.imageType, repositories: [], upload_targets: [{ type: s.target, upload_options: s.options }] };
    const request: Record<string, unknown> = { distribution: s.distro, image_request: imageRequest };
    if (s.blueprint)
        request.blueprint = s.blueprint;
    const c: ComposeRecord = {
        id: randomUUID(), api: "cloud",
        blueprintName: s.blueprint?.name ?? "", blueprintVersion: s.blueprint?.version ?? "",
        blueprint: s.blueprint ? deepCopy(s.blueprint) : null, distro: s.distro,
        images: [cloudImage(s.distro, s.imageType, arch, [{ type: s.target, upload_options: deepCopy(s.options) }])],
        state: "WAITING", created: now, log: "", packages: packagesFor(s.distro, arch, s.blueprint ?? null), request,
    };
    return settle(ctx, c, spec, now);
}

function kojiCompose(ctx: SimContext, spec: ComposeSpec): ComposeRecord {
    const now = nowSeconds(ctx);
    const koji: KojiInfo = { server: "https://koji.fedoraproject.org/kojihub", task_id: 138_457_211, name: "Fedora-Cloud-Base", version: "43", release: "20251104.0" };
    const arches = ["x86_64", "aarch64"];
    const repositories = [{ baseurl: "https://kojipkgs.fedoraproject.org/compose/cloud/latest-Fedora-Cloud-43/compose/Everything/$arch/os/", rhsm: false }];
    const request = {
        distribution: "fedora-43",
        koji: { server: koji.server, task_id: koji.task_id, name: koji.name, version: koji.version, release: koji.release },
        image_requests: arches.map(architecture => ({ architecture, image_type: "guest-image", repositories, upload_options: { region: "us-east-1" } })),
    };
    const c: ComposeRecord = {
        id: randomUUID(), api: "cloud", blueprintName: "", blueprintVersion: "", blueprint: null, distro: "fedora-43",
        images: arches.map(arch => cloudImage("fedora-43", "guest-image", arch, [{ type: "aws.s3", upload_options: { region: "us-east-1" } }])),
        state: "WAITING", created: now, log: "", packages: packagesFor("fedora-43", "x86_64", null), request, koji,
    };
    return settle(ctx, c, spec, now);
}

function add(state: SimState, c: ComposeRecord): void {
    state.composes[c.id] = c;
}

function seedBlueprints(state: SimState, now: number): void {
    DEMO_BLUEPRINTS.forEach((entry, i) => {
        entry.pushes.forEach((bp, j) => {
            const when = new Date((now - (30 - i) * DAY + j * 5 * HOUR) * 1000);
            const pushed = commitBlueprint(state, deepCopy(bp), `Recipe ${bp.name}, version ${bp.version || "0.0.0"} saved.`, when);
            if (pushed.error !== undefined)
                throw new Error(`seed: ${bp.name}: ${pushed.error}`);
        });
        if (entry.workspace)
            saveWorkspace(state, deepCopy(entry.workspace));
    });
    const legacy = state.blueprints["legacy-v0"];
    if (legacy?.commits[1])
        legacy.commits[1].revision = 1;
}

const upload = (provider: string, imageName: string, settings: Record<string, string | boolean | undefined>): DecodedUpload =>
    ({ provider, imageName, settings });

/** Fills an empty state with the demo data. */
export function seedDemo(ctx: SimContext): void {
    const { state } = ctx;
    const now = nowSeconds(ctx);
    seedBlueprints(state, now);
    for (const s of DEMO_SOURCES)
        state.sources[s.id] = deepCopy(s);

    const w = (name: string, type: string, spec: ComposeSpec, u?: DecodedUpload): void => add(state, weldrCompose(ctx, name, type, spec, u));
    w("web-server", "qcow2", { state: "FINISHED", age: 6 * DAY, duration: 612 });
    w("web-server", "ami", { state: "FINISHED", age: 5 * DAY, duration: 845 },
        upload("aws", "web-server-ami", { region: "eu-central-1", accessKeyID: "AKIAEXAMPLE", secretAccessKey: "secret", bucket: "composer-images", key: "" }));
    w("rhel10-db", "vhd", { state: "FINISHED", age: 4 * DAY, duration: 731 },
        upload("azure", "rhel10-db.vhd", { storageAccount: "composerimages", storageAccessKey: "c2VjcmV0", container: "images" }));
    w("rhel9-hardened", "vmdk", { state: "FINISHED", age: 3 * DAY, duration: 958 },
        upload("vmware", "rhel9-hardened", { host: "vcenter.example.com", username: "administrator@vsphere.local", password: "secret", datacenter: "DC1", cluster: "Cluster1", datastore: "datastore1", folder: "" }));
    w("base-image", "minimal-raw", { state: "FINISHED", age: 2 * DAY, duration: 301 });
    w("edge-device", "edge-commit", { state: "FINISHED", age: 2 * DAY - 3 * HOUR, duration: 1204 });
    w("fedora-btrfs-workstation", "image-installer", { state: "FAILED", age: 1 * DAY, duration: 188 });
    w("kiosk", "qcow2", { state: "FAILED", age: 20 * HOUR, duration: 95, canceled: true });
    w("centos-container-host", "qcow2", { state: "RUNNING", age: 25 * 60 });
    w("aws-golden-ami", "ami", { state: "WAITING", age: 10 * 60 },
        upload("aws", "golden-ami-3.2.0", { region: "us-west-2", accessKeyID: "AKIAEXAMPLE", secretAccessKey: "secret", bucket: "golden-images", key: "golden-ami-3.2.0" }));

    const c = (s: CloudSpec, spec: ComposeSpec): void => add(state, cloudCompose(ctx, s, spec));
    const webBp = { name: "web-server", version: "0.0.3", packages: [{ name: "httpd" }, { name: "mod_ssl" }] };
    c({ distro: "rhel-9.6", imageType: "aws", target: "aws", options: { region: "eu-central-1", share_with_accounts: ["123456789012"] } }, { state: "FINISHED", age: 7 * DAY, duration: 1320 });
    c({ distro: "fedora-43", imageType: "guest-image", target: "aws.s3", options: { region: "us-east-1", public: true }, blueprint: webBp }, { state: "FINISHED", age: 6 * DAY + HOUR, duration: 700 });
    c({ distro: "rhel-9.6", imageType: "gcp", target: "gcp", options: { region: "europe-west3", bucket: "composer-gcp-images", image_name: "rhel96-web" } }, { state: "FINISHED", age: 5 * DAY + HOUR, duration: 1100 });
    c({ distro: "rhel-10.0", imageType: "azure", target: "azure", options: { tenant_id: "5c7ef5b6-1c3f-4da0-a622-0b060239d7d7", subscription_id: "4e5d8b2c-ab24-4413-90c5-612306e809e2", resource_group: "image-builder", location: "westeurope", hyper_v_generation: "V2" } }, { state: "FINISHED", age: 4 * DAY + HOUR, duration: 980 });
    c({ distro: "rhel-9.6", imageType: "edge-container", target: "container", options: { name: "edge/rhel9-edge", tag: "2.1.0" } }, { state: "FINISHED", age: 3 * DAY + HOUR, duration: 1430 });
    c({ distro: "rhel-9.6", imageType: "oci", target: "oci.objectstorage", options: {} }, { state: "FINISHED", age: 2 * DAY + HOUR, duration: 890 });
    c({ distro: "fedora-43", imageType: "guest-image", target: "local", options: {}, blueprint: { name: "bp", version: "0.0.1", packages: [{ name: "tmux" }] } }, { state: "FINISHED", age: DAY + HOUR, duration: 402 });
    c({ distro: "rhel-9.6", imageType: "aws", target: "aws", options: { region: "us-east-1", share_with_accounts: ["123456789012"] } }, {
        state: "FAILED", age: 22 * HOUR, duration: 1500,
        error: { id: 28, reason: "at least one target failed", details: [{ id: 12, reason: "error importing image", details: "org.osbuild.aws" }] },
    });
    c({ distro: "fedora-44", imageType: "vsphere", target: "aws.s3", options: { region: "eu-west-1" } }, { state: "RUNNING", age: 15 * 60 });
    c({ distro: "centos-9", imageType: "guest-image", arch: "aarch64", target: "aws.s3", options: { region: "eu-west-1" } }, { state: "WAITING", age: 5 * 60 });
    add(state, kojiCompose(ctx, { state: "FINISHED", age: 9 * DAY, duration: 2400 }));
}

export interface BulkCounts {
    blueprints: number;
    finishedComposes: number;
    runningComposes: number;
}

/** Adds many blueprints and composes quickly (artifacts are written lazily on download). */
export function seedBulk(state: SimState, counts: BulkCounts, now = Date.now() / 1000): void {
    const distros = ["fedora-43", "fedora-44", "rhel-9.6", "rhel-10.0", "centos-9"];
    const names: string[] = [];
    for (let i = 0; i < counts.blueprints; i++) {
        const name = `bulk-${String(i).padStart(5, "0")}`;
        const bp: Blueprint = { name, description: `Bulk blueprint ${i}`, version: "1.0.0", distro: distros[i % distros.length], packages: [{ name: "tmux" }, { name: "httpd" }] };
        const pushed = commitBlueprint(state, bp, `Recipe ${name}, version 1.0.0 saved.`, new Date((now - i * 60) * 1000));
        if (pushed.error === undefined)
            names.push(name);
    }
    const types = ["qcow2", "ami", "vhd", "image-installer"];
    const total = counts.finishedComposes + counts.runningComposes;
    for (let i = 0; i < total; i++) {
        const running = i >= counts.finishedComposes;
        const name = names.length ? names[i % names.length] : "";
        const entry = committedBlueprint(state.blueprints[name]);
        const distro = entry?.distro && typeof entry.distro === "string" ? entry.distro : distros[i % distros.length];
        const imageType = canonicalType(distro, types[i % types.length]) ?? "qcow2";
        const info = artifactInfo(imageType);
        const created = now - (total - i) * 90;
        const c: ComposeRecord = {
            id: randomUUID(), api: "weldr", blueprintName: name, blueprintVersion: entry?.version ?? "", blueprint: entry && isRecord(entry) ? deepCopy(entry) : null,
            distro, images: [{ imageType, arch: "x86_64", size: imageSize(imageType, 0), targets: [{ type: "local", upload_options: {} }], filename: info.filename, mimeType: info.mimeType }],
            state: running ? "RUNNING" : "FINISHED", created, started: created + 5, log: "", packages: [],
            ...(running ? { buildSeconds: 7 * DAY } : { finished: created + 65 }),
        };
        state.composes[c.id] = c;
    }
}
