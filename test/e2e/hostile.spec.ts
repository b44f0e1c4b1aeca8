// Hostile content from the service: blueprint fields, compose errors, upload results and Koji
// fields carrying HTML, javascript: and data: URLs, a 1 MB string, right-to-left override and
// zero-width characters. Everything renders as text, only http(s) links exist, layouts hold.
// Composes with such fields cannot be made through composer's API: they are written into the
// stand-in's state file while it is stopped (test/composer-sim/hostile.ts), and removed after.
import fs from "node:fs";

import type { Frame, FrameLocator, Locator, Page } from "@playwright/test";

import { HOSTILE, HOSTILE_TAG, SPOOFED_NAME, SPOOFED_SHOWN, hostileComposes, spoofedRecords } from "../composer-sim/hostile";
import type { ComposeRecord, SimState } from "../composer-sim/model";
import { readE2eEnv } from "./env";
import { startSim, stopSim, type SimConfig } from "../harness/sim";
import { expect, pluginFrame, test } from "./fixtures";
import { pushBlueprint as push } from "./weldr-blueprints";

const composes = hostileComposes();
/** HOSTILE.bidi as the page shows it */
const BIDI_SHOWN = "evil\\u202Egpj.exe\\u200B\\u200Bend";
const all: ComposeRecord[] = [...composes.uploads, composes.failed, composes.koji];
const spoofed = spoofedRecords();

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
        state.composes[spoofed.compose.id] = spoofed.compose;
        state.sources[SPOOFED_NAME] = spoofed.source;
    });
});

test.afterAll(async () => {
    await editState(readE2eEnv().sim, state => {
        for (const c of all) delete state.composes[c.id];
        delete state.composes[spoofed.compose.id];
        delete state.sources[SPOOFED_NAME];
    });
});

/** What the plugin's page holds that hostile content could have created, and what it shows of invisible characters. */
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
    await expectNoInvisibleChars(frame);
}

/**
 * No text the page shows holds a character that does not show or reorders the text around it
 * (bidi controls, zero-width characters, BOM): each is shown as its escape (VisibleText,
 * displayText). Only form fields, which hold the value itself for editing, may hold them.
 */
async function expectNoInvisibleChars(frame: Frame): Promise<void> {
    const found = await frame.evaluate(() => {
        const body = document.body;
        const invisible = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
        const shown: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (node.nodeValue && invisible.test(node.nodeValue) && !parent?.closest("input, textarea"))
                shown.push(`${parent?.tagName ?? "?"}.${parent?.className ?? ""}: ${JSON.stringify(node.nodeValue.slice(0, 80))}`);
        }
        return shown;
    });
    expect(found, "text with invisible characters shown as they are").toEqual([]);
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
        // the right-to-left override and the zero-width spaces of the description show as marked escapes
        await expect(app.locator(`tr[data-blueprint="${names[0]}"] .foundry-invisible-char`)).toHaveText(["\\u202E", "\\u200B\\u200B"]);

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
        // the page does show a hostile value of the service (as text), else the checks above prove little;
        // a right-to-left override and zero-width spaces are shown as their escapes (visible, and they
        // cannot reorder the text around them)
        const text = await app.locator("body").innerText();
        const shownValues = [HOSTILE_TAG, BIDI_SHOWN, "AAAAAAAAAAAAAAAAAAAAAAAA", "javascript:", "data:text/html"].filter(v => text.includes(v));
        expect(shownValues.length, "no hostile value of this compose is on its page").toBeGreaterThan(0);
        if (JSON.stringify(c).includes(HOSTILE.bidi.slice(0, 6)) && c.images[0].targets[0].result && /azure|local/.test(c.images[0].targets[0].type))
            expect(shownValues).toContain(BIDI_SHOWN);
    });
}

// ---- the reviewer's inspector: a hostile status pasted or opened ----

/** A zero-width space inside an AMI id, and the same id as the page shows it. */
const AMI_ZW = "ami-0123\u200B4567";
const AMI_ZW_SHOWN = "ami-0123\\u200B4567";

function hostileStatus() {
    const upload = (type: string, options: Record<string, unknown>) => ({ status: "success", upload_status: { type, status: "success", options } });
    return {
        id: `e2e-${HOSTILE.bidi}`,
        kind: "ComposeStatus",
        status: HOSTILE.html,
        koji_status: { build_id: 7 },
        image_status: { status: "success" },
        image_statuses: [
            upload("aws", { ami: AMI_ZW, region: HOSTILE.javascriptUrl }),
            upload("aws.s3", { url: HOSTILE.javascriptUrl }),
            upload("oci.objectstorage", { url: HOSTILE.dataUrl }),
            upload("gcp", { project_id: HOSTILE.html, image_name: HOSTILE.huge }),
            upload("azure", { image_name: HOSTILE.bidi }),
            upload("container", { url: "https://exa\u200Bmple.com/e2e", digest: "sha256:\uFEFFabc" }),
            { status: "failure", error: { id: 10, reason: HOSTILE.html, details: [{ id: 11, reason: HOSTILE.bidi, details: HOSTILE.huge }] } },
        ],
    };
}

/** Pastes a text as a paste does: the whole text in one input event. */
async function paste(textarea: Locator, text: string): Promise<void> {
    await textarea.evaluate((el, value) => {
        const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")?.set;
        setValue?.call(el, value);
        el.dispatchEvent(new Event("input", { bubbles: true }));
    }, text);
    await expect(textarea).toHaveValue(text);
}

async function inspect(app: FrameLocator, text: string | null, file?: Buffer): Promise<void> {
    if (file)
        await app.locator("form", { has: app.locator("textarea#inspect-file") }).locator('input[type="file"]').setInputFiles({ name: "compose-status.json", mimeType: "application/json", buffer: file });
    else
        await paste(app.locator("textarea#inspect-file"), text ?? "");
    await app.getByRole("button", { name: "Inspect", exact: true }).click();
    await expect(app.locator(".foundry-inspected-image")).toHaveCount(7);
}

for (const how of ["pasted", "opened as a file"] as const) {
    test(`a hostile Cloud status ${how} in the inspector shows as text, makes no link of it and holds the layout`, async ({ page, gotoApp }) => {
        const app = await gotoApp("/inspect");
        const text = JSON.stringify(hostileStatus(), null, 2);
        await inspect(app, text, how === "pasted" ? undefined : Buffer.from(text));
        await expectInert(page);
        const result = app.locator(".foundry-inspected");
        // no value from the status became a link: not javascript:/data:, not an AWS console link
        // for a region that is a script, not a URL with a zero-width space in its host
        await expect(result.locator(".foundry-locations a")).toHaveCount(0);
        await expect(app.locator('.foundry-location[data-type="aws"]').getByText(AMI_ZW_SHOWN, { exact: true })).toBeVisible();
        await expect(app.locator('.foundry-location[data-type="aws"]').getByText(HOSTILE.javascriptUrl, { exact: true })).toBeVisible();
        await expect(app.locator('.foundry-location[data-type="aws.s3"]').getByText(HOSTILE.javascriptUrl, { exact: true })).toBeVisible();
        await expect(app.locator('.foundry-location[data-type="oci.objectstorage"]').getByText(HOSTILE.dataUrl, { exact: true })).toBeVisible();
        await expect(app.locator('.foundry-location[data-type="gcp"]').getByText(HOSTILE.html, { exact: true })).toBeVisible();
        // the 1 MiB name is cut, and says so
        await expect(app.locator('.foundry-location[data-type="gcp"]').getByText(/^A{2048}…$/)).toBeVisible();
        await expect(app.locator('.foundry-location[data-type="azure"]').getByText(BIDI_SHOWN, { exact: true })).toBeVisible();
        const container = app.locator('.foundry-location[data-type="container"]');
        await expect(container.getByText("https://exa\\u200Bmple.com/e2e", { exact: true })).toBeVisible();
        await expect(container.getByText("sha256:\\uFEFFabc", { exact: true })).toBeVisible();
        // the compose's own fields: the id with its override shown, the status as text
        await expect(result.getByText(`e2e-${BIDI_SHOWN}`, { exact: true })).toBeVisible();
        await expect(result.getByText(HOSTILE.html, { exact: true }).first()).toBeVisible();
        // the failed image: its reason as text, the override in it marked
        const failed = app.locator(".foundry-inspected-image").nth(6);
        await expect(failed.getByText(`Error 10: ${HOSTILE.html}`)).toBeVisible();
        await failed.getByRole("button", { name: "Details" }).click();
        await expect(failed.locator("pre .foundry-invisible-char").first()).toHaveText("\\u202E");
    });
}

// ---- names that read as others: zero-width and bidi characters in names and ids ----

test("a name with zero-width and bidi characters shows them, marked, in the images list, the image page and the sources page", async ({ page, gotoApp }) => {
    const marks = ["\\u2066", "\\u200B", "\\uFEFF"];
    // the images list and the image page: the name of the row, the heading, the details, the delete dialog
    let app = await gotoApp(`/images?blueprint=${spoofed.compose.id}`);
    const row = app.locator(`tr[data-compose="${spoofed.compose.id}"]`);
    await expect(row.getByRole("button", { name: `${SPOOFED_SHOWN} 1.0.0` })).toBeVisible();
    await expect(row.locator(".foundry-invisible-char")).toHaveText(marks);
    await expectNoInvisibleChars(await pluginFrame(page));
    app = await gotoApp(`/image/${spoofed.compose.id}`);
    await expect(app.getByRole("heading", { level: 1 })).toHaveText(`${SPOOFED_SHOWN} 1.0.0`);
    await expect(app.getByRole("heading", { level: 1 }).locator(".foundry-invisible-char")).toHaveText(marks);
    await expectNoInvisibleChars(await pluginFrame(page));
    await app.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(app.getByRole("dialog")).toContainText(`Delete image ${SPOOFED_SHOWN} 1.0.0`);
    await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    // the sources page: name, id and URL
    app = await gotoApp("/sources");
    const source = app.locator("tr").filter({ hasText: SPOOFED_SHOWN }).first();
    await expect(source).toContainText(`https://example.com/${SPOOFED_SHOWN}/`);
    await expect(source.locator(".foundry-invisible-char")).toHaveCount(9);
    await expectNoInvisibleChars(await pluginFrame(page));
    await source.getByRole("button", { name: /^Delete source/ }).click();
    await expect(app.getByRole("dialog")).toContainText(`Delete source ${SPOOFED_SHOWN}?`);
    await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
});

test("a blueprint name composer refuses shows, marked, in a search, and the other rows still get their details", async ({ page, sim, gotoApp }) => {
    const neighbour = "e2e-prod-neighbour";
    await push(sim, { name: neighbour, version: "2.1.0", description: "the neighbour's details", packages: [{ name: "tmux" }] });
    const cfg = readE2eEnv().sim;
    await editState(cfg, state => { state.blueprints[SPOOFED_NAME] = spoofed.blueprint; });
    try {
        // a search needs every blueprint's details: composer refuses a blueprints/info batch that
        // holds the spoofed name, so it must not be asked for with the others
        const app = await gotoApp("/?search=prod");
        const other = app.locator(`tr[data-blueprint="${neighbour}"]`);
        await expect(other).toContainText("the neighbour's details");
        await expect(other).toContainText("2.1.0");
        const row = app.locator(`tr[data-blueprint="${SPOOFED_NAME}"]`);
        await expect(row.getByRole("button", { name: SPOOFED_SHOWN, exact: true })).toBeVisible();
        await expect(row.locator(".foundry-invisible-char")).toHaveText(["\\u2066", "\\u200B", "\\uFEFF"]);
        await expect(row).toContainText("Details cannot be read: composer does not accept this name");
        await expect(app.locator("tbody .pf-v6-c-skeleton"), "a row still waits for details").toHaveCount(0);
        await expect(app.getByText(/not available|Invalid characters/i)).toHaveCount(0);
        await expectNoInvisibleChars(await pluginFrame(page));
    } finally {
        await editState(cfg, state => { delete state.blueprints[SPOOFED_NAME]; });
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${neighbour}`);
    }
});
