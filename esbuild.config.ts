// Builds the plugin into dist/: `tsx esbuild.config.ts [--watch] [--dev]`.
// esbuild, postcss (pkg/build/patternfly-base.ts prunes PatternFly's base sheet with it) and our own small
// plugins (pkg/build/); the release tarball and the RPM carry the built dist/, so neither builds.
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";

import { cockpitExternal } from "./pkg/build/cockpit-external.ts";
import { copyStatic } from "./pkg/build/copy-static.ts";
import { patternflyWithoutFonts } from "./pkg/build/patternfly-base.ts";
import { precompress } from "./pkg/build/precompress.ts";
import { preloadChunks } from "./pkg/build/preload-chunks.ts";
import { compilePo } from "./pkg/build/po.ts";
import { type FirstPass, splitCss } from "./pkg/build/split-css.ts";
import { isHeldBackFromFirstPage, isUnusedSheet } from "./pkg/build/unused-sheets.ts";
import { usedTokens } from "./pkg/build/unused-tokens.ts";

const watch = process.argv.includes("--watch");
const production = !process.argv.includes("--dev") && !watch;
// --outdir=DIR builds elsewhere (trying a change without touching the dist/ that e2e serves)
const outdir = process.argv.find(a => a.startsWith("--outdir="))?.slice("--outdir=".length) ?? "dist";

fs.rmSync(outdir, { recursive: true, force: true });

const shared = {
    bundle: true,
    minify: production,
    sourcemap: "linked",
    legalComments: "external",
    // Cockpit serves the fonts (static/fonts); keep those URLs as written
    external: ["../../static/*"],
    // PatternFly's background pictures (login pages, heroes) are never shown here
    loader: { ".svg": "empty" },
    logLevel: "warning",
    // V8's explicit compile hint (Chrome 136+; a comment elsewhere): compile every function of the
    // file while it streams in, on a background thread, instead of each on the main thread when
    // first called. Nearly all of the first page's code runs while it loads. Interleaved A/B of
    // 20-24 cold loads each, five times: the list's first row -30, -27, -3, -18, -17 ms, complete
    // -42 to 0 ms, editor cold -28 to +8 ms; a small gain, sometimes within the noise
    banner: { js: "//# allFunctionsCalledOnLoad" },
} satisfies esbuild.BuildOptions;

// the style sheets: built by split-css after the JS, one for the first page, one per lazy module;
// twice, so that the base sheet keeps only the tokens that some sheet or script names
const cssOptions = (firstPass?: FirstPass): esbuild.BuildOptions => ({
    ...shared,
    plugins: [patternflyWithoutFonts({ usedTokens: firstPass && usedTokens(firstPass.sheets, firstPass.scripts) })],
});

const options: esbuild.BuildOptions = {
    ...shared,
    // startup.js runs first and imports index.js (the app) once Cockpit's transport is up (src/startup.ts)
    entryPoints: { startup: "src/startup.ts", index: "src/index.tsx" },
    // the pages behind import() (src/app/lazyPages.ts) become chunks of their own
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    outdir,
    format: "esm",
    target: ["es2022"],
    metafile: true,
    define: { "process.env.NODE_ENV": JSON.stringify(production ? "production" : "development") },
    logLevel: "info",
    plugins: [
        cockpitExternal(),
        splitCss({ outdir, cssOptions, leaveOut: isUnusedSheet, holdBack: isHeldBackFromFirstPage }),
        copyStatic({ outdir, files: [["src/index.html", "index.html"], ["src/transport.js", "transport.js"], ["manifest.json", "manifest.json"]] }),
        preloadChunks({ outdir }),
        compilePo({ outdir, poDir: "po" }),
        ...(production ? [precompress({ outdir })] : []),
    ],
};

if (watch) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
} else {
    const result = await esbuild.build(options);
    fs.writeFileSync(path.join(outdir, "..", `${path.basename(outdir)}-meta.json`), JSON.stringify(result.metafile));
}
