// Figure 2, first paint of the blueprints list (and issue 3's "5,000 blueprints: first rows within
// 1 s, batched info requests"): navigation start -> first row painted -> every row of the first
// page has its details; JS heap after load; blueprints/info requests per load.
import { figure, heapUsed, loadAndWatch, median, probedContext, readRecord, type Bench, type Figure, type RunningSim } from "./lib";

const ROW = "tbody tr[data-blueprint]";
const SKELETON = "tbody .pf-v6-c-skeleton";

export interface FirstPaint { firstRow: number[]; complete: number[]; heapMB: number[]; infoRequests: number[]; namesPerInfo: number[] }

export async function measureFirstPaint(bench: Bench, sim: RunningSim): Promise<FirstPaint> {
    const out: FirstPaint = { firstRow: [], complete: [], heapMB: [], infoRequests: [], namesPerInfo: [] };
    for (let i = 0; i < bench.runs; i++) {
        const ctx = await probedContext(bench);
        const page = await ctx.newPage();
        const from = readRecord(sim.record).length;
        const marks = await loadAndWatch(page, bench.url("/"), [
            { name: "firstRow", selector: ROW },
            { name: "complete", selector: ROW, absent: SKELETON },
        ]);
        out.firstRow.push(marks.firstRow);
        out.complete.push(marks.complete);
        out.heapMB.push(await heapUsed(page) / 1e6);
        const info = readRecord(sim.record, from).filter(r => /\/blueprints\/info\//.test(r.path));
        out.infoRequests.push(info.length);
        const names = info.map(r => decodeURIComponent(r.path.replace(/^.*\/blueprints\/info\//, "")).split(",").length);
        out.namesPerInfo.push(names.length ? names.reduce((a, b) => a + b, 0) / names.length : 0);
        await ctx.close();
        bench.log(`first paint, run ${i + 1}: row ${marks.firstRow.toFixed(0)} ms, complete ${marks.complete.toFixed(0)} ms, ${info.length} info request(s)`);
    }
    return out;
}

export function firstPaintFigures(n: number, r: FirstPaint, base?: FirstPaint): Figure[] {
    const goalMs = (key: "firstRow" | "complete") => base
        ? { text: `<= 1.5 x ${median(base[key]).toFixed(0)} ms`, max: 1.5 * median(base[key]) }
        : { text: "<= 400 ms", max: 400 };
    const heapGoal = base ? { text: `<= 1.5 x ${median(base.heapMB).toFixed(1)} MB`, max: 1.5 * median(base.heapMB) } : { text: "<= 15 MB", max: 15 };
    const figs = [
        figure(`firstPaint.${n}.firstRow`, `blueprints list (${n}): first row painted`, "ms", r.firstRow, goalMs("firstRow")),
        figure(`firstPaint.${n}.complete`, `blueprints list (${n}): first page complete`, "ms", r.complete, goalMs("complete")),
        figure(`firstPaint.${n}.heap`, `blueprints list (${n}): JS heap after load`, "MB", r.heapMB, heapGoal),
        figure(`firstPaint.${n}.info`, `blueprints list (${n}): blueprints/info requests per load`, "req", r.infoRequests, { text: "<= 2 (batched)", max: 2 }),
        figure(`firstPaint.${n}.namesPerInfo`, `blueprints list (${n}): names per info request`, "names", r.namesPerInfo),
    ];
    if (base)
        figs.splice(1, 0, figure(`editor.list.${n}.firstRow`, `blueprints list (${n}): first rows within 1 s`, "ms", r.firstRow, { text: "<= 1000 ms", max: 1000 }));
    return figs;
}
