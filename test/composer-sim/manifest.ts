// Plausible osbuild artefacts of a compose: the manifest (pipelines, stages,
// sources) and the osbuild log the fake worker prints while it "builds".

import { artifactInfo } from "./imageTypes";
import type { ComposeRecord } from "./model";

function runner(distro: string): string {
    const m = /^(fedora|rhel|centos)-(\d+)(?:\.(\d+))?/.exec(distro);
    if (!m)
        return "org.osbuild.linux";
    return m[1] === "fedora" ? `org.osbuild.fedora${m[2]}` : `org.osbuild.${m[1]}${m[2]}${m[3] ?? ""}`;
}

/** Pipeline names of an image: build, os (or ostree-tree), image and the export. */
export function pipelineNames(imageType: string): { build: string[]; payload: string[] } {
    const exportName = imageType.replace(/^(generic|cloud|server)-/, "");
    if (/commit$|container$/.test(imageType))
        return { build: ["build"], payload: ["ostree-tree", "ostree-commit", exportName] };
    if (/installer$/.test(imageType))
        return { build: ["build"], payload: ["anaconda-tree", "rootfs-image", "efiboot-tree", "bootiso-tree", "bootiso"] };
    return { build: ["build"], payload: ["os", "image", exportName] };
}

const OS_STAGES = ["org.osbuild.rpm", "org.osbuild.fix-bls", "org.osbuild.locale", "org.osbuild.hostname",
    "org.osbuild.timezone", "org.osbuild.users", "org.osbuild.fstab", "org.osbuild.grub2", "org.osbuild.systemd",
    "org.osbuild.selinux"];

/** A fake but well-formed osbuild (v2) manifest for image `index` of a compose. */
export function osbuildManifest(record: ComposeRecord, index = 0): Record<string, unknown> {
    const image = record.images[index] ?? record.images[0];
    const names = pipelineNames(image.imageType);
    const items: Record<string, unknown> = {};
    for (const p of record.packages) {
        if (p.checksum)
            items[p.checksum] = { url: p.remote_location ?? "" };
    }
    const rpmRefs = record.packages.filter(p => p.checksum).map(p => ({ id: p.checksum, options: { metadata: { "rpm.check_gpg": true } } }));
    return {
        version: "2",
        pipelines: [
            {
                name: "build",
                runner: runner(record.distro),
                stages: [
                    { type: "org.osbuild.rpm", inputs: { packages: { type: "org.osbuild.files", origin: "org.osbuild.source", references: rpmRefs.slice(0, 20) } }, options: {} },
                    { type: "org.osbuild.selinux", options: { file_contexts: "etc/selinux/targeted/contexts/files/file_contexts", labels: { "/usr/bin/cp": "system_u:object_r:install_exec_t:s0" } } },
                ],
            },
            ...names.payload.map((name, i) => ({
                name,
                build: "name:build",
                stages: i === 0
                    ? OS_STAGES.map(type => type === "org.osbuild.rpm"
                        ? { type, inputs: { packages: { type: "org.osbuild.files", origin: "org.osbuild.source", references: rpmRefs } }, options: { gpgkeys: ["-----BEGIN PGP PUBLIC KEY BLOCK-----\n…\n-----END PGP PUBLIC KEY BLOCK-----\n"] } }
                        : { type, options: {} })
                    : [{ type: i === names.payload.length - 1 ? "org.osbuild.copy" : "org.osbuild.truncate", options: { filename: artifactInfo(image.imageType).filename } }],
            })),
        ],
        sources: { "org.osbuild.librepo": { items } },
    };
}

/** Log lines osbuild prints for a compose, in order. */
export function osbuildLogLines(record: ComposeRecord): string[] {
    const lines: string[] = [];
    record.images.forEach((image, i) => {
        const names = pipelineNames(image.imageType);
        const prefix = record.images.length > 1 ? `[${image.arch}] ` : "";
        lines.push(`${prefix}Building manifest ${i} for ${image.imageType} (${record.distro}, ${image.arch})`);
        for (const pipeline of [...names.build, ...names.payload]) {
            lines.push(`${prefix}Pipeline ${pipeline}: ${hexId(record.id + pipeline)}`);
            lines.push(`${prefix}Build`);
            lines.push(`${prefix}  root: <host>`);
            lines.push(`${prefix}  runner: ${runner(record.distro)} (${runner(record.distro).replace("org.osbuild.", "")})`);
            const stages = pipeline === "os" || pipeline === "ostree-tree" || pipeline === "build" ? OS_STAGES : ["org.osbuild.truncate", "org.osbuild.copy"];
            for (const stage of stages) {
                lines.push(`${prefix}${stage}: ${hexId(record.id + pipeline + stage)} {`);
                if (stage === "org.osbuild.rpm") {
                    for (const p of record.packages.slice(0, 12))
                        lines.push(`${prefix}  Installing ${p.name}-${p.version}-${p.release}.${p.arch}`);
                    if (record.packages.length > 12)
                        lines.push(`${prefix}  … and ${record.packages.length - 12} more packages`);
                }
                lines.push(`${prefix}}`);
                lines.push(`${prefix}⏱  Duration: ${(1 + (stage.length % 7) * 0.37).toFixed(2)}s`);
            }
        }
    });
    return lines;
}

function hexId(s: string): string {
    let h = 0x811c9dc5;
    let out = "";
    for (let round = 0; round < 8; round++) {
        for (const ch of s + round)
            h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
        out += h.toString(16).padStart(8, "0");
    }
    return out;
}
