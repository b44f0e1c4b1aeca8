// The requests that start a compose, built from what the user chose, or the problems that keep
// them from being sent: the Weldr compose body (reference §1.5) and the Cloud API ComposeRequest
// (§3.2, the OpenAPI spec), with Koji (§4). Also which API serves a choice (DESIGN.md "Where a
// compose goes"). Pure.
import { BLUEPRINT_NAME_PATTERN, type Blueprint } from "./blueprint";
import { isCloudImageType, ostreeSupport } from "./imageTypes";
import { type KojiRequest, type KojiValues, kojiProblems, kojiRequest } from "./koji";
import type { TargetProblemCode } from "./targetChecks";
import {
    type TargetApi, type TargetDef, type TargetValues, type WeldrUpload, cloudUploadOptions, defaultCloudTarget, targetById, targetFits,
    targetProblems, weldrUpload,
} from "./targets";
import { type Dropped, toCloudBlueprint } from "./toCloud";

/** Where the user wants the image to go */
export type Destination = "local" | "worker-credentials" | "typed-credentials" | "koji";

/**
 * The API that serves a destination: a local image through Weldr (or the Cloud API's `local`
 * target when preferred), clouds with the worker's credentials through the Cloud API (locations
 * come back), typed-in credentials through Weldr's `upload`, Koji through the Cloud API.
 */
export function apiFor(destination: Destination, preferCloudForLocal = false): TargetApi {
    switch (destination) {
    case "local": return preferCloudForLocal ? "cloud" : "weldr";
    case "typed-credentials": return "weldr";
    case "worker-credentials":
    case "koji": return "cloud";
    }
}

/** The destination a target stands for */
export function destinationOf(target: TargetDef): Destination {
    if (target.type === "local")
        return "local";
    return target.api === "cloud" ? "worker-credentials" : "typed-credentials";
}

export type ComposeProblemCode =
    | TargetProblemCode
    | "blueprint-name"          // no blueprint name, or one Weldr would refuse
    | "no-image"                // no image request at all
    | "too-many-images"         // several image requests without Koji (composer error 25)
    | "duplicate-image"         // the same image type and architecture twice in a Koji compose
    | "unknown-image-type"      // not in the Cloud API's ImageTypes enum
    | "bootc-only"              // bootable-container-iso needs a bootc reference, not a distribution
    | "target-not-allowed"      // the target does not fit the image type (composer error 38), or belongs to the other API
    | "no-target"               // a Cloud image request without Koji needs an upload target
    | "koji-one-upload"         // a Koji image request takes one extra upload at most
    | "koji-upload-not-default" // a Koji image uploads only to its own cloud (params.expected)
    | "size"                    // not a whole number of bytes
    | "ostree-not-supported"    // ostree options for a type that does not take them
    | "ostree-url-required"     // this type builds from an ostree commit and needs its URL
    | "ostree-parent-needs-url" // a parent is fetched from the URL
    | "ostree-ref"              // not an ostree ref like rhel/9/x86_64/edge
    | "weldr-no-distro";        // Weldr builds for the blueprint's distro or the host's, and neither is buildable (params.host)

export interface ComposeProblem {
    /** where in the choice: "blueprint_name", "images.0.targets.1.region", "koji.task_id", "ostree.url"… */
    path: string;
    code: ComposeProblemCode;
    params?: Record<string, string | number>;
}

export type Built<T> =
    | { ok: true; request: T; dropped: Dropped[] }
    | { ok: false; problems: ComposeProblem[] };

export interface OstreeValues {
    ref?: string;
    parent?: string;
    url?: string;
}

export interface ChosenTarget {
    targetId: string;
    values: TargetValues;
}

const OSTREE_REF = /^(?:[\w\d][-._\w\d]*\/)*[\w\d][-._\w\d]*$/;

function ostreeOptions(imageType: string, ostree: OstreeValues | undefined, at: string, problems: ComposeProblem[]): OstreeValues | undefined {
    const options: OstreeValues = {};
    for (const key of ["ref", "parent", "url"] as const) {
        const value = ostree?.[key]?.trim();
        if (value)
            options[key] = value;
    }
    const support = ostreeSupport(imageType);
    if (Object.keys(options).length === 0) {
        if (support === "url")
            problems.push({ path: `${at}ostree.url`, code: "ostree-url-required" });
        return undefined;
    }
    if (support === "none") {
        problems.push({ path: `${at}ostree`, code: "ostree-not-supported" });
        return undefined;
    }
    if (options.ref && !OSTREE_REF.test(options.ref))
        problems.push({ path: `${at}ostree.ref`, code: "ostree-ref" });
    if (options.url && !/^https?:\/\/[^\s/]+/.test(options.url))
        problems.push({ path: `${at}ostree.url`, code: "url", params: { schemes: "http, https" } });
    if (!options.url && support === "url")
        problems.push({ path: `${at}ostree.url`, code: "ostree-url-required" });
    else if (options.parent && !options.url)
        problems.push({ path: `${at}ostree.parent`, code: "ostree-parent-needs-url" });
    return options;
}

function sizeBytes(size: number | undefined, at: string, problems: ComposeProblem[]): number {
    if (size === undefined)
        return 0;
    if (!Number.isSafeInteger(size) || size < 0) {
        problems.push({ path: `${at}size`, code: "size" });
        return 0;
    }
    return size;
}

export interface WeldrComposeChoice {
    blueprintName: string;
    /** a Weldr image type name or alias */
    imageType: string;
    /** the blueprint's distro, for the upload conventions of Fedora's type names */
    distro?: string;
    /** bytes; 0 or absent: the type's default */
    size?: number;
    ostree?: OstreeValues;
    /** a "weldr:…" target; absent or "weldr:local": no upload */
    target?: ChosenTarget;
}

export interface WeldrComposeBody {
    blueprint_name: string;
    compose_type: string;
    size: number;
    ostree?: OstreeValues;
    upload?: WeldrUpload;
}

/** The body of POST /api/v1/compose (`upload` is honoured on v1 only) */
export function buildWeldrCompose(choice: WeldrComposeChoice): Built<WeldrComposeBody> {
    const problems: ComposeProblem[] = [];
    if (!BLUEPRINT_NAME_PATTERN.test(choice.blueprintName))
        problems.push({ path: "blueprint_name", code: "blueprint-name" });
    if (choice.imageType.trim() === "")
        problems.push({ path: "compose_type", code: "required" });
    const body: WeldrComposeBody = { blueprint_name: choice.blueprintName, compose_type: choice.imageType, size: sizeBytes(choice.size, "", problems) };
    const ostree = ostreeOptions(choice.imageType, choice.ostree, "", problems);
    if (ostree)
        body.ostree = ostree;
    if (choice.target) {
        const target = targetById(choice.target.targetId);
        if (!target || target.api !== "weldr" || !targetFits(target, choice.imageType, choice.distro)) {
            problems.push({ path: "target", code: "target-not-allowed" });
        } else {
            for (const found of targetProblems(target, choice.target.values))
                problems.push({ path: `target.${found.key}`, code: found.code, ...(found.params ? { params: found.params } : {}) });
            const upload = weldrUpload(target, choice.target.values);
            if (upload)
                body.upload = upload;
        }
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, request: body, dropped: [] };
}

export interface CloudImageChoice {
    architecture: string;
    /** a Cloud ImageTypes name */
    imageType: string;
    size?: number;
    ostree?: OstreeValues;
    /** "cloud:…" targets; with Koji at most one, to the image type's own cloud */
    targets: ChosenTarget[];
}

export interface CloudComposeChoice {
    distribution: string;
    /** the Weldr blueprint; converted to the Cloud API's subset */
    blueprint?: Blueprint;
    images: CloudImageChoice[];
    koji?: KojiValues;
}

export interface CloudImageRequest {
    architecture: string;
    image_type: string;
    repositories: [];
    size?: number;
    ostree?: OstreeValues;
    upload_targets?: { type: string; upload_options: Record<string, unknown> }[];
    upload_options?: Record<string, unknown>;
}

export interface CloudComposeRequest {
    distribution: string;
    blueprint?: Record<string, unknown>;
    image_request?: CloudImageRequest;
    image_requests?: CloudImageRequest[];
    koji?: KojiRequest;
}

function imageRequest(image: CloudImageChoice, at: string, koji: boolean, problems: ComposeProblem[]): CloudImageRequest {
    if (image.architecture.trim() === "")
        problems.push({ path: `${at}architecture`, code: "required" });
    if (image.imageType === "bootable-container-iso")
        problems.push({ path: `${at}image_type`, code: "bootc-only" });
    else if (!isCloudImageType(image.imageType))
        problems.push({ path: `${at}image_type`, code: "unknown-image-type" });
    const request: CloudImageRequest = { architecture: image.architecture.trim(), image_type: image.imageType, repositories: [] };
    const size = sizeBytes(image.size, at, problems);
    if (size > 0)
        request.size = size;
    const ostree = ostreeOptions(image.imageType, image.ostree, at, problems);
    if (ostree)
        request.ostree = ostree;
    if (!koji && image.targets.length === 0)
        problems.push({ path: `${at}targets`, code: "no-target" });
    if (koji && image.targets.length > 1)
        problems.push({ path: `${at}targets`, code: "koji-one-upload" });
    image.targets.forEach((chosen, index) => {
        const where = `${at}targets.${index}`;
        const target = targetById(chosen.targetId);
        if (!target || target.api !== "cloud" || !targetFits(target, image.imageType)) {
            problems.push({ path: where, code: "target-not-allowed" });
            return;
        }
        const expected = defaultCloudTarget(image.imageType);
        if (koji && target.type !== expected) {
            problems.push({ path: where, code: "koji-upload-not-default", params: { expected: expected ?? "" } });
            return;
        }
        for (const found of targetProblems(target, chosen.values))
            problems.push({ path: `${where}.${found.key}`, code: found.code, ...(found.params ? { params: found.params } : {}) });
        const options = cloudUploadOptions(target, chosen.values);
        if (koji)
            request.upload_options = options;
        else
            (request.upload_targets ??= []).push({ type: target.type, upload_options: options });
    });
    return request;
}

/** The body of the Cloud API's POST /compose; `dropped` lists the blueprint fields it cannot carry */
export function buildCloudCompose(choice: CloudComposeChoice): Built<CloudComposeRequest> {
    const problems: ComposeProblem[] = [];
    const koji = choice.koji !== undefined;
    if (choice.distribution.trim() === "")
        problems.push({ path: "distribution", code: "required" });
    const request: CloudComposeRequest = { distribution: choice.distribution.trim() };
    let dropped: Dropped[] = [];
    if (choice.blueprint) {
        if (typeof choice.blueprint.name !== "string" || !BLUEPRINT_NAME_PATTERN.test(choice.blueprint.name))
            problems.push({ path: "blueprint.name", code: "blueprint-name" });
        const converted = toCloudBlueprint(choice.blueprint);
        // a blueprint's distro overrides `distribution` in composer: make it the one chosen
        if (typeof converted.blueprint.distro === "string" && request.distribution !== "")
            converted.blueprint.distro = request.distribution;
        request.blueprint = converted.blueprint;
        dropped = converted.dropped;
    }
    if (choice.images.length === 0)
        problems.push({ path: "images", code: "no-image" });
    if (!koji && choice.images.length > 1)
        problems.push({ path: "images", code: "too-many-images" });
    const seen = new Set<string>();
    choice.images.forEach((image, index) => {
        const key = `${image.imageType}/${image.architecture}`;
        if (seen.has(key))
            problems.push({ path: `images.${index}`, code: "duplicate-image" });
        seen.add(key);
    });
    const images = choice.images.map((image, index) => imageRequest(image, `images.${index}.`, koji, problems));
    if (koji) {
        for (const found of kojiProblems(choice.koji ?? {}))
            problems.push({ path: `koji.${found.key}`, code: found.code, ...(found.params ? { params: found.params } : {}) });
        request.image_requests = images;
        request.koji = kojiRequest(choice.koji ?? {}) ?? undefined;
    } else if (images.length === 1) {
        request.image_request = images[0];
    }
    return problems.length > 0 ? { ok: false, problems } : { ok: true, request, dropped };
}
