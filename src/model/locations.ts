// Where an image went: Cloud `upload_status`/`upload_statuses` (reference §3.3), koji-osbuild
// `image_statuses[].upload_status` (§4.1) and Koji build `upload_target_results` (§4.3) as one
// list of Locations. Every value is text with a copy value; links are built from validated parts
// only (DESIGN principle 6). Untrusted input degrades to text, never throws. Pure.
import { type ComposeError, normalizeError } from "./errorTree";
import { copyText, displayText, safeHttpUrl } from "./safeUrl";

const N_ = (message: string): string => message;

export type LocationStatus = "pending" | "running" | "success" | "failure" | "unknown";

export interface LocationValue {
    /** msgid of the label; for options of unknown targets, the option's key as it came (raw) */
    label: string;
    raw?: true;
    /** display-safe text */
    text: string;
    /** what the copy button copies */
    copy: string;
}

export interface Location {
    /** upload type as the Cloud API names it (aws, aws.s3, gcp, azure, container, oci.objectstorage, local, …) */
    type: string;
    status: LocationStatus;
    /** msgid */
    title: string;
    values: LocationValue[];
    link?: { href: string; label: string };
    /** the target's own error (Koji `target_error`) */
    error?: ComposeError;
    /** msgids: why this location shows less than it should (missing values, no link) */
    notes: string[];
}

/** Longest value a link or command is built from; real ones are far shorter (S3 URLs ~2 kB). */
const MAX_PART = 4096;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const AMI = /^ami-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;
const GCP_PROJECT = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const GCP_IMAGE = /^[a-z](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
// a container reference without a digest: [registry[:port]/]path[:tag] (a short name resolves through podman's aliases)
const CONTAINER_REF = /^[a-z0-9][a-z0-9.-]*(?::\d{1,5})?(?:\/[a-z0-9][a-z0-9._-]*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[A-Fa-f0-9]{32,128}$/;

/** Koji `upload_target_results[].name` → Cloud upload type. */
export const KOJI_TARGET_TYPES: Record<string, string> = {
    "org.osbuild.aws": "aws",
    "org.osbuild.aws.s3": "aws.s3",
    "org.osbuild.gcp": "gcp",
    "org.osbuild.azure.image": "azure",
    "org.osbuild.container": "container",
    "org.osbuild.oci.objectstorage": "oci.objectstorage",
    "org.osbuild.pulp.ostree": "pulp.ostree",
    "org.osbuild.worker.server": "local",
};

const TITLES: Record<string, string> = {
    aws: N_("Amazon Web Services (EC2)"),
    "aws.s3": N_("Amazon S3"),
    gcp: N_("Google Cloud"),
    azure: N_("Microsoft Azure"),
    container: N_("Container registry"),
    "oci.objectstorage": N_("Oracle Cloud object storage"),
    "pulp.ostree": N_("Pulp OSTree repository"),
    local: N_("On the composer host"),
};
const UNKNOWN_TITLE = N_("Other target");

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

const STATUSES: readonly string[] = ["pending", "running", "success", "failure"];

function statusOf(value: unknown): LocationStatus {
    return typeof value === "string" && STATUSES.includes(value) ? value as LocationStatus : "unknown";
}

/** The type as text that can key a table: a string, else "unknown". */
function typeOf(value: unknown): string {
    return typeof value === "string" && value !== "" ? displayText(value, 200) : "unknown";
}

/** Builds one Location for a type, its status and its result options. */
export function locationFor(type: string, status: LocationStatus, options: unknown, error?: ComposeError): Location {
    const location: Location = { type, status, title: Object.hasOwn(TITLES, type) ? TITLES[type] : UNKNOWN_TITLE, values: [], notes: [] };
    if (error)
        location.error = error;
    if (status === "failure" && !error)
        location.notes.push(N_("The upload to this target failed."));
    const opts = isRecord(options) ? options : {};
    if (options !== undefined && options !== null && !isRecord(options))
        location.notes.push(N_("The target's result is not an object; shown as text."));

    // the string a link or command may be built from: short enough to be real, else undefined
    const str = (key: string): string | undefined => {
        const value = opts[key];
        return typeof value === "string" && value !== "" && value.length <= MAX_PART ? value : undefined;
    };
    const add = (key: string, label: string): string | undefined => {
        const value = opts[key];
        if (value === undefined || value === null || value === "") {
            if (status === "success")
                location.notes.push(N_("A value the target should report is missing."));
            return undefined;
        }
        location.values.push({ label, text: displayText(value), copy: copyText(value) });
        const text = str(key);
        if (text === undefined)
            location.notes.push(N_("A value is not text or is too long; it is shown as it came."));
        return text;
    };
    const linkTo = (href: string | null, label: string, note: string) => {
        if (href)
            location.link = { href, label };
        else
            location.notes.push(note);
    };

    switch (type) {
    case "aws": {
        const ami = add("ami", N_("AMI"));
        const region = add("region", N_("Region"));
        if (ami && region) {
            const ok = AMI.test(ami) && AWS_REGION.test(region) && !/^(cn|us-gov|us-iso[a-z]?)-/.test(region);
            linkTo(ok ? safeHttpUrl(`https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${ami}`) : null,
                   N_("Open in the AWS console"), N_("The AMI or region is not one the AWS console link can be built for."));
        }
        break;
    }
    case "aws.s3":
    case "oci.objectstorage":
    case "pulp.ostree": {
        const key = type === "pulp.ostree" ? "repo_url" : "url";
        const url = add(key, N_("URL"));
        if (url)
            linkTo(safeHttpUrl(url), type === "pulp.ostree" ? N_("Open the repository") : N_("Download"), N_("The URL is not an http(s) address, so it is not a link."));
        break;
    }
    case "gcp": {
        const project = add("project_id", N_("Project"));
        const image = add("image_name", N_("Image name"));
        if (project && image)
            linkTo(GCP_PROJECT.test(project) && GCP_IMAGE.test(image)
                ? safeHttpUrl(`https://console.cloud.google.com/compute/imagesDetail/projects/${project}/global/images/${image}`)
                : null,
                   N_("Open in the Google Cloud console"), N_("The project or image name is not one the Google Cloud console link can be built for."));
        break;
    }
    case "azure":
        add("image_name", N_("Image name"));
        break;
    case "container": {
        const url = add("url", N_("Image"));
        const digest = add("digest", N_("Digest"));
        if (url && digest) {
            if (CONTAINER_REF.test(url) && DIGEST.test(digest)) {
                const pull = `podman pull ${url}@${digest}`;
                location.values.push({ label: N_("Pull command"), text: pull, copy: pull });
            } else
                location.notes.push(N_("The image or digest has characters a registry does not allow, so no pull command is offered."));
        }
        break;
    }
    case "local":
        add("artifact_path", N_("Path on the host"));
        break;
    default:
        location.values.push({ label: N_("Type"), text: type, copy: type });
        for (const [key, value] of Object.entries(opts).slice(0, 50))
            location.values.push({ label: displayText(key, 200), raw: true, text: displayText(value), copy: copyText(value) });
    }
    if (options !== undefined && options !== null && !isRecord(options))
        location.values.push({ label: N_("Result"), text: displayText(options), copy: copyText(options) });
    location.notes = [...new Set(location.notes)];
    return location;
}

function notAnObject(value: unknown): Location {
    const location = locationFor("unknown", "unknown", value);
    location.notes.push(N_("This target's status is not an object; shown as text."));
    return location;
}

/** One Cloud `UploadStatus` (`{type, status, options}`) as a Location. */
export function locationFromUploadStatus(upload: unknown): Location {
    if (!isRecord(upload))
        return notAnObject(upload);
    return locationFor(typeOf(upload.type), statusOf(upload.status), upload.options);
}

/**
 * The locations of one Cloud `ImageStatus` (or koji-osbuild image status): `upload_statuses`
 * when it is a list, else the single `upload_status`; none before the job has results.
 */
export function locationsFromImageStatus(image: unknown): Location[] {
    if (!isRecord(image))
        return [];
    if (Array.isArray(image.upload_statuses))
        return image.upload_statuses.map(locationFromUploadStatus);
    if (image.upload_status !== undefined && image.upload_status !== null)
        return [locationFromUploadStatus(image.upload_status)];
    return [];
}

/**
 * One Koji build `upload_target_results[]` entry (`{name, options, target_error?}`) as a Location:
 * success unless it carries a target error. The Koji target itself is skipped by the caller.
 */
export function locationFromTargetResult(result: unknown): Location {
    if (!isRecord(result))
        return notAnObject(result);
    const name = typeof result.name === "string" ? result.name : "";
    const error = normalizeError(result.target_error);
    const type = Object.hasOwn(KOJI_TARGET_TYPES, name) ? KOJI_TARGET_TYPES[name] : typeOf(name);
    return locationFor(type, error ? "failure" : "success", result.options, error);
}

/** All `upload_target_results` of a Koji image, without the Koji target itself. */
export function locationsFromTargetResults(results: unknown): Location[] {
    if (!Array.isArray(results))
        return [];
    return results.filter(r => !(isRecord(r) && r.name === "org.osbuild.koji")).map(locationFromTargetResult);
}
