// The blueprints list opened the way users open it: in the Cockpit shell, from its menu. The
// shell is loaded first on another page (Accounts) and left to settle; then "Image Builder" is
// clicked and the plugin's frame is timed: click -> first row painted -> first page complete.
// The plugin's frame then takes the shell's connection (no WebSocket and bridge of its own) and
// shares the shell's main thread. Figure 2 itself stays on the page opened on its own (from its
// navigation start); these figures are printed beside it.
import { figure, PACKAGE, probedContext, sleep, waitForTrue, type Bench, type Figure } from "./lib";

const ROW = "tbody tr[data-blueprint]";
const SKELETON = "tbody .pf-v6-c-skeleton";
const FRAME = `cockpit1:localhost/${PACKAGE}`;
/** where the shell waits before the click: a page of its own, light and without polling */
const START_PAGE = "users";

export interface FromShell { firstRow: number[]; complete: number[] }

const WATCHES = [{ name: "firstRow", selector: ROW }, { name: "complete", selector: ROW, absent: SKELETON }];

async function waitUntil(check: () => Promise<unknown>, failure: string, timeoutMs = 30_000): Promise<void> {
    const t0 = Date.now();
    while (!await check()) {
        if (Date.now() - t0 > timeoutMs)
            throw new Error(failure);
        await sleep(5);
    }
}

export async function measureFromShell(bench: Bench): Promise<FromShell> {
    const out: FromShell = { firstRow: [], complete: [] };
    for (let i = 0; i < bench.runs; i++) {
        const ctx = await probedContext(bench);
        const page = await ctx.newPage();
        await page.goto(`${bench.cockpit.baseUrl}/${START_PAGE}`, { waitUntil: "load" });
        await waitForTrue(page, `!!document.querySelector('iframe[name="cockpit1:localhost/${START_PAGE}"]') && [...document.querySelectorAll("#host-apps a")].some(a => a.textContent.trim() === "Image Builder")`);
        await sleep(1000);
        // epoch milliseconds of the click, in the shell's clock
        const clicked = await page.evaluate(`(() => {
            const link = [...document.querySelectorAll("#host-apps a")].find(a => a.textContent.trim() === "Image Builder");
            const at = performance.timeOrigin + performance.now();
            link.click();
            return at;
        })()`) as number;
        // the plugin's frame, once it holds the plugin's page (its initial about:blank keeps the
        // window, and so the probe, but not a watch begun in it); the rows come 300 ms later or more
        const inFrame = async (expression: string): Promise<unknown> => {
            const frame = page.frames().find(f => f.name() === FRAME && f.url().includes(`/${PACKAGE}/index.html`));
            return frame ? await frame.evaluate(expression).catch(() => undefined) : undefined;
        };
        await waitUntil(() => inFrame("!!window.__bench"), "the shell did not open the plugin's frame");
        await inFrame(`window.__bench.watch(${JSON.stringify(WATCHES)})`);
        await waitUntil(() => inFrame(`${JSON.stringify(WATCHES.map(w => w.name))}.every(n => n in window.__bench.marks)`),
                        "the plugin's frame did not show its rows");
        const marks = await inFrame("({ origin: performance.timeOrigin, ...window.__bench.marks })") as { origin: number; firstRow: number; complete: number };
        out.firstRow.push(marks.origin + marks.firstRow - clicked);
        out.complete.push(marks.origin + marks.complete - clicked);
        await ctx.close();
        bench.log(`from the shell's menu, run ${i + 1}: row ${out.firstRow[i].toFixed(0)} ms, complete ${out.complete[i].toFixed(0)} ms after the click`);
    }
    return out;
}

export function fromShellFigures(n: number, r: FromShell): Figure[] {
    return [
        figure(`fromShell.${n}.firstRow`, `blueprints list (${n}), opened from the shell's menu: click -> first row painted`, "ms", r.firstRow),
        figure(`fromShell.${n}.complete`, `blueprints list (${n}), opened from the shell's menu: click -> first page complete`, "ms", r.complete),
    ];
}
