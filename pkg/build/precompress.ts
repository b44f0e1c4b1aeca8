// Cockpit's bridge serves <file>.gz for <file> (as gzip to browsers that take it, inflated
// for the others) but compresses nothing on the fly: a plain index.js crosses the wire at full
// size. So production builds ship the big text files as .gz only.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const COMPRESSED = /^(index\.(js|css)|po\.[\w-]+\.js)$/;

export function precompress({ outdir }: { outdir: string }): Plugin {
    return {
        name: "precompress",
        setup(build) {
            build.onEnd(result => {
                if (result.errors.length > 0 || !fs.existsSync(outdir))
                    return;
                for (const name of fs.readdirSync(outdir).filter(n => COMPRESSED.test(n))) {
                    const file = path.join(outdir, name);
                    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
                    fs.rmSync(file);
                }
            });
        },
    };
}
