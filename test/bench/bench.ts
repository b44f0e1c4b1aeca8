// `make bench`: the figures of issue 6 (and issue 3 item 10) against the built plugin (dist/) in a
// real cockpit-ws with the composer stand-in on the real sockets. Prints a table and writes
// test/bench/results.json. See README.md for what each figure means.
//
//   node --import tsx test/bench/bench.ts [--smoke] [--only bytes,firstPaint,editor,images,download]
//                                          [--runs N] [--window SECONDS] [--download-mib N]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { startCockpit } from "../harness/cockpit";
import { assertSocketsFree, REPO_ROOT, simConfig } from "../harness/sim";
import { fileFigures, largestModules, wireFigures } from "./bytes";
import { cpuProbeMs } from "./cpuProbe";
import { bigCompose, measureDownload } from "./download";
import { editorFigures, measureEditor, pushBigBlueprint } from "./editor";
import { firstPaintFigures, measureFirstPaint, type FirstPaint } from "./firstPaint";
import { fromShellFigures, measureFromShell } from "./fromShell";
import { measureBigList, measureRequestRate } from "./images";
import { launchBrowser, median, PACKAGE, startBulkSim, type Bench, type Figure } from "./lib";

export const PARTS = ["bytes", "firstPaint", "editor", "images", "download"] as const;
export type Part = typeof PARTS[number];

export interface Sizes {
    runs: number;
    blueprintsSmall: number;
    blueprintsBig: number;
    editorPackages: number;
    editorUsers: number;
    keystrokes: number;
    finished: number;
    running: number;
    windowS: number;
    downloadBytes: number;
    downloadRuns: number;
}

export const FULL: Sizes = {
    runs: 7, blueprintsSmall: 1000, blueprintsBig: 5000, editorPackages: 5000, editorUsers: 200, keystrokes: 30,
    finished: 10_000, running: 5, windowS: 120, downloadBytes: 4 * 1024 ** 3, downloadRuns: 3,
};

export const SMOKE: Sizes = {
    runs: 1, blueprintsSmall: 50, blueprintsBig: 150, editorPackages: 200, editorUsers: 10, keystrokes: 5,
    finished: 200, running: 2, windowS: 10, downloadBytes: 64 * 1024 ** 2, downloadRuns: 1,
};

export interface Results {
    started: string;
    seconds: number;
    mode: "full" | "smoke" | "custom";
    sizes: Sizes;
    /** 1-minute load average at the start and the end: above the core count, times are inflated */
    load: [number, number];
    /** the same CPU work timed before the parts and after each (cpuProbe.ts): a slower machine phase shows here */
    cpu: { at: string; ms: number }[];
    figures: Figure[];
    largestModules: { module: string; bytes: number }[];
    errors: { part: Part; error: string }[];
}

/** Runs the parts asked for; an error in one part is recorded and the next part runs. */
export async function runBench(sizes: Sizes, parts: readonly Part[], log: (t: string) => void = t => process.stderr.write(`${t}\n`)): Promise<Results> {
    const started = new Date();
    const loadAtStart = os.loadavg()[0];
    const cpu: Results["cpu"] = [{ at: "start", ms: cpuProbeMs() }];
    const figures: Figure[] = [];
    const errors: Results["errors"] = [];
    const dist = path.join(REPO_ROOT, "dist");
    await assertSocketsFree(simConfig());
    const cockpit = await startCockpit({ plugins: { [PACKAGE]: dist } });
    const launched = await launchBrowser();
    const bench: Bench = {
        cockpit, browser: launched.browser, smoke: sizes.runs === 1, runs: sizes.runs,
        url: (route = "/") => `${cockpit.pluginUrl(PACKAGE)}#${route}`,
        log,
    };
    const part = async (name: Part, fn: () => Promise<void>): Promise<void> => {
        if (!parts.includes(name))
            return;
        log(`== ${name}`);
        try {
            await fn();
        } catch (e) {
            const text = e instanceof Error ? e.stack ?? e.message : String(e);
            log(`!! ${name} failed: ${text}`);
            errors.push({ part: name, error: text });
        }
        cpu.push({ at: `after ${name}`, ms: cpuProbeMs() });
    };
    try {
        await part("bytes", async () => {
            figures.push(...fileFigures().figures);
            figures.push(...(await wireFigures(bench)).figures);
        });
        let small: FirstPaint | undefined;
        await part("firstPaint", async () => {
            const sim = await startBulkSim({ blueprints: sizes.blueprintsSmall, finished: 0, running: 0 });
            try {
                small = await measureFirstPaint(bench, sim);
                figures.push(...firstPaintFigures(sizes.blueprintsSmall, small));
                figures.push(...fromShellFigures(sizes.blueprintsSmall, await measureFromShell(bench)));
            } finally {
                await sim.stop();
            }
        });
        await part("editor", async () => {
            const sim = await startBulkSim({ blueprints: sizes.blueprintsBig, finished: 0, running: 0 });
            try {
                if (parts.includes("firstPaint")) {
                    const big = await measureFirstPaint(bench, sim);
                    figures.push(...firstPaintFigures(sizes.blueprintsBig, big, small));
                }
                await pushBigBlueprint(sizes.editorPackages, sizes.editorUsers);
                const r = await measureEditor(bench, sizes.keystrokes);
                figures.push(...editorFigures(sizes.editorPackages, sizes.editorUsers, r));
            } finally {
                await sim.stop();
            }
        });
        if (parts.includes("images") || parts.includes("download")) {
            const sim = await startBulkSim({ blueprints: 50, finished: sizes.finished, running: sizes.running });
            try {
                await part("images", async () => {
                    figures.push(...await measureBigList(bench, sizes.finished + sizes.running));
                    figures.push(...await measureRequestRate(bench, sim, sizes.windowS, sizes.running));
                });
                await part("download", async () => {
                    const id = await bigCompose("bulk-00000", sizes.downloadBytes);
                    figures.push(...await measureDownload(bench, id, sizes.downloadBytes, sizes.downloadRuns));
                });
            } finally {
                await sim.stop();
            }
        }
    } finally {
        await launched.stop();
        await cockpit.stop();
    }
    return {
        started: started.toISOString(),
        seconds: (Date.now() - started.getTime()) / 1000,
        mode: sizes === SMOKE ? "smoke" : sizes === FULL ? "full" : "custom",
        sizes,
        load: [loadAtStart, os.loadavg()[0]],
        cpu,
        figures,
        largestModules: parts.includes("bytes") ? largestModules(15) : [],
        errors,
    };
}

function num(x: number): string {
    if (!Number.isFinite(x))
        return "-";
    return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function table(results: Results): string {
    const rows = [["figure", "median", "min-max", "unit", "n", "goal", "met"]];
    for (const f of results.figures) {
        const range = f.samples.length ? `${num(Math.min(...f.samples))}-${num(Math.max(...f.samples))}` : "-";
        rows.push([f.label, num(median(f.samples)), range, f.unit, String(f.samples.length), f.goal ?? "", f.ok === undefined ? (f.goal && !f.samples.length ? "n/a" : "") : f.ok ? "yes" : "NO"]);
    }
    const widths = rows[0].map((_c, i) => Math.max(...rows.map(r => r[i].length)));
    const line = (r: string[]): string => r.map((c, i) => (i === 0 || i >= 5 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
    const out = [line(rows[0]), widths.map(w => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)];
    const notes = results.figures.filter(f => f.note).map(f => `  ${f.label}: ${f.note}`);
    if (notes.length)
        out.push("", "notes:", ...notes);
    if (results.largestModules.length) {
        out.push("", "largest modules in the bundle (esbuild metafile, bytes in output):");
        for (const m of results.largestModules)
            out.push(`  ${String(m.bytes).padStart(8)}  ${m.module}`);
    }
    for (const e of results.errors)
        out.push("", `FAILED ${e.part}: ${e.error.split("\n")[0]}`);
    return out.join("\n");
}

/** results.json; a run of some parts replaces those parts' figures in the last full results */
function writeResults(results: Results, partial: boolean): void {
    const file = path.join(REPO_ROOT, "test/bench/results.json");
    let out = results;
    if (partial && fs.existsSync(file)) {
        const old = JSON.parse(fs.readFileSync(file, "utf8")) as Results & { reruns?: unknown[] };
        const figures = old.figures.map(f => results.figures.find(n => n.id === f.id) ?? f);
        figures.push(...results.figures.filter(f => !old.figures.some(o => o.id === f.id)));
        out = { ...old, figures, reruns: [...(old.reruns ?? []), { started: results.started, load: results.load, cpu: results.cpu, figures: results.figures.map(f => f.id) }] } as Results;
    }
    fs.writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}

async function main(): Promise<void> {
    const args = process.argv.slice(2);
    const smoke = args.includes("--smoke");
    const onlyAt = args.indexOf("--only");
    const parts = onlyAt >= 0 ? args[onlyAt + 1].split(",") as Part[] : [...PARTS];
    for (const p of parts) {
        if (!PARTS.includes(p))
            throw new Error(`unknown part ${p} (known: ${PARTS.join(", ")})`);
    }
    const value = (flag: string): number | undefined => {
        const at = args.indexOf(flag);
        return at >= 0 ? Number(args[at + 1]) : undefined;
    };
    const custom = ["--runs", "--window", "--download-mib"].some(f => args.includes(f));
    const sizes = custom ? { ...(smoke ? SMOKE : FULL) } : smoke ? SMOKE : FULL;
    sizes.runs = value("--runs") ?? sizes.runs;
    sizes.windowS = value("--window") ?? sizes.windowS;
    sizes.downloadBytes = (value("--download-mib") ?? sizes.downloadBytes / 1024 ** 2) * 1024 ** 2;
    const results = await runBench(sizes, parts);
    const text = table(results);
    const load = results.load.map(l => l.toFixed(1)).join(" -> ");
    const cpu = results.cpu.map(c => `${c.at} ${c.ms.toFixed(0)}`).join(", ");
    process.stdout.write(`\n${text}\n\n${results.mode} run, ${results.seconds.toFixed(0)} s, load average ${load} on ${os.cpus().length} cores\n`);
    process.stdout.write(`cpu probe (the same JSON work in this process, ms, lower is faster): ${cpu}\n`);
    if (results.mode === "full")
        writeResults(results, parts.length < PARTS.length);
    process.exitCode = results.errors.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(REPO_ROOT, "test/bench/bench.ts"))
    await main();
