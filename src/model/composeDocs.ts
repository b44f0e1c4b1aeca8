// Reading the Cloud API's compose documents (reference §3.3): the osbuild log out of
// `/logs` (per image build, per pipeline, per stage), Koji's init and import results, and the
// packages out of `/metadata`. Shapes vary by osbuild version and job type: anything unexpected
// is skipped, never thrown. Pure.

export interface ImagePackage {
    name: string;
    /** epoch:version-release, epoch left out when 0 or absent */
    evr: string;
    arch: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

export function evr(epoch: unknown, version: unknown, release: unknown): string {
    const e = str(epoch);
    const vr = [str(version), str(release)].filter(Boolean).join("-");
    return e && e !== "0" ? `${e}:${vr}` : vr;
}

function stageText(stage: unknown): string {
    if (!isRecord(stage))
        return str(stage);
    const head = `── ${str(stage.type) || "stage"}${stage.success === false ? " (failed)" : ""}`;
    return `${head}\n${str(stage.output)}`;
}

/** The osbuild output of every image build as one text; "" when the job has not ended. */
export function cloudLogText(logs: unknown): string {
    if (!isRecord(logs) || !Array.isArray(logs.image_builds))
        return "";
    const parts: string[] = [];
    logs.image_builds.forEach((build, i) => {
        if (!isRecord(build))
            return;
        if (logs.image_builds instanceof Array && logs.image_builds.length > 1)
            parts.push(`=== image ${i + 1}`);
        const out = build.osbuild_output;
        const log = isRecord(out) ? out.log : undefined;
        if (isRecord(log)) {
            for (const [pipeline, stages] of Object.entries(log)) {
                parts.push(`## ${pipeline}`);
                for (const stage of Array.isArray(stages) ? stages : [stages])
                    parts.push(stageText(stage));
            }
        } else if (typeof log === "string") {
            parts.push(log);
        }
        if (isRecord(build.job_error))
            parts.push(`job error: ${str(build.job_error.reason)}`);
    });
    return parts.join("\n").trim();
}

/** Koji's init and import results, as lines; [] for composes without Koji. */
export function kojiLogLines(logs: unknown): string[] {
    if (!isRecord(logs) || !isRecord(logs.koji))
        return [];
    const lines: string[] = [];
    const init = logs.koji.init;
    if (isRecord(init)) {
        lines.push(`koji init: build id ${str(init.build_id) || "—"}`);
        if (str(init.koji_error))
            lines.push(`koji init error: ${str(init.koji_error)}`);
    }
    const imp = logs.koji.import;
    if (isRecord(imp))
        lines.push(str(imp.koji_error) ? `koji import error: ${str(imp.koji_error)}` : "koji import: ok");
    return lines;
}

/** The image's packages from `/metadata` (`packages[]`), sorted by name. */
export function cloudPackages(metadata: unknown): ImagePackage[] {
    if (!isRecord(metadata) || !Array.isArray(metadata.packages))
        return [];
    return metadata.packages
        .filter(isRecord)
        .filter(p => str(p.name) !== "")
        .map(p => ({ name: str(p.name), evr: evr(p.epoch, p.version, p.release), arch: str(p.arch) }))
        .sort((a, b) => a.name.localeCompare(b.name));
}

/** Packages whose name contains the text (case-insensitive). */
export function searchPackages(packages: readonly ImagePackage[], text: string): ImagePackage[] {
    const needle = text.trim().toLowerCase();
    return needle ? packages.filter(p => p.name.toLowerCase().includes(needle)) : [...packages];
}

export interface RequestSummary {
    blueprint: string;
    version: string;
    distro: string;
    arch: string;
    imageType: string;
}

/** What the original compose request (`/metadata` `request`) says about the image. */
export function cloudRequestSummary(metadata: unknown): RequestSummary {
    const request = isRecord(metadata) && isRecord(metadata.request) ? metadata.request : {};
    const bp = isRecord(request.blueprint) ? request.blueprint : {};
    const images = Array.isArray(request.image_requests) ? request.image_requests : [request.image_request];
    const image = isRecord(images[0]) ? images[0] : {};
    return {
        blueprint: str(bp.name),
        version: str(bp.version),
        distro: str(bp.distro) || str(request.distribution),
        arch: str(image.architecture),
        imageType: str(image.image_type),
    };
}
