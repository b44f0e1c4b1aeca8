// Copies files that esbuild does not produce (index.html, manifest.json) after each build.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";

export function copyStatic({ outdir, files }: { outdir: string; files: [string, string][] }): Plugin {
    return {
        name: "copy-static",
        setup(build) {
            build.onEnd(() => {
                fs.mkdirSync(outdir, { recursive: true });
                for (const [from, to] of files)
                    fs.copyFileSync(from, path.join(outdir, to));
            });
        },
    };
}
