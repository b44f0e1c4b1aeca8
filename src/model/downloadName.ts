// The file name a download is saved under: the service's Content-Disposition when it sends one
// (RFC 6266: `filename*=UTF-8''…` preferred over `filename=`), else
// `<blueprint>-<version>-<type><ext>` with the type's real extension. Names are reduced to a
// safe base name: no directories, no control, bidi or zero-width characters, no characters Windows refuses. Pure.
import { imageTypeExtension } from "./imageTypes";
import { removeInvisibleChars } from "./visibleChars";

/** Longest file name (most file systems allow 255 bytes; characters are counted here). */
export const MAX_FILENAME_LENGTH = 200;

const RESERVED = /[<>:"|?*]/g;

/** A safe base name, or null when nothing usable is left. */
export function sanitizeFilename(name: unknown): string | null {
    if (typeof name !== "string")
        return null;
    let base = removeInvisibleChars(name);
    base = base.slice(Math.max(base.lastIndexOf("/"), base.lastIndexOf("\\")) + 1);
    base = base.replace(RESERVED, "_").trim().replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
    if (base === "")
        return null;
    if (base.length > MAX_FILENAME_LENGTH) {
        const ext = /(\.[A-Za-z0-9]{1,8}){1,2}$/.exec(base)?.[0] ?? "";
        base = base.slice(0, MAX_FILENAME_LENGTH - ext.length) + ext;
    }
    return base;
}

function decodeExtValue(value: string): string | null {
    const m = /^([A-Za-z0-9!#$%&+^_`{}~-]+)'[A-Za-z0-9-]*'(.*)$/.exec(value);
    if (!m)
        return null;
    const charset = m[1].toLowerCase();
    if (charset === "utf-8") {
        try {
            return decodeURIComponent(m[2]);
        } catch {
            return null;
        }
    }
    if (charset === "iso-8859-1")
        return m[2].replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return null;
}

/** The file name a Content-Disposition header value names, made safe; null when it names none. */
export function filenameFromContentDisposition(header: unknown): string | null {
    if (typeof header !== "string" || header.length > 16_384)
        return null;
    let plain: string | null = null;
    let extended: string | null = null;
    const param = /(?:^|;)\s*([A-Za-z0-9!#$&+.^_`|~-]+\*?)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g;
    for (let m = param.exec(header); m !== null; m = param.exec(header)) {
        const name = m[1].toLowerCase();
        let value = m[2].trim();
        if (name === "filename*")
            extended ??= decodeExtValue(value.replace(/^"(.*)"$/, "$1"));
        else if (name === "filename") {
            if (value.startsWith("\""))
                value = value.slice(1, -1).replace(/\\(.)/g, "$1");
            plain ??= value;
        }
    }
    return sanitizeFilename(extended) ?? sanitizeFilename(plain);
}

export interface DownloadNameInput {
    /** the response's Content-Disposition header value, if any */
    contentDisposition?: string | null;
    blueprint?: string;
    version?: string;
    /** Weldr canonical name or Cloud API image type */
    imageType?: string;
    /** used when blueprint, version and type are all unknown, e.g. the compose id */
    fallback?: string;
    /** what is downloaded: the image (default), or the Weldr logs or metadata tarball */
    kind?: "image" | "logs" | "metadata";
}

/** The name to save a download under. */
export function downloadName(input: DownloadNameInput): string {
    const fromHeader = filenameFromContentDisposition(input.contentDisposition);
    if (fromHeader)
        return fromHeader;
    const part = (text: string | undefined) => removeInvisibleChars(text ?? "").replace(/[\s/\\<>:"|?*]+/g, "_").replace(/^\.+/, "");
    const kind = input.kind ?? "image";
    const type = part(input.imageType);
    const parts = [part(input.blueprint), part(input.version), type].filter(p => p !== "");
    if (parts.length === 0)
        parts.push(part(input.fallback) || "image");
    const suffix = kind === "logs" ? "-logs.tar" : kind === "metadata" ? "-metadata.tar" : imageTypeExtension(input.imageType ?? "");
    return sanitizeFilename(parts.join("-") + suffix) ?? "image";
}
