// Figures 3 and 4, the images page with many composes.
//   3. request rate, counted at the stand-in (--record): a window with the page visible, then one
//      with it hidden (another tab in front: document.hidden is true, see README.md).
//   4. big list: time to interactive, rows rendered, sort and filter until the table settles.
import { Page } from "playwright-core";

import { figure, heapUsed, loadAndWatch, probedContext, readRecord, sleep, waitForTrue, weldrJson, type Bench, type Figure, type Recorded, type RunningSim } from "./lib";

const ROW = "tbody tr[data-compose]";
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const LIST = /(\/compose\/(queue|finished|failed)|\/v2\/composes\/?)$/;

async function ids(list: "queue" | "finished"): Promise<Set<string>> {
    const reply = await weldrJson("GET", `/api/v1/compose/${list}`);
    const entries = [...(reply.new as { id: string }[] ?? []), ...(reply.run as { id: string }[] ?? []), ...(reply.finished as { id: string }[] ?? [])];
    return new Set(entries.map(e => e.id));
}

interface Counts { total: number; list: Record<string, number>; running: number; finished: number; other: number }

function classify(reqs: Recorded[], running: Set<string>, finished: Set<string>): Counts {
    const c: Counts = { total: reqs.length, list: {}, running: 0, finished: 0, other: 0 };
    for (const r of reqs) {
        const p = r.path.replace(/\?.*$/, "");
        const found = decodeURIComponent(p).match(UUID) ?? [];
        if (LIST.test(p)) {
            const key = `${r.api} ${p.replace(/^\/api\/(v[01]|image-builder-composer\/v2)/, "")}`;
            c.list[key] = (c.list[key] ?? 0) + 1;
        } else if (found.length > 0) {
            c.running += found.filter(id => running.has(id.toLowerCase())).length;
            c.finished += found.filter(id => finished.has(id.toLowerCase())).length;
        } else {
            c.other += 1;
        }
    }
    return c;
}

export async function measureRequestRate(bench: Bench, sim: RunningSim, windowS: number, runningCount: number): Promise<Figure[]> {
    const running = await ids("queue");
    const finished = await ids("finished");
    // the default context: no focus emulation, so the page can become hidden (lib.ts)
    const ctx = bench.browser.contexts()[0];
    const page = await ctx.newPage();
    const start = readRecord(sim.record).length;
    await page.goto(bench.url("/images"));
    await page.waitForSelector(ROW, { timeout: 120_000 });
    await sleep(3000);
    const l0 = readRecord(sim.record).length;
    const firstLoad = classify(readRecord(sim.record, start).slice(0, l0 - start), running, finished);
    bench.log(`request rate: first load ${firstLoad.total} request(s); visible for ${windowS} s`);
    await sleep(windowS * 1000);
    const l1 = readRecord(sim.record).length;

    const browserCdp = await bench.browser.newBrowserCDPSession();
    const { targetId } = await browserCdp.send("Target.createTarget", { url: "about:blank", newWindow: false, background: false });
    await sleep(300);
    const hidden = await page.evaluate("document.hidden") as boolean;
    bench.log(`request rate: another tab in front, document.hidden = ${hidden}; hidden for ${windowS} s`);
    await sleep(windowS * 1000);
    const l2 = readRecord(sim.record).length;
    await browserCdp.send("Target.closeTarget", { targetId });
    await browserCdp.detach();
    await page.close();

    const all = readRecord(sim.record, l0);
    const visible = classify(all.slice(0, l1 - l0), running, finished);
    const hiddenC = classify(all.slice(l1 - l0, l2 - l0), running, finished);
    const per10 = visible.running / Math.max(1, runningCount) / (windowS / 10);
    const listMax = Math.max(0, ...Object.values(visible.list));
    const per30 = listMax / (windowS / 30);
    const note = (c: Counts): string => `${c.total} req: list ${JSON.stringify(c.list)}, running ids ${c.running}, finished ids ${c.finished}, other ${c.other}`;
    bench.log(`request rate: first load ${note(firstLoad)}`);
    bench.log(`request rate: visible ${note(visible)}`);
    bench.log(`request rate: hidden ${note(hiddenC)}`);
    const w = `${windowS} s`;
    return [
        figure("requests.firstLoad", "images page: requests for the first load", "req", [firstLoad.total], undefined, note(firstLoad)),
        figure("requests.visible.total", `images page: requests, ${w} visible`, "req", [visible.total], undefined, note(visible)),
        figure("requests.visible.running", "images page visible: status asks per running compose per 10 s", "req", [per10], { text: "<= 1", max: 1 }),
        figure("requests.visible.list", "images page visible: list refreshes per 30 s", "req", [per30], { text: "<= 1", max: 1 }),
        figure("requests.hidden.total", `images page: requests, ${w} hidden (document.hidden=${hidden})`, "req", [hiddenC.total], { text: "0", max: 0 }, note(hiddenC)),
        figure("requests.finishedAfterFirst", "finished composes fetched after the first page", "ids", [visible.finished + hiddenC.finished], { text: "0", max: 0 }),
    ];
}

/** first interactive moment after `from`: the end of the long tasks until a quiet second */
function interactiveAt(from: number, tasks: { start: number; end: number }[]): number {
    let t = from;
    for (const lt of [...tasks].sort((a, b) => a.start - b.start)) {
        if (lt.end <= t)
            continue;
        if (lt.start > t + 1000)
            break;
        t = lt.end;
    }
    return t;
}

async function settle(page: Page, action: "click" | "input", selector: string, text = ""): Promise<number> {
    return await page.evaluate(`window.__bench.settleAfter(${JSON.stringify(action)}, ${JSON.stringify(selector)}, ${JSON.stringify(text)}, 600)`) as number;
}

const SORT = "#app thead th button";
const FILTER = "#app input[type='search'], #app .pf-v6-c-search-input input, #app .pf-v6-c-text-input-group input, #app .pf-v6-c-toolbar input[type='text']";

export async function measureBigList(bench: Bench, total: number): Promise<Figure[]> {
    const tti: number[] = [];
    const firstRows: number[] = [];
    const rows: number[] = [];
    const heap: number[] = [];
    const sort: number[] = [];
    const filter: number[] = [];
    let sortNote = "";
    let filterNote = "";
    for (let i = 0; i < bench.runs; i++) {
        const ctx = await probedContext(bench);
        const page = await ctx.newPage();
        const marks = await loadAndWatch(page, bench.url("/images"), [{ name: "rows", selector: ROW }], 120_000);
        firstRows.push(marks.rows);
        let at = marks.rows;
        for (;;) {
            const tasks = await page.evaluate("[...window.__bench.longTasks]") as { start: number; end: number }[];
            at = interactiveAt(marks.rows, tasks);
            const now = await page.evaluate("performance.now()") as number;
            if (now > at + 1100)
                break;
            await sleep(200);
        }
        tti.push(at);
        rows.push(await page.locator("#app tbody tr").count());
        heap.push(await heapUsed(page) / 1e6);
        if (await page.locator(SORT).count() > 0) {
            sort.push(await settle(page, "click", SORT));
        } else {
            sortNote = "no sortable column header on the images page";
        }
        if (await page.locator(FILTER).count() > 0) {
            filter.push(await settle(page, "input", FILTER, "bulk-0001"));
        } else {
            filterNote = "no filter input on the images page";
        }
        bench.log(`big list, run ${i + 1}: rows ${marks.rows.toFixed(0)} ms, interactive ${at.toFixed(0)} ms, ${rows[i]} rows, sort ${sort[i]?.toFixed(0) ?? "-"} ms, filter ${filter[i]?.toFixed(0) ?? "-"} ms`);
        await ctx.close();
    }
    // the Images tab opened from the blueprints list: the app already runs; the page's code and
    // the lists are fetched then (nothing cached: the list page reads no compose)
    const inApp: number[] = [];
    for (let i = 0; i < bench.runs; i++) {
        const ctx = await probedContext(bench);
        const page = await ctx.newPage();
        await loadAndWatch(page, bench.url("/"), [{ name: "list", selector: "tbody tr[data-blueprint]" }], 120_000);
        await sleep(500);
        const t0 = await page.evaluate(`window.__bench.watch([{ name: "inApp", selector: "${ROW}" }]); location.hash = "#/images"; performance.now()`) as number;
        await waitForTrue(page, `"inApp" in window.__bench.marks`, 120_000);
        inApp.push(await page.evaluate("window.__bench.marks.inApp") as number - t0);
        bench.log(`big list from the blueprints list, run ${i + 1}: rows ${inApp[i].toFixed(0)} ms after the route change`);
        await ctx.close();
    }
    const what = `images page (${total} composes)`;
    return [
        figure("bigList.inApp", `${what}: first rows, opened from the blueprints list (route change)`, "ms", inApp),
        figure("bigList.firstRows", `${what}: first rows painted`, "ms", firstRows),
        figure("bigList.tti", `${what}: time to interactive`, "ms", tti, { text: "<= 300 ms", max: 300 }),
        // the same runs, less the first rows: what the page still does once its first page shows
        figure("bigList.ttiAfterRows", `${what}: interactive after the first rows`, "ms", tti.map((t, i) => t - firstRows[i])),
        figure("bigList.rows", `${what}: table rows rendered`, "rows", rows, { text: "<= page size (100)", max: 100 }),
        figure("bigList.heap", `${what}: JS heap after load`, "MB", heap),
        sort.length ? figure("bigList.sort", `${what}: sort (click header -> settled)`, "ms", sort, { text: "<= 100 ms", max: 100 })
            : figure("bigList.sort", `${what}: sort`, "ms", [], { text: "<= 100 ms" }, sortNote),
        filter.length ? figure("bigList.filter", `${what}: filter (input -> settled)`, "ms", filter, { text: "<= 100 ms", max: 100 })
            : figure("bigList.filter", `${what}: filter`, "ms", [], { text: "<= 100 ms" }, filterNote),
    ];
}
