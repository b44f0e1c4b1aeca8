// Figure 1, bytes: what dist/ holds (raw, gzip, brotli), the largest modules of the bundle
// (esbuild's metafile, dist-meta.json), and what actually crosses the wire from Cockpit.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

import { REPO_ROOT } from "../harness/sim";
import { figure, type Bench, type Figure } from "./lib";

const KB = 1000;

interface Sizes { raw: number; gzip: number; brotli: number }

/** a dist file by its served name (scripts and sheets are shipped as .gz only) */
function sizesOf(dist: string, name: string): Sizes | null {
    const plain = path.join(dist, name);
    const gz = `${plain}.gz`;
    let raw: Buffer;
    let gzip: number;
    if (fs.existsSync(gz)) {
        const packed = fs.readFileSync(gz);
        raw = zlib.gunzipSync(packed);
        gzip = packed.length;
    } else if (fs.existsSync(plain)) {
        raw = fs.readFileSync(plain);
        gzip = zlib.gzipSync(raw, { level: 9 }).length;
    } else {
        return null;
    }
    const brotli = zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    return { raw: raw.length, gzip, brotli };
}

/** served names (relative to dist/, chunks/ included) of everything in dist/ but source maps */
function servedNames(dist: string, dir = ""): string[] {
    return fs.readdirSync(path.join(dist, dir), { withFileTypes: true })
        .flatMap(e => e.isDirectory() ? servedNames(dist, path.join(dir, e.name)) : [path.join(dir, e.name)])
        .filter(n => !n.endsWith(".map"))
        .map(n => n.replace(/\.gz$/, ""))
        .filter((n, i, all) => all.indexOf(n) === i);
}

interface Meta { outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, { bytesInOutput: number }> }> }

function readMeta(): Meta | null {
    const file = path.join(REPO_ROOT, "dist-meta.json");
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) as Meta : null;
}

/**
 * The scripts the first page loads before it runs: the plugin's own classic scripts in
 * index.html (transport.js), startup.js, the app it imports (index.js), and every chunk the two
 * import statically, directly or not (esbuild's metafile; the lazily loaded pages' chunks are not
 * among them). Served names, relative to dist/.
 */
export function firstPageScripts(meta: Meta | null): string[] {
    if (!meta)
        return [...htmlScripts(), "startup.js", "index.js"];
    const seen: string[] = [];
    const walk = (out: string) => {
        if (seen.includes(out) || !meta.outputs[out])
            return;
        seen.push(out);
        for (const i of meta.outputs[out].imports)
            if (i.kind === "import-statement" && !i.external)
                walk(i.path);
    };
    walk("dist/startup.js");
    walk("dist/index.js");
    return [...htmlScripts(), ...seen.map(out => path.relative("dist", out))];
}

/** the plugin's own classic scripts index.html loads before its modules (transport.js; not Cockpit's ../base1/…) */
function htmlScripts(): string[] {
    const file = path.join(REPO_ROOT, "dist", "index.html");
    if (!fs.existsSync(file))
        return [];
    const html = fs.readFileSync(file, "utf8");
    return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)]
        .map(m => m[1])
        .filter(src => !src.startsWith("../") && src !== "startup.js");
}

export interface ModuleSize { module: string; bytes: number }

export function largestModules(count = 15): ModuleSize[] {
    const meta = readMeta();
    if (!meta)
        return [];
    const all: ModuleSize[] = [];
    for (const [out, o] of Object.entries(meta.outputs)) {
        if (out.endsWith(".map"))
            continue;
        for (const [module, i] of Object.entries(o.inputs))
            all.push({ module, bytes: i.bytesInOutput });
    }
    return all.sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

export function fileFigures(): { figures: Figure[]; files: Record<string, Sizes> } {
    const dist = path.join(REPO_ROOT, "dist");
    const files: Record<string, Sizes> = {};
    for (const name of servedNames(dist)) {
        const s = sizesOf(dist, name);
        if (s)
            files[name] = s;
    }
    const none: Sizes = { raw: 0, gzip: 0, brotli: 0 };
    const sum = (all: Sizes[]): Sizes => all.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip, brotli: a.brotli + s.brotli }), none);
    const scripts = firstPageScripts(readMeta());
    const js = sum(scripts.map(n => files[n] ?? none));
    const css = files["index.css"] ?? none;
    const html = files["index.html"] ?? none;
    const total = sum(Object.values(files));
    const first = js.gzip + css.gzip + html.gzip;
    const k = (n: number): number => n / KB;
    return {
        files,
        figures: [
            figure("bytes.js.files", "first page JS, files (index.html's scripts, startup.js, index.js and the chunks they import)", "files", [scripts.length]),
            figure("bytes.js.raw", "first page JS, raw", "kB", [k(js.raw)]),
            figure("bytes.js.gzip", "first page JS, gzip", "kB", [k(js.gzip)]),
            figure("bytes.js.brotli", "first page JS, brotli", "kB", [k(js.brotli)]),
            figure("bytes.css.raw", "first page CSS, raw", "kB", [k(css.raw)]),
            figure("bytes.css.gzip", "first page CSS, gzip", "kB", [k(css.gzip)]),
            figure("bytes.css.brotli", "first page CSS, brotli", "kB", [k(css.brotli)]),
            figure("bytes.first.gzip", "first page (html+JS+CSS), gzip", "kB", [k(first)], { text: "<= 150 kB", max: 150 }),
            figure("bytes.dist.raw", "whole dist/ without maps, raw", "kB", [k(total.raw)]),
            figure("bytes.dist.gzip", "whole dist/ without maps, gzip", "kB", [k(total.gzip)], { text: "<= 300 kB", max: 300 }),
            figure("bytes.dist.brotli", "whole dist/ without maps, brotli", "kB", [k(total.brotli)]),
        ],
    };
}

export interface WireFile { url: string; bytes: number; encoding: string }

/**
 * Loads the plugin page once and sums what the browser received for the plugin's own files
 * (CDP Network.loadingFinished encodedDataLength: headers + body as sent).
 */
export async function wireFigures(bench: Bench): Promise<{ figures: Figure[]; files: WireFile[] }> {
    const ctx = await bench.browser.newContext();
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const urls = new Map<string, { url: string; encoding: string }>();
    const files: WireFile[] = [];
    cdp.on("Network.responseReceived", e => {
        const enc = Object.entries(e.response.headers).find(([h]) => h.toLowerCase() === "content-encoding")?.[1] ?? "identity";
        urls.set(e.requestId, { url: e.response.url, encoding: String(enc) });
    });
    cdp.on("Network.loadingFinished", e => {
        const r = urls.get(e.requestId);
        if (r)
            files.push({ url: r.url, bytes: e.encodedDataLength, encoding: r.encoding });
    });
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await page.goto(bench.url("/"), { waitUntil: "load" });
    await page.waitForTimeout(1000);
    await ctx.close();
    const own = files.filter(f => f.url.includes(`/${"foundry"}/`));
    const cockpitJs = files.filter(f => f.url.includes("/base1/"));
    const sum = (fs_: WireFile[]): number => fs_.reduce((a, f) => a + f.bytes, 0) / KB;
    const encodings = own.map(f => `${path.basename(new URL(f.url).pathname)}:${f.encoding}`).join(" ");
    return {
        files,
        figures: [
            figure("wire.plugin", "wire bytes, plugin's own files", "kB", [sum(own)], { text: "<= 150 kB", max: 150 }, encodings),
            figure("wire.cockpit", "wire bytes, Cockpit's base1 files", "kB", [sum(cockpitJs)]),
        ],
    };
}
