// Cockpit's bridge serves <file>.gz for <file> (as gzip to browsers that take it, inflated
// for the others) but compresses nothing on the fly: a plain index.js crosses the wire at full
// size. So production builds ship the scripts and style sheets (index.*, po.*.js and the
// split-off chunks/*) as .gz only.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const COMPRESSED = /\.(js|css)$/;

function files(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true })
        .flatMap(e => e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

export function precompress({ outdir }: { outdir: string }): Plugin {
    return {
        name: "precompress",
        setup(build) {
            build.onEnd(result => {
                if (result.errors.length > 0 || !fs.existsSync(outdir))
                    return;
                for (const file of files(outdir).filter(f => COMPRESSED.test(f))) {
                    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
                    fs.rmSync(file);
                }
            });
        },
    };
}
