// Hostile content from the service: blueprint fields, compose errors, upload results and Koji
// fields carrying HTML, javascript: and data: URLs, a 1 MB string, right-to-left override and
// zero-width characters. Everything renders as text, only http(s) links exist, layouts hold.
// Composes with such fields cannot be made through composer's API: they are written into the
// stand-in's state file while it is stopped (test/composer-sim/hostile.ts), and removed after.
import fs from "node:fs";

import type { FrameLocator, Page } from "@playwright/test";

import { HOSTILE, HOSTILE_TAG, hostileComposes } from "../composer-sim/hostile";
import type { ComposeRecord, SimState } from "../composer-sim/model";
import { readE2eEnv } from "./env";
import { startSim, stopSim, type SimConfig } from "../harness/sim";
import { expect, pluginFrame, test, type SimControl } from "./fixtures";

const composes = hostileComposes();
const all: ComposeRecord[] = [...composes.uploads, composes.failed, composes.koji];

async function editState(cfg: SimConfig, edit: (state: SimState) => void): Promise<void> {
    if (!cfg.state) throw new Error("the stand-in runs without a state file");
    await stopSim(cfg.pidFile);
    const state = JSON.parse(fs.readFileSync(cfg.state, "utf8")) as SimState;
    edit(state);
    fs.writeFileSync(cfg.state, JSON.stringify(state));
    await startSim(cfg);
}

test.beforeAll(async () => {
    await editState(readE2eEnv().sim, state => {
        for (const c of all) state.composes[c.id] = c;
    });
});

test.afterAll(async () => {
    await editState(readE2eEnv().sim, state => {
        for (const c of all) delete state.composes[c.id];
    });
});

/** What the plugin's page holds that hostile content could have created. */
async function expectInert(page: Page): Promise<void> {
    const frame = await pluginFrame(page);
    const found = await frame.evaluate((tag) => {
        const w = window as unknown as Record<string, unknown>;
        const root = document.documentElement;
        return {
            pwned: w.__foundryPwned ?? null,
            elements: document.querySelectorAll(`${tag}, img[src="x"], [onerror]`).length,
            inlineScripts: Array.from(document.scripts).filter(s => !s.src).length,
            linkSchemes: [...new Set(Array.from(document.querySelectorAll("a[href]"), a => (a as HTMLAnchorElement).protocol))],
            otherUrls: Array.from(document.querySelectorAll("[src], [action], [formaction]"), e => e.getAttribute("src") ?? e.getAttribute("action") ?? e.getAttribute("formaction") ?? "")
                .filter(u => /^\s*(javascript|data):/i.test(u) && !/^data:image\//.test(u)),
            overflow: root.scrollWidth - root.clientWidth,
        };
    }, HOSTILE_TAG);
    expect(found.pwned, "hostile script ran").toBeNull();
    expect(found.elements, "an element was made from hostile HTML").toBe(0);
    expect(found.inlineScripts).toBe(0);
    for (const scheme of found.linkSchemes) expect(["http:", "https:"], `a link with ${scheme}`).toContain(scheme);
    expect(found.otherUrls).toEqual([]);
    expect(found.overflow, "the page scrolls sideways").toBeLessThanOrEqual(2);
}

/**
 * A text with U+202E is shown isolated (or in a field of its own), so it cannot reorder the text
 * around it. Returns how many such texts the page shows.
 */
async function expectBidiIsolated(app: FrameLocator): Promise<number> {
    const isolated = await app.locator("body").evaluate((body, text) => {
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const verdicts: boolean[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.nodeValue?.includes(text)) continue;
            let el: Element | null = node.parentElement;
            let ok = false;
            for (; el && el !== body; el = el.parentElement) {
                const style = getComputedStyle(el);
                if (el.tagName === "BDI" || style.unicodeBidi === "isolate" || style.unicodeBidi === "plaintext" || style.unicodeBidi === "isolate-override"
                    || el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.tagName === "PRE") {
                    ok = true;
                    break;
                }
            }
            verdicts.push(ok);
        }
        return verdicts;
    }, "\u202E");
    expect(isolated.every(Boolean), "right-to-left text not isolated").toBe(true);
    return isolated.length;
}

async function push(sim: SimControl, blueprint: Record<string, unknown>): Promise<void> {
    const reply = await sim.weldr("POST", "/api/v1/blueprints/new", { body: blueprint });
    expect(reply.status, reply.body.slice(0, 300)).toBe(200);
}

test("hostile blueprint fields show as text in the list and the editor", async ({ page, sim, gotoApp }) => {
    const names = ["e2e-hostile", "e2e-hostile-huge"];
    await push(sim, {
        name: names[0], version: "1.0.0", description: `${HOSTILE.html} ${HOSTILE.bidi}`,
        packages: [{ name: HOSTILE.html, version: "*" }, { name: HOSTILE.javascriptUrl }],
        customizations: { hostname: HOSTILE.bidi, user: [{ name: "alice", description: HOSTILE.html, key: HOSTILE.dataUrl }] },
    });
    await push(sim, { name: names[1], version: "1.0.0", description: HOSTILE.huge });
    try {
        const app = await gotoApp("/?search=e2e-hostile");
        await expect(app.getByText(HOSTILE.html, { exact: false }).first()).toBeVisible();
        await expect(app.getByText("AAAAAAAAAAAAAAAAAAAA").first()).toBeAttached();
        await expectInert(page);
        expect(await expectBidiIsolated(app), "the right-to-left description is not on the page").toBeGreaterThan(0);

        await gotoApp(`/blueprint/${names[0]}`);
        await expect(app.locator("#bp-description")).toHaveValue(`${HOSTILE.html} ${HOSTILE.bidi}`);
        await expectInert(page);
        await app.getByRole("tab", { name: "Packages" }).click();
        await expect(app.getByRole("tab", { name: "Packages", selected: true })).toBeVisible();
        await expectInert(page);
        await app.getByRole("tab", { name: "TOML" }).click();
        await expect(app.getByRole("textbox", { name: "Blueprint as TOML" })).toHaveValue(/foundry-pwned/);
        await expectInert(page);

        await gotoApp(`/blueprint/${names[1]}`);
        await expect(app.locator("#bp-description")).toHaveValue(HOSTILE.huge);
        await expectInert(page);
    } finally {
        for (const name of names) await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("the images list with hostile upload results and errors holds its layout and makes no links of them", async ({ page, gotoApp }) => {
    let app = await gotoApp("/images");
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    await expectInert(page);
    // the list's search matches a compose id's beginning: each hostile compose on its own
    for (const c of all) {
        app = await gotoApp(`/images?blueprint=${c.id}`);
        await expect(app.locator(`tr[data-compose="${c.id}"]`)).toBeVisible();
        await expectInert(page);
    }
});

for (const c of all) {
    const what = c.koji ? "a Koji build" : c.state === "FAILED" ? "a failed compose's error tree" : `an upload to ${c.images[0].targets[0].type}`;
    test(`the image page of ${what} with hostile fields shows them as text`, async ({ page, gotoApp }) => {
        const app = await gotoApp(`/image/${c.id}`);
        await expect(app.getByRole("list", { name: "Status timeline" })).toBeVisible();
        await expect(app.getByText(c.state === "FAILED" ? "Failed" : "Done").first()).toBeVisible();
        const shown = JSON.stringify(c).includes("foundry-pwned")
            ? app.getByText(HOSTILE_TAG, { exact: false }).first()
            : null;
        if (shown && c.state === "FAILED") await expect(shown).toBeVisible();
        await expectInert(page);
        await expectBidiIsolated(app);
        // the page does show a hostile value of the service (as text), else the checks above prove little;
        // a right-to-left override is shown as U+FFFD (visible, and it cannot reorder the text around it)
        const text = await app.locator("body").innerText();
        const shownValues = [HOSTILE_TAG, "evil\uFFFDgpj.exe", "AAAAAAAAAAAAAAAAAAAAAAAA", "javascript:", "data:text/html"].filter(v => text.includes(v));
        expect(shownValues.length, "no hostile value of this compose is on its page").toBeGreaterThan(0);
        if (JSON.stringify(c).includes(HOSTILE.bidi.slice(0, 6)) && c.images[0].targets[0].result && /azure|local/.test(c.images[0].targets[0].type))
            expect(shownValues).toContain("evil\uFFFDgpj.exe");
    });
}
