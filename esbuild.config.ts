// Builds the plugin into dist/: `tsx esbuild.config.ts [--watch] [--dev]`.
// Only esbuild and our own small plugins (pkg/build/), so a distribution build can run it too.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";

import { cockpitExternal } from "./pkg/build/cockpit-external.ts";
import { copyStatic } from "./pkg/build/copy-static.ts";
import { patternflyWithoutFonts } from "./pkg/build/patternfly-base.ts";
import { precompress } from "./pkg/build/precompress.ts";
import { compilePo } from "./pkg/build/po.ts";

const watch = process.argv.includes("--watch");
const production = !process.argv.includes("--dev") && !watch;
const outdir = "dist";

fs.rmSync(outdir, { recursive: true, force: true });

const options: esbuild.BuildOptions = {
    entryPoints: { index: "src/index.tsx" },
    bundle: true,
    outdir,
    format: "esm",
    target: ["es2022"],
    minify: production,
    sourcemap: "linked",
    metafile: true,
    legalComments: "external",
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    // Cockpit serves the fonts (static/fonts); keep those URLs as written
    external: ["../../static/*"],
    // PatternFly's background pictures (login pages, heroes) are never shown here
    loader: { ".svg": "empty" },
    logLevel: "info",
    plugins: [
        cockpitExternal(),
        patternflyWithoutFonts(),
        copyStatic({ outdir, files: [["src/index.html", "index.html"], ["manifest.json", "manifest.json"]] }),
        compilePo({ outdir, poDir: "po" }),
        ...(production ? [precompress({ outdir })] : []),
    ],
};

if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
} else {
    const result = await esbuild.build(options);
    fs.writeFileSync(path.join(outdir, "..", "dist-meta.json"), JSON.stringify(result.metafile));
}
