// Cockpit's bridge serves <file>.gz for <file> (as gzip to browsers that take it, inflated
// for the others) but compresses nothing on the fly: a plain index.js crosses the wire at full
// size. So production builds ship the scripts and style sheets (index.*, po.*.js and the
// split-off chunks/*) as .gz only.
//
// The .gz files are made with Zopfli (@gfx/zopfli): ordinary gzip that any inflater reads, about
// 5 % smaller than zlib's best level, but some seconds per megabyte to make. So each result is
// kept in node_modules/.cache/foundry-gz under the hash of its input, and a build that did not
// change a file takes it from there. Without @gfx/zopfli, zlib's level 9 (and a warning).
import type { Plugin } from "esbuild";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const COMPRESSED = /\.(js|css)$/;
/** Zopfli's passes per block: past 5 a pass gains about 0.1 % on our files and costs as much time */
const ITERATIONS = 5;

export type Compress = (data: Buffer) => Promise<Buffer>;

function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true })
        .flatMap(e => e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

export const zlibGzip: Compress = data => Promise.resolve(zlib.gzipSync(data, { level: 9 }));

/** Zopfli when it is installed, else zlib's level 9 */
export async function bestGzip(): Promise<{ compress: Compress; name: string }> {
    try {
        const { gzipAsync } = await import("@gfx/zopfli");
        return { compress: async data => Buffer.from(await gzipAsync(data, { numiterations: ITERATIONS })), name: `zopfli-${ITERATIONS}` };
    } catch {
        console.warn("precompress: @gfx/zopfli is not installed, using zlib (larger files)");
        return { compress: zlibGzip, name: "zlib-9" };
    }
}

/** how long a remembered result stays that no build asked for */
const KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;

/** `compress`, remembered in `dir` by a hash of the input and of `name` (which compressor, which settings) */
export function cached(compress: Compress, name: string, dir: string): Compress {
    return async data => {
        const key = crypto.createHash("sha256").update(name).update("\0").update(data).digest("hex");
        const file = path.join(dir, `${key}.gz`);
        try {
            const packed = fs.readFileSync(file);
            const now = new Date();
            fs.utimesSync(file, now, now);
            return packed;
        } catch {
            const packed = await compress(data);
            fs.mkdirSync(dir, { recursive: true });
            const partial = `${file}.${process.pid}.tmp`;
            fs.writeFileSync(partial, packed);
            fs.renameSync(partial, file);
            return packed;
        }
    };
}

/** forgets the results that no build asked for in a week */
export function pruneCache(dir: string, now = Date.now()): void {
    if (!fs.existsSync(dir))
        return;
    for (const name of fs.readdirSync(dir)) {
        const file = path.join(dir, name);
        if (now - fs.statSync(file).mtimeMs > KEEP_UNUSED_MS)
            fs.rmSync(file, { force: true });
    }
}

export function precompress({ outdir, cacheDir = "node_modules/.cache/foundry-gz" }: { outdir: string; cacheDir?: string }): Plugin {
    return {
        name: "precompress",
        setup(build) {
            build.onEnd(async result => {
                if (result.errors.length > 0 || !fs.existsSync(outdir))
                    return;
                const { compress, name } = await bestGzip();
                const gzip = cached(compress, name, cacheDir);
                for (const file of files(outdir).filter(f => COMPRESSED.test(f))) {
                    fs.writeFileSync(`${file}.gz`, await gzip(fs.readFileSync(file)));
                    fs.rmSync(file);
                }
                pruneCache(cacheDir);
            });
        },
    };
}
