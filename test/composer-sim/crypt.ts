// SHA-512 crypt ("$6$salt$hash", 5000 rounds), written from Ulrich Drepper's
// published specification, for hashing plain-text blueprint passwords the way
// osbuild-composer does on push.

import { createHash, randomBytes } from "node:crypto";

const ITOA64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const ROUNDS = 5000;

function sha512(...parts: Buffer[]): Buffer {
    const h = createHash("sha512");
    for (const p of parts)
        h.update(p);
    return h.digest();
}

/** `length` bytes taken from `block` repeated as often as needed. */
function repeatTo(block: Buffer, length: number): Buffer {
    const out = Buffer.alloc(length);
    for (let i = 0; i < length; i++)
        out[i] = block[i % block.length];
    return out;
}

function encode24(b2: number, b1: number, b0: number, n: number): string {
    let w = (b2 << 16) | (b1 << 8) | b0;
    let s = "";
    for (let i = 0; i < n; i++) {
        s += ITOA64[w & 0x3f];
        w >>= 6;
    }
    return s;
}

function encodeDigest(c: Buffer): string {
    let s = "";
    for (let k = 0; k < 21; k++) {
        const t = [c[k], c[k + 21], c[k + 42]];
        const r = k % 3;
        const [a, b, d] = r === 0 ? t : r === 1 ? [t[1], t[2], t[0]] : [t[2], t[0], t[1]];
        s += encode24(a, b, d, 4);
    }
    return s + encode24(0, 0, c[63], 2);
}

/** SHA-512 crypt of `password` with `salt` (at most 16 characters are used). */
export function sha512crypt(password: string, salt: string): string {
    const p = Buffer.from(password, "utf8");
    const s = Buffer.from(salt.slice(0, 16), "utf8");

    const b = sha512(p, s, p);
    const aParts: Buffer[] = [p, s, repeatTo(b, p.length)];
    for (let n = p.length; n > 0; n >>= 1)
        aParts.push((n & 1) ? b : p);
    const a = sha512(...aParts);

    const dp = sha512(...Array.from({ length: p.length }, () => p));
    const pSeq = repeatTo(dp, p.length);
    const ds = sha512(...Array.from({ length: 16 + a[0] }, () => s));
    const sSeq = repeatTo(ds, s.length);

    let c = a;
    for (let r = 0; r < ROUNDS; r++) {
        const parts: Buffer[] = [(r & 1) ? pSeq : c];
        if (r % 3)
            parts.push(sSeq);
        if (r % 7)
            parts.push(pSeq);
        parts.push((r & 1) ? c : pSeq);
        c = sha512(...parts);
    }
    return `$6$${s.toString("utf8")}$${encodeDigest(c)}`;
}

function randomSalt(): string {
    const bytes = randomBytes(16);
    let s = "";
    for (const byte of bytes)
        s += ITOA64[byte & 0x3f];
    return s;
}

/** `crypt.PasswordIsCrypted`: already hashed passwords are kept as they are. */
export function isCrypted(password: string): boolean {
    return ["$2b$", "$6$", "$5$"].some(prefix => password.startsWith(prefix));
}

/** Hashes a plain-text password with a random salt. */
export function cryptSHA512(password: string): string {
    return sha512crypt(password, randomSalt());
}
