// Download links of a compose, streamed through Cockpit's external channel (pkg/lib/channelUrl):
// the browser's download manager gets the bytes, JavaScript never holds them (DESIGN principle 4).
// The service's own Content-Disposition wins; the name given here is used only when it sends none.
import { channelUrl } from "../../pkg/lib/channelUrl";
import { cloudDownloadPath, cloudManifestsPath, cloudSbomsPath } from "../api/cloudComposes";
import { CLOUD_SOCKET, WELDR_SOCKET } from "../api/transport";
import { V1 } from "../api/weldr";
import type { ComposeView } from "../model/compose";
import { downloadName } from "../model/downloadName";

export interface DownloadLink {
    href: string;
    filename: string;
}

const nameInput = (c: ComposeView) => ({ blueprint: c.blueprint, version: c.version, imageType: c.imageType, fallback: c.id });

function weldrLink(what: string, c: ComposeView, kind: "image" | "logs" | "metadata"): DownloadLink {
    const filename = downloadName({ ...nameInput(c), kind });
    return { href: channelUrl({ unix: WELDR_SOCKET, path: `${V1}/compose/${what}/${encodeURIComponent(c.id)}`, filename }), filename };
}

/** The image: Weldr compose/image, or the Cloud /download of a local-only compose; null when there is none. */
export function imageDownload(c: ComposeView): DownloadLink | null {
    if (c.state !== "success")
        return null;
    if (c.api === "weldr")
        return weldrLink("image", c, "image");
    if (c.koji || c.targets.length !== 1 || c.targets[0] !== "local")
        return null;
    const filename = downloadName(nameInput(c));
    return { href: channelUrl({ unix: CLOUD_SOCKET, path: cloudDownloadPath(c.id), filename }), filename };
}

/** Weldr's logs tarball (finished or failed composes). */
export function logsDownload(c: ComposeView): DownloadLink | null {
    return c.api === "weldr" && (c.state === "success" || c.state === "failure") ? weldrLink("logs", c, "logs") : null;
}

/** Weldr's metadata tarball: the osbuild manifest. */
export function metadataDownload(c: ComposeView): DownloadLink | null {
    return c.api === "weldr" && (c.state === "success" || c.state === "failure") ? weldrLink("metadata", c, "metadata") : null;
}

function cloudJson(path: string, filename: string): DownloadLink {
    return { href: channelUrl({ unix: CLOUD_SOCKET, path, filename, contentType: "application/json" }), filename };
}

/** The Cloud API's SBOMs (SPDX documents per image) as one JSON file. */
export function sbomDownload(c: ComposeView): DownloadLink | null {
    return c.api === "cloud" && c.state === "success" && !c.koji ? cloudJson(cloudSbomsPath(c.id), `${c.id}-sboms.json`) : null;
}

/** The Cloud API's osbuild manifests as one JSON file. */
export function manifestsDownload(c: ComposeView): DownloadLink {
    return cloudJson(cloudManifestsPath(c.id), `${c.id}-manifests.json`);
}
