// Hostile content for the e2e tests (test/e2e/hostile.spec.ts): compose records whose every
// service-supplied string is an attack or an abuse (HTML, javascript:/data: URLs, a 1 MB string,
// right-to-left override and zero-width characters). A composer cannot be made to produce these
// through its API, so the test writes them into the stand-in's state file while it is stopped.

import { randomUUID } from "node:crypto";

import type { Blueprint, BlueprintEntry, CloudTarget, CloudUploadType, ComposeRecord, SourceV1 } from "./model";

/** Every hostile string carries this, so a test can find what the page made of it. */
export const HOSTILE_TAG = "foundry-pwned";

export const HOSTILE = {
    /** would create an element (and run its handler) if rendered as HTML */
    html: `<img src="x" onerror="window.__foundryPwned=1"><${HOSTILE_TAG}>bold</${HOSTILE_TAG}><script>window.__foundryPwned=2</script>`,
    javascriptUrl: "javascript:window.__foundryPwned=3//https://example.com",
    dataUrl: "data:text/html,<script>window.__foundryPwned=4</script>",
    /** 1 MiB without a space: nothing can wrap it at a word boundary */
    huge: "A".repeat(1024 * 1024),
    /** U+202E RIGHT-TO-LEFT OVERRIDE and U+200B ZERO WIDTH SPACE */
    bidi: "evil\u202Egpj.exe\u200B\u200Bend",
} as const;

const HOUR = 3600;

function image(cloudType: string, type: CloudUploadType, result: Record<string, unknown>, arch = "x86_64"): ComposeRecord["images"][number] {
    const target: CloudTarget = { type, upload_options: {}, result };
    return { imageType: "qcow2", cloudImageType: cloudType, arch, size: 2 * 1024 ** 3, targets: [target], filename: "disk.qcow2", mimeType: "application/x-qemu-disk" };
}

function record(now: number, images: ComposeRecord["images"], extra: Partial<ComposeRecord> = {}): ComposeRecord {
    return {
        id: randomUUID(), api: "cloud", blueprintName: "", blueprintVersion: "", blueprint: null, distro: "fedora-43",
        images, state: "FINISHED", created: now - HOUR, started: now - HOUR + 20, finished: now - HOUR + 600,
        log: `${HOSTILE.html}\n${HOSTILE.bidi}\n`, packages: [], ...extra,
    };
}

export interface HostileComposes {
    /** each finished upload target type with hostile result fields */
    uploads: ComposeRecord[];
    /** failed, with a hostile nested error tree */
    failed: ComposeRecord;
    /** a Koji build: hostile hub and NVR, ids that are not numbers */
    koji: ComposeRecord;
}

export function hostileComposes(now = Date.now() / 1000): HostileComposes {
    const uploads = [
        record(now, [image("aws", "aws", { ami: HOSTILE.html, region: HOSTILE.javascriptUrl })]),
        record(now, [image("guest-image", "aws.s3", { url: HOSTILE.javascriptUrl })]),
        record(now, [image("gcp", "gcp", { project_id: HOSTILE.dataUrl, image_name: HOSTILE.huge })]),
        record(now, [image("azure", "azure", { image_name: HOSTILE.bidi })]),
        record(now, [image("iot-container", "container", { url: HOSTILE.html, digest: HOSTILE.huge })]),
        record(now, [image("oci", "oci.objectstorage", { url: HOSTILE.dataUrl })]),
        record(now, [image("guest-image", "local", { artifact_path: HOSTILE.bidi })]),
    ];
    const failed = record(now, [image("aws", "aws", {})], {
        state: "FAILED",
        error: { id: 28, reason: HOSTILE.html, details: [{ id: 12, reason: HOSTILE.bidi, details: HOSTILE.huge }, { id: 13, reason: HOSTILE.javascriptUrl, details: { html: HOSTILE.html } }] },
    });
    const koji = record(now, [image("guest-image", "aws.s3", { url: HOSTILE.dataUrl }), image("guest-image", "aws.s3", { url: HOSTILE.javascriptUrl }, "aarch64")], {
        koji: {
            server: HOSTILE.javascriptUrl, task_id: HOSTILE.html as unknown as number, name: HOSTILE.html, version: HOSTILE.bidi, release: HOSTILE.huge,
            build_id: HOSTILE.html as unknown as number,
        },
        request: { distribution: "fedora-43", koji: { server: HOSTILE.javascriptUrl, task_id: HOSTILE.html, name: HOSTILE.html, version: HOSTILE.bidi, release: "1" } },
    });
    return { uploads, failed, koji };
}

/**
 * A name that reads as another ("e2e-prodweb") but holds a bidi isolate, a zero-width space and a
 * byte order mark; composer's API refuses such names, a hostile or broken service need not.
 */
export const SPOOFED_NAME = "e2e-\u2066prod\u200Bweb\uFEFF";
/** SPOOFED_NAME as the page shows it */
export const SPOOFED_SHOWN = "e2e-\\u2066prod\\u200Bweb\\uFEFF";

export interface SpoofedRecords {
    compose: ComposeRecord;
    source: SourceV1;
    /** a blueprint of that name (blueprints/info refuses a batch holding it, as composer does) */
    blueprint: BlueprintEntry;
}

/** A Weldr compose of a blueprint named SPOOFED_NAME, a source and a blueprint of that name. */
export function spoofedRecords(now = Date.now() / 1000): SpoofedRecords {
    const blueprint: Blueprint = { name: SPOOFED_NAME, version: "1.0.0", description: `a spoofed name ${SPOOFED_NAME}`, packages: [] };
    return {
        compose: record(now, [{ imageType: "qcow2", arch: "x86_64", size: 2 * 1024 ** 3, targets: [{ type: "local", upload_options: {} }], filename: "disk.qcow2", mimeType: "application/x-qemu-disk" }], {
            api: "weldr", blueprintName: SPOOFED_NAME, blueprintVersion: "1.0.0", blueprint, log: "",
        }),
        source: {
            id: SPOOFED_NAME, name: SPOOFED_NAME, type: "yum-baseurl", url: `https://example.com/${SPOOFED_NAME}/`,
            check_gpg: false, check_ssl: true, system: false, rhsm: false, check_repogpg: false,
        },
        blueprint: {
            commits: [{ commit: "5".repeat(40), message: "Recipe spoofed, version 1.0.0 saved.", timestamp: new Date(now * 1000).toISOString().replace(/\.\d+Z$/, "Z"), revision: null, blueprint }],
            workspace: null,
        },
    };
}
