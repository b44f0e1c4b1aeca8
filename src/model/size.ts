// Disk sizes as blueprints write them: a whole number of bytes, or "<n> <unit>" with
// composer's case-sensitive units (reference §2, filesystem.minsize). Pure.

export const SIZE_UNITS: Readonly<Record<string, number>> = {
    B: 1,
    kB: 1000,
    KiB: 1024,
    MB: 1000 ** 2,
    MiB: 1024 ** 2,
    GB: 1000 ** 3,
    GiB: 1024 ** 3,
    TB: 1000 ** 4,
    TiB: 1024 ** 4,
};

const SIZE_TEXT = /^\s*(\d+)\s*([A-Za-z]*)\s*$/;

/**
 * Bytes from a size as a blueprint holds it (a whole number, or text like "2 GiB",
 * "500MiB", "1024"), or null when composer would refuse it.
 */
export function parseSize(text: unknown): number | null {
    if (typeof text === "number")
        return Number.isSafeInteger(text) && text >= 0 ? text : null;
    if (typeof text !== "string")
        return null;
    const match = SIZE_TEXT.exec(text);
    if (!match)
        return null;
    const unit = SIZE_UNITS[match[2] || "B"];
    if (!Object.hasOwn(SIZE_UNITS, match[2] || "B"))
        return null;
    const bytes = Number(match[1]) * unit;
    return Number.isSafeInteger(bytes) ? bytes : null;
}

// largest first; binary before decimal so that 2 GiB is not written as 2147483648 B
const FORMAT_ORDER = ["TiB", "TB", "GiB", "GB", "MiB", "MB", "KiB", "kB"];

/** Bytes as the shortest exact size text: 2147483648 → "2 GiB", 1500 → "1500 B"; parseSize reads it back */
export function formatSize(bytes: number): string {
    if (bytes > 0) {
        for (const unit of FORMAT_ORDER) {
            const factor = SIZE_UNITS[unit];
            if (bytes % factor === 0)
                return `${bytes / factor} ${unit}`;
        }
    }
    return `${bytes} B`;
}
