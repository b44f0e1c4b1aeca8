// Shared parts of the benchmarks: the browser (Debian's Chromium, driven over CDP), the
// composer stand-in with a given seed, the page probe, the record file, and statistics.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as esbuild from "esbuild";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

import type { Cockpit } from "../harness/cockpit";
import { REPO_ROOT, simConfig, socketRequest, startSim, stopSim, WELDR_SOCKET, type SimConfig } from "../harness/sim";

export const PACKAGE = "foundry";
const CHROMIUM = process.env.FOUNDRY_CHROMIUM ?? "/usr/bin/chromium";

export interface Bench {
    cockpit: Cockpit;
    browser: Browser;
    smoke: boolean;
    runs: number;
    /** the plugin page outside the shell, at a route: index.html#/images */
    url(route?: string): string;
    log(text: string): void;
}

/** One printed figure: median of the samples, their range, the goal and whether it is met. */
export interface Figure {
    id: string;
    label: string;
    unit: string;
    samples: number[];
    goal?: string;
    /** undefined: no goal */
    ok?: boolean;
    note?: string;
}

export function median(xs: number[]): number {
    if (xs.length === 0)
        return Number.NaN;
    const s = [...xs].sort((a, b) => a - b);
    const mid = Math.floor(s.length / 2);
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function figure(id: string, label: string, unit: string, samples: number[], goal?: { text: string; max?: number; min?: number }, note?: string): Figure {
    const m = median(samples);
    let ok: boolean | undefined;
    if (goal?.max !== undefined)
        ok = m <= goal.max;
    if (goal?.min !== undefined)
        ok = m >= goal.min;
    return { id, label, unit, samples, goal: goal?.text, ok, note };
}

export const sleep = (ms: number): Promise<void> => new Promise(r => setTimeout(r, ms));

// ---- browser ---------------------------------------------------------------------------------

export interface LaunchedBrowser { browser: Browser; stop(): Promise<void> }

/**
 * Chromium started by us and attached over CDP with `noDefaults`: Playwright then leaves the
 * default context alone, in particular it does not turn on focus emulation, which keeps a page
 * "visible" whatever happens. Only so can a page of the default context become hidden
 * (document.hidden) when another tab comes to the front or the window is minimised.
 * Contexts made with browser.newContext() get Playwright's usual defaults.
 */
export async function launchBrowser(): Promise<LaunchedBrowser> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-bench-chromium-"));
    // in a process group of its own, so that stop() ends Chromium's helper processes with it
    const child: ChildProcess = spawn(CHROMIUM, [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank",
    ], { stdio: ["ignore", "ignore", "pipe"], detached: true });
    const endpoint = await new Promise<string>((resolve, reject) => {
        let seen = "";
        const timer = setTimeout(() => reject(new Error(`chromium: no DevTools endpoint in 20 s:\n${seen}`)), 20_000);
        child.stderr?.on("data", (d: Buffer) => {
            seen += d.toString();
            const m = /DevTools listening on (ws:\S+)/.exec(seen);
            if (m) {
                clearTimeout(timer);
                resolve(m[1]);
            }
        });
        child.once("exit", code => reject(new Error(`chromium exited (${code}):\n${seen}`)));
    });
    child.stderr?.resume();
    const browser = await chromium.connectOverCDP(endpoint, { noDefaults: true, isLocal: true });
    return {
        browser,
        async stop() {
            await browser.close().catch(() => undefined);
            if (child.exitCode === null) {
                const exited = new Promise(r => child.once("exit", r));
                child.kill("SIGTERM");
                await exited;
            }
            // Chromium's helper processes can outlive the main one and still write the profile
            try {
                if (child.pid)
                    process.kill(-child.pid, "SIGKILL");
            } catch {
                // the group is gone already
            }
            try {
                fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
            } catch (error) {
                // a temporary directory left behind is no reason to lose the figures
                process.stderr.write(`bench: could not remove the browser profile ${profile}: ${String(error)}\n`);
            }
        },
    };
}

let probeSource: string | undefined;

/** The page probe (page-probe.ts) as one script */
export function probeScript(): string {
    probeSource ??= esbuild.buildSync({
        entryPoints: [path.join(REPO_ROOT, "test/bench/page-probe.ts")],
        bundle: true, format: "iife", target: "es2022", write: false, minify: false, keepNames: false,
    }).outputFiles[0].text;
    return probeSource;
}

/** A fresh context with the probe in every page */
export async function probedContext(bench: Bench, opts: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
    const ctx = await bench.browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
    await ctx.addInitScript({ content: probeScript() });
    return ctx;
}

export interface WatchSpec { name: string; selector: string; min?: number; absent?: string }

/**
 * Polls `expression` in the page until it is truthy. Not page.waitForFunction: with a string
 * that evaluates through eval in the page, which Cockpit's CSP (no 'unsafe-eval') refuses.
 */
export async function waitForTrue(page: Page, expression: string, timeoutMs = 30_000, everyMs = 25): Promise<void> {
    const t0 = Date.now();
    for (;;) {
        if (await page.evaluate(expression).catch(() => false))
            return;
        if (Date.now() - t0 > timeoutMs)
            throw new Error(`not true after ${timeoutMs} ms: ${expression}`);
        await sleep(everyMs);
    }
}

/** Navigate and resolve the probe's milestones (ms since navigation start). */
export async function loadAndWatch(page: Page, url: string, watches: WatchSpec[], timeoutMs = 60_000): Promise<Record<string, number>> {
    await page.goto(url, { waitUntil: "commit" });
    await waitForTrue(page, "!!window.__bench", timeoutMs, 5);
    await page.evaluate(`window.__bench.watch(${JSON.stringify(watches)})`);
    const names = JSON.stringify(watches.map(w => w.name));
    await waitForTrue(page, `${names}.every(n => n in window.__bench.marks)`, timeoutMs, 50);
    return await page.evaluate("({...window.__bench.marks})") as Record<string, number>;
}

/** JS heap in use after a full garbage collection, in bytes (CDP, the page's main isolate) */
export async function heapUsed(page: Page): Promise<number> {
    const cdp = await page.context().newCDPSession(page);
    try {
        await cdp.send("HeapProfiler.collectGarbage");
        const { usedSize } = await cdp.send("Runtime.getHeapUsage");
        return usedSize;
    } finally {
        await cdp.detach().catch(() => undefined);
    }
}

// ---- the stand-in ----------------------------------------------------------------------------

export interface Seed { blueprints: number; finished: number; running: number }

export interface RunningSim {
    config: SimConfig;
    record: string;
    stop(): Promise<void>;
}

/** The stand-in on the real sockets with a bulk seed, recording every request. */
export async function startBulkSim(seed: Seed, buildSeconds = 0): Promise<RunningSim> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-bench-sim-"));
    const record = path.join(dir, "requests.jsonl");
    const config = simConfig({
        // main.ts takes bulk:<blueprints>:<finished>:<running>; SimConfig names only the two word seeds
        seed: `bulk:${seed.blueprints}:${seed.finished}:${seed.running}` as SimConfig["seed"],
        buildSeconds,
        record,
        artifacts: path.join(dir, "artifacts"),
    });
    await startSim(config, 120_000);
    return {
        config,
        record,
        async stop() {
            await stopSim(config.pidFile);
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}

export interface Recorded { time: string; api: "weldr" | "cloud"; method: string; path: string; query?: string }

/** Requests the stand-in received, from line `from` on */
export function readRecord(file: string, from = 0): Recorded[] {
    if (!fs.existsSync(file))
        return [];
    return fs.readFileSync(file, "utf8").split("\n").filter(Boolean).slice(from).map(l => JSON.parse(l) as Recorded);
}

export async function weldrJson(method: string, urlPath: string, body?: object): Promise<Record<string, unknown>> {
    const r = await socketRequest(WELDR_SOCKET, method, urlPath, body ? { body } : {});
    if (r.status !== 200)
        throw new Error(`${method} ${urlPath}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
    return r.json() as Record<string, unknown>;
}
