// What a Koji build itself keeps of an osbuild compose (reference §4.3), read from `getBuild().extra`:
// per image file its arch, boot mode, osbuild artifact and version, its upload target results as
// Locations and their errors, and the attached osbuild manifest's info. This outlives the task's
// files (compose-status.json is garbage-collected with the task). Untrusted input degrades. Pure.
import type { ComposeError } from "./errorTree";
import { type Location, locationsFromTargetResults } from "./locations";
import { displayText } from "./safeUrl";

const N_ = (message: string): string => message;

export interface KojiManifestInfo {
    /** the output's file name, `<image>.manifest.json` */
    filename: string;
    arch?: string;
    composerVersion?: string;
    deps: { path: string; version: string; replace?: string }[];
}

export interface KojiImageFile {
    filename: string;
    arch?: string;
    /** legacy, uefi, hybrid or none; absent when the worker did not record it */
    bootMode?: string;
    exportFilename?: string;
    exportName?: string;
    osbuildVersion?: string;
    /** upload_target_results without the Koji target; failed ones carry their error */
    locations: Location[];
    /** the target errors of this image, in order */
    errors: ComposeError[];
    manifest?: KojiManifestInfo;
}

export interface KojiBuildSummary {
    images: KojiImageFile[];
    /** every manifest, including ones no image file matches */
    manifests: KojiManifestInfo[];
    /** msgids: what was missing or malformed */
    notes: string[];
}

const MAX_IMAGES = 1000;
const MAX_DEPS = 5000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

/** A short string field as display text; undefined when absent or not a string. */
const text = (value: unknown): string | undefined =>
    typeof value === "string" && value !== "" ? displayText(value, 1024) : undefined;

function setIf<T extends object, K extends keyof T>(target: T, key: K, value: T[K] | undefined): void {
    if (value !== undefined)
        target[key] = value;
}

function readManifest(filename: string, value: unknown): KojiManifestInfo {
    const manifest: KojiManifestInfo = { filename: displayText(filename, 1024), deps: [] };
    if (!isRecord(value))
        return manifest;
    setIf(manifest, "arch", text(value.arch));
    const info = isRecord(value.info) ? value.info : {};
    setIf(manifest, "composerVersion", text(info.osbuild_composer_version));
    if (Array.isArray(info.osbuild_composer_deps)) {
        for (const dep of info.osbuild_composer_deps.slice(0, MAX_DEPS)) {
            if (!isRecord(dep) || typeof dep.path !== "string")
                continue;
            const entry: KojiManifestInfo["deps"][number] = { path: displayText(dep.path, 1024), version: text(dep.version) ?? "" };
            setIf(entry, "replace", typeof dep.replace === "string" ? text(dep.replace) : isRecord(dep.replace) ? displayText(dep.replace, 1024) : undefined);
            manifest.deps.push(entry);
        }
    }
    return manifest;
}

function readImage(filename: string, value: unknown, notes: string[]): KojiImageFile {
    const image: KojiImageFile = { filename: displayText(filename, 1024), locations: [], errors: [] };
    if (!isRecord(value)) {
        notes.push(N_("An image entry of the build is not an object."));
        return image;
    }
    setIf(image, "arch", text(value.arch));
    setIf(image, "bootMode", text(value.boot_mode));
    setIf(image, "osbuildVersion", text(value.osbuild_version));
    if (isRecord(value.osbuild_artifact)) {
        setIf(image, "exportFilename", text(value.osbuild_artifact.export_filename));
        setIf(image, "exportName", text(value.osbuild_artifact.export_name));
    }
    if (value.upload_target_results !== undefined && value.upload_target_results !== null && !Array.isArray(value.upload_target_results))
        notes.push(N_("The upload target results of an image are not a list."));
    image.locations = locationsFromTargetResults(value.upload_target_results);
    image.errors = image.locations.flatMap(l => l.error ? [l.error] : []);
    return image;
}

/**
 * Reads a Koji build's `extra` (or the whole build from getBuild, whose `extra` is then used).
 * Images are sorted by file name; manifests are matched to images by `<image>.manifest.json`.
 */
export function readKojiBuildExtra(input: unknown): KojiBuildSummary {
    const summary: KojiBuildSummary = { images: [], manifests: [], notes: [] };
    let extra = input;
    if (isRecord(extra) && !("typeinfo" in extra) && "extra" in extra)
        extra = extra.extra;
    if (!isRecord(extra)) {
        summary.notes.push(N_("The build has no extra metadata."));
        return summary;
    }
    const typeinfo = isRecord(extra.typeinfo) ? extra.typeinfo : undefined;
    const images = typeinfo && isRecord(typeinfo.image) ? typeinfo.image : undefined;
    if (!images)
        summary.notes.push(N_("The build has no image information (typeinfo.image); it may not be an osbuild build."));

    if (isRecord(extra.osbuild_manifest)) {
        for (const [name, value] of Object.entries(extra.osbuild_manifest).slice(0, MAX_IMAGES))
            summary.manifests.push(readManifest(name, value));
    } else if (extra.osbuild_manifest !== undefined)
        summary.notes.push(N_("The build's manifest information is not an object."));

    const entries = Object.entries(images ?? {});
    if (entries.length > MAX_IMAGES)
        summary.notes.push(N_("The build lists more images than can be shown; the first ones are shown."));
    for (const [filename, value] of entries.slice(0, MAX_IMAGES).sort(([a], [b]) => a.localeCompare(b))) {
        const image = readImage(filename, value, summary.notes);
        const manifest = summary.manifests.find(m => m.filename === `${image.filename}.manifest.json`);
        if (manifest)
            image.manifest = manifest;
        summary.images.push(image);
    }
    summary.notes = [...new Set(summary.notes)];
    return summary;
}
