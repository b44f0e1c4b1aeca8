// index.html runs startup.js, which imports the app (index.js) only once Cockpit's transport is up
// (src/startup.ts), and both start by importing chunks they share (code splitting): the browser
// would ask for each only once the file importing it had arrived, and for index.js only when
// startup.js asks. A <link rel="modulepreload"> for index.js and for every chunk the two import
// statically lets it fetch them all side by side from the start. (The later pages' chunk,
// imported dynamically, is not among them.)
// Runs after copy-static has put index.html into outdir.
import type { Plugin } from "esbuild";
import fs from "node:fs";
import path from "node:path";

import { staticClosure } from "./split-css.ts";

const START_SCRIPT = /^(\s*)<script type="module" src="startup\.js"><\/script>/m;

/**
 * index.html with a modulepreload link (href relative to outdir) for each module after the start
 * script, in the order given: the browser asks for them in document order, so the start script's
 * own chunks, which it needs to run at all, should come first and the app after them.
 */
export function withPreloads(html: string, modules: string[]): string {
    if (!START_SCRIPT.test(html))
        throw new Error("index.html has no <script type=\"module\" src=\"startup.js\">");
    return html.replace(START_SCRIPT, (line, indent: string) =>
        line + modules.map(c => `\n${indent}<link rel="modulepreload" href="${c}">`).join(""));
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
                const entry = (name: string) => Object.keys(outputs).find(o => path.basename(o) === name && outputs[o].entryPoint);
                const start = entry("startup.js");
                const app = entry("index.js");
                if (!start || !app)
                    return;
                const modules = [...new Set([...staticClosure(outputs, start), app, ...staticClosure(outputs, app)])]
                    .filter(o => o !== start)
                    .map(o => path.relative(path.dirname(start), o).split(path.sep).join("/"));
                fs.writeFileSync(html, withPreloads(fs.readFileSync(html, "utf8"), modules));
            });
        },
    };
}
