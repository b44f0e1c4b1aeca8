// Figure 6, the blueprint editor with a big blueprint (packages and users): opening the page
// (cold: navigation start -> form painted; in the app: route change -> form painted) and
// keystroke to paint in the Description field (keydown's timeStamp -> after the next paint).
import { figure, heapUsed, loadAndWatch, median, probedContext, waitForTrue, weldrJson, type Bench, type Figure } from "./lib";

export const EDITOR_BLUEPRINT = "zz-bench-editor";
const FIELD = "#bp-description";
/** the users card, the last card of the big blueprint: the cards below General render after it (FormPanel.tsx) */
const LAST_CARD = "#section-user";

export async function pushBigBlueprint(packages: number, users: number): Promise<void> {
    const bp = {
        name: EDITOR_BLUEPRINT,
        description: "A big blueprint for the editor benchmark",
        version: "1.0.0",
        packages: Array.from({ length: packages }, (_v, i) => ({ name: `bench-package-${String(i).padStart(5, "0")}`, version: "*" })),
        customizations: {
            user: Array.from({ length: users }, (_v, i) => ({
                name: `user${i}`, description: `Bench user ${i}`, home: `/home/user${i}`, shell: "/bin/bash",
                groups: ["wheel", "users"], uid: 2000 + i, key: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(i).padStart(8, "0")} user${i}@bench`,
            })),
        },
    };
    await weldrJson("POST", "/api/v1/blueprints/new", bp);
}

export interface EditorResult { coldMs: number[]; coldAllMs: number[]; appMs: number[]; keyMs: number[]; heapMB: number[] }

export async function measureEditor(bench: Bench, keystrokes: number): Promise<EditorResult> {
    const out: EditorResult = { coldMs: [], coldAllMs: [], appMs: [], keyMs: [], heapMB: [] };
    for (let i = 0; i < bench.runs; i++) {
        const ctx = await probedContext(bench);
        const page = await ctx.newPage();
        const marks = await loadAndWatch(page, bench.url(`/blueprint/${EDITOR_BLUEPRINT}`), [{ name: "editor", selector: FIELD }, { name: "all", selector: LAST_CARD }]);
        out.coldMs.push(marks.editor);
        out.coldAllMs.push(marks.all);
        out.heapMB.push(await heapUsed(page) / 1e6);

        // in the app: to the list, then back through the route
        await page.evaluate("location.hash = '#/'");
        await page.waitForSelector("tbody tr[data-blueprint]", { timeout: 30_000 });
        const t0 = await page.evaluate("performance.now()") as number;
        await page.evaluate(`window.__bench.watch([{ name: "inApp${i}", selector: "${FIELD}" }]); location.hash = "#/blueprint/${EDITOR_BLUEPRINT}"`);
        await waitForTrue(page, `"inApp${i}" in window.__bench.marks`);
        out.appMs.push(await page.evaluate(`window.__bench.marks["inApp${i}"]`) as number - t0);

        await page.click(FIELD);
        await page.keyboard.press("End");
        await page.waitForTimeout(300);
        await page.evaluate("window.__bench.keys.length = 0");
        const letters = "abcdefghijklmnopqrstuvwxyz";
        for (let k = 0; k < keystrokes; k++) {
            await page.keyboard.press(letters[k % letters.length]);
            await waitForTrue(page, `window.__bench.keys.length >= ${k + 1}`, 10_000, 10);
            await page.waitForTimeout(80);
        }
        const keys = await page.evaluate("[...window.__bench.keys]") as number[];
        // one figure per keydown (End's was dropped above)
        out.keyMs.push(median(keys));
        bench.log(`editor, run ${i + 1}: cold ${marks.editor.toFixed(0)} ms (every card ${marks.all.toFixed(0)} ms), in app ${out.appMs[i].toFixed(0)} ms, keystroke median ${median(keys).toFixed(1)} ms (max ${Math.max(...keys).toFixed(1)})`);
        // leave without the unsaved-changes prompt: the context goes away whole
        await ctx.close();
    }
    return out;
}

export function editorFigures(packages: number, users: number, r: EditorResult): Figure[] {
    const what = `editor (${packages} packages, ${users} users)`;
    return [
        figure("editor.open.cold", `${what}: open, navigation -> form painted`, "ms", r.coldMs, { text: "<= 500 ms", max: 500 }),
        figure("editor.open.coldAll", `${what}: open, navigation -> every card painted (the users' last)`, "ms", r.coldAllMs),
        figure("editor.open.inApp", `${what}: open from the list (route change)`, "ms", r.appMs, { text: "<= 500 ms", max: 500 }),
        figure("editor.keystroke", `${what}: keystroke to paint (median per run)`, "ms", r.keyMs, { text: "<= 50 ms", max: 50 }),
        figure("editor.heap", `${what}: JS heap after load`, "MB", r.heapMB),
    ];
}
