// Figure 5, a big image download through Cockpit's external channel URL (cockpit.md §7): the
// browser's download manager (a link built the way pkg/lib/channelUrl.ts builds it, clicked in
// the plugin page) against curl on the same URL; and the page's JS heap growth meanwhile.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import type { Page } from "playwright-core";

import { WELDR_SOCKET } from "../harness/sim";
import { figure, heapUsed, sleep, waitForTrue, weldrJson, type Bench, type Figure } from "./lib";

const MiB = 1024 * 1024;

/** used heap once the page is idle: two readings (after GC) 1 s apart within 0.2 MB, at most 30 s */
async function settledHeap(page: Page): Promise<number> {
    let last = await heapUsed(page);
    for (let i = 0; i < 30; i++) {
        await sleep(1000);
        const now = await heapUsed(page);
        if (Math.abs(now - last) < 0.2e6)
            return now;
        last = now;
    }
    return last;
}

/** A FINISHED qcow2 compose of `bytes` (the stand-in runs with --build-seconds 0 and writes a sparse file) */
export async function bigCompose(blueprint: string, bytes: number): Promise<string> {
    const reply = await weldrJson("POST", "/api/v1/compose", { blueprint_name: blueprint, compose_type: "qcow2", branch: "master", size: bytes });
    const id = reply.build_id as string;
    for (let i = 0; i < 100; i++) {
        const status = await weldrJson("GET", `/api/v1/compose/status/${id}`);
        const entry = (status.uuids as { queue_status: string }[])[0];
        if (entry?.queue_status === "FINISHED")
            return id;
        await sleep(100);
    }
    throw new Error(`compose ${id} did not finish`);
}

/** the options pkg/lib/channelUrl.ts gives the image page's link: the file name to offer included */
function channelOptions(id: string): Record<string, unknown> {
    const external = { "content-disposition": `attachment; filename="${id}-disk.qcow2"` };
    return { payload: "http-stream2", unix: WELDR_SOCKET, method: "GET", path: `/api/v1/compose/image/${id}`, binary: "raw", superuser: "try", external };
}

export async function measureDownload(bench: Bench, id: string, bytes: number, runs: number): Promise<Figure[]> {
    const url = bench.cockpit.channelUrl(channelOptions(id));
    const curl: number[] = [];
    const browser: number[] = [];
    const heapGrowth: number[] = [];
    const byCurl = (): number => {
        const out = execFileSync("curl", ["-sS", "-o", "/dev/null", "-w", "%{size_download} %{time_total}", url], { encoding: "utf8" });
        const [size, secs] = out.trim().split(" ").map(Number);
        if (size !== bytes)
            throw new Error(`curl got ${size} bytes, not ${bytes}`);
        return size / MiB / secs;
    };
    for (let i = 0; i < runs; i++) {
        // curl before the browser in one run, after it in the next, so that neither always comes
        // right after the other's 4 GiB
        if (i % 2 === 0)
            curl.push(byCurl());

        const ctx = await bench.browser.newContext({ acceptDownloads: true });
        const page = await ctx.newPage();
        await page.goto(bench.url(`/image/${id}`), { waitUntil: "load" });
        await waitForTrue(page, "typeof cockpit === 'object' && !!cockpit.transport.csrf_token");
        const before = await settledHeap(page);
        const rel = url.slice(bench.cockpit.baseUrl.length);
        const t0 = Date.now();
        const [download] = await Promise.all([
            page.waitForEvent("download", { timeout: 60_000 }),
            page.evaluate(`(() => { const a = document.createElement("a"); a.href = ${JSON.stringify(rel)}; document.body.appendChild(a); a.click(); a.remove(); })()`),
        ]);
        const file = await download.path();
        const secsB = (Date.now() - t0) / 1000;
        const got = fs.statSync(file).size;
        await download.delete();
        if (got !== bytes)
            throw new Error(`the browser got ${got} bytes, not ${bytes}`);
        browser.push(got / MiB / secsB);
        heapGrowth.push((await settledHeap(page) - before) / 1e6);
        await ctx.close();
        if (i % 2 === 1)
            curl.push(byCurl());
        bench.log(`download, run ${i + 1}: curl ${curl[i].toFixed(0)} MiB/s, browser ${browser[i].toFixed(0)} MiB/s, heap ${heapGrowth[i].toFixed(2)} MB`);
    }
    const ratio = browser.map((b, i) => 100 * b / curl[i]);
    const what = `download ${bytes >= 1024 * MiB ? `${bytes / 1024 / MiB} GiB` : `${bytes / MiB} MiB`}`;
    return [
        figure("download.curl", `${what}: curl on the channel URL`, "MiB/s", curl),
        figure("download.browser", `${what}: browser download (file written)`, "MiB/s", browser),
        figure("download.ratio", `${what}: browser / curl`, "%", ratio, { text: ">= 80 %", min: 80 }),
        figure("download.heap", `${what}: page JS heap growth`, "MB", heapGrowth, { text: "< 10 MB", max: 10 }),
    ];
}
