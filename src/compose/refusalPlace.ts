// Where in the create-image dialog a refusal of composer belongs: the field or step the service
// names (Cloud error codes of reference §3.1, the JSON pointer of a schema refusal in `details`,
// Weldr error ids of §1.5), so its words are shown there as well as above the form. Pure.
import type { ComposerError } from "../api/composerError";

/** Where the form was sent from: one image (either API) or a Koji compose of several */
export type RefusedShape = "single" | "koji";

const CLOUD_CODES: Readonly<Record<string, { single: string; koji: string }>> = {
    "4": { single: "distribution", koji: "distribution" },      // unsupported distribution
    "40": { single: "distribution", koji: "distribution" },     // blueprint and request distribution differ
    "5": { single: "architecture", koji: "images" },            // unsupported architecture
    "41": { single: "architecture", koji: "images" },
    "6": { single: "image_type", koji: "images" },              // unsupported image type (for the distro and arch)
    "25": { single: "images", koji: "images" },                 // number of image builds
    "38": { single: "target", koji: "images" },                 // upload target does not fit the image type
    "9": { single: "ostree.ref", koji: "images" },              // invalid ostree ref
    "10": { single: "ostree.url", koji: "images" },             // ostree repository not resolved
    "27": { single: "ostree.url", koji: "images" },             // ostree parameters
};

/** The form path a schema refusal's JSON pointer ("/image_request/upload_targets/0/upload_options/region") stands for */
export function pointerPath(pointer: string): string | null {
    const parts = pointer.split("/").slice(1).map(p => p.replace(/~1/g, "/").replace(/~0/g, "~"));
    const [top, second, third, fourth, fifth, sixth] = parts;
    if (top === "distribution")
        return "distribution";
    if (top === "koji")
        return second ? `koji.${second}` : "koji";
    if (top === "image_request") {
        if (second === "architecture" || second === "size" || second === "image_type")
            return second;
        if (second === "ostree")
            return third ? `ostree.${third}` : "ostree";
        if (second === "upload_targets")
            return fifth && fourth === "upload_options" ? `target.${fifth}` : "target";
        if (second === "upload_options")
            return third ? `target.${third}` : "target";
    }
    if (top === "image_requests" && second !== undefined && /^\d+$/.test(second)) {
        if (third === "upload_options")
            return fourth ? `images.${second}.targets.0.${fourth}` : `images.${second}.targets`;
        if (third === "upload_targets")
            return sixth && fifth === "upload_options" ? `images.${second}.targets.0.${sixth}` : `images.${second}.targets`;
        return "images";
    }
    return null;
}

/** The form path a refusal belongs at, or null when it concerns the whole request (blueprint, service) */
export function refusalPlace(error: ComposerError, shape: RefusedShape): string | null {
    if (error.api === "cloud") {
        if (error.id === "30") {
            const pointer = /Error at "([^"]*)"/.exec(error.details ?? "")?.[1];
            return pointer ? pointerPath(pointer) : null;
        }
        const place = error.id ? CLOUD_CODES[error.id] : undefined;
        return place ? place[shape] : null;
    }
    switch (error.id) {
    case "DistroError": return "distribution";
    case "OSTreeOptionsError": return "ostree.url";
    case "ComposeError": return /compose type/.test(error.message) ? "image_type" : null;
    case "ComposePushErrored": return /No worker for arch/i.test(error.message) ? "architecture" : null;
    default: return null;
    }
}
