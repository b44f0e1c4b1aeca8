// index.js starts by importing the chunk it shares with the later pages (code splitting), so
// the browser would ask for that chunk only once index.js has arrived and been parsed. A
// <link rel="modulepreload"> per chunk in index.html lets it fetch them side by side.
// Runs after copy-static has put index.html into outdir.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";

import { staticClosure } from "./split-css.ts";

const ENTRY_SCRIPT = /^(\s*)<script type="module" src="index\.js"><\/script>/m;

/** index.html with a modulepreload link (href relative to outdir) for each chunk before the entry script */
export function withPreloads(html: string, chunks: string[]): string {
    if (!ENTRY_SCRIPT.test(html))
        throw new Error("index.html has no <script type=\"module\" src=\"index.js\">");
    return html.replace(ENTRY_SCRIPT, (line, indent: string) =>
        chunks.map(c => `${indent}<link rel="modulepreload" href="${c}">\n`).join("") + line);
}

export function preloadChunks({ outdir }: { outdir: string }): Plugin {
    return {
        name: "preload-chunks",
        setup(build) {
            build.onEnd(result => {
                const outputs = result.metafile?.outputs;
                const html = path.join(outdir, "index.html");
                if (result.errors.length > 0 || !outputs || !fs.existsSync(html))
                    return;
                const entry = Object.keys(outputs).find(o => o.endsWith("index.js") && outputs[o].entryPoint);
                if (!entry)
                    return;
                const chunks = staticClosure(outputs, entry).filter(o => o !== entry)
                    .map(o => path.relative(path.dirname(entry), o).split(path.sep).join("/"));
                fs.writeFileSync(html, withPreloads(fs.readFileSync(html, "utf8"), chunks));
            });
        },
    };
}
