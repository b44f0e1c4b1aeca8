// A tiny ustar writer. Entries are buffers or files on disk; the result is a
// list of parts (headers and padding as buffers, files by path) that the
// server streams in order, so a tar can hold a multi-GB sparse image without
// it ever being read into memory.

export type TarPart = Buffer | { path: string; size: number };

export interface TarEntry {
    name: string;
    mode?: number;
    /** Unix seconds */
    mtime?: number;
    data: Buffer | { path: string; size: number };
}

const BLOCK = 512;

function writeString(buf: Buffer, offset: number, length: number, value: string): void {
    buf.write(value.slice(0, length), offset, length, "utf8");
}

function writeOctal(buf: Buffer, offset: number, length: number, value: number): void {
    writeString(buf, offset, length, value.toString(8).padStart(length - 1, "0") + "\0");
}

/** Sizes of 8 GiB and more do not fit 11 octal digits: GNU base-256 then. */
function writeSize(buf: Buffer, offset: number, size: number): void {
    if (size < 8 * 1024 ** 3) {
        writeOctal(buf, offset, 12, size);
        return;
    }
    buf[offset] = 0x80;
    let v = BigInt(size);
    for (let i = 11; i >= 1; i--) {
        buf[offset + i] = Number(v & 0xffn);
        v >>= 8n;
    }
}

function header(name: string, size: number, mode: number, mtime: number): Buffer {
    const h = Buffer.alloc(BLOCK);
    let prefix = "";
    let base = name;
    if (Buffer.byteLength(name) > 100) {
        const cut = name.lastIndexOf("/", 155);
        prefix = name.slice(0, cut);
        base = name.slice(cut + 1);
    }
    writeString(h, 0, 100, base);
    writeOctal(h, 100, 8, mode);
    writeOctal(h, 108, 8, 0);
    writeOctal(h, 116, 8, 0);
    writeSize(h, 124, size);
    writeOctal(h, 136, 12, Math.floor(mtime));
    h.fill(0x20, 148, 156); // checksum counted as spaces
    h.write("0", 156, "ascii");
    writeString(h, 257, 6, "ustar\0");
    writeString(h, 263, 2, "00");
    writeString(h, 345, 155, prefix);
    let sum = 0;
    for (const byte of h)
        sum += byte;
    writeString(h, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
    return h;
}

function padding(size: number): Buffer | undefined {
    const rest = size % BLOCK;
    return rest === 0 ? undefined : Buffer.alloc(BLOCK - rest);
}

/** The parts of a tar archive holding `entries`, in order, ending with two zero blocks. */
export function tarParts(entries: TarEntry[]): TarPart[] {
    const parts: TarPart[] = [];
    const now = Date.now() / 1000;
    for (const e of entries) {
        const size = Buffer.isBuffer(e.data) ? e.data.length : e.data.size;
        parts.push(header(e.name, size, e.mode ?? 0o644, e.mtime ?? now));
        parts.push(e.data);
        const pad = padding(size);
        if (pad)
            parts.push(pad);
    }
    parts.push(Buffer.alloc(2 * BLOCK));
    return parts;
}

/** Total byte length of parts. */
export function partsLength(parts: TarPart[]): number {
    return parts.reduce((n, p) => n + (Buffer.isBuffer(p) ? p.length : p.size), 0);
}

/** A whole in-memory tar (all entries must be buffers). */
export function tarBuffer(entries: TarEntry[]): Buffer {
    const parts = tarParts(entries);
    return Buffer.concat(parts.map(p => {
        if (!Buffer.isBuffer(p))
            throw new Error("tarBuffer: file entries need streaming (use tarParts)");
        return p;
    }));
}
