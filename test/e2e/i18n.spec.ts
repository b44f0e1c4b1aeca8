// Translations: with Cockpit's language cookie the plugin speaks German or French, the
// shell's menu lists it, and plural forms follow the language's rules. In German every page and
// main dialog is walked, and no English string of the template may show: any text node or
// accessible name that equals a msgid whose German translation differs is a leak (a string not
// passed through gettext, or translated before the locale was loaded), and so is any English
// default of a PatternFly component the plugin forgot to translate.
import fs from "node:fs";
import path from "node:path";
import type { FrameLocator, Page } from "@playwright/test";
import { po as poParser } from "gettext-parser";

import { REPO_ROOT } from "../harness/sim";
import { walkCreateImage } from "./dialog-walks";
import { expect, pluginFrame, test, type CockpitInfo } from "./fixtures";
import { pushBlueprint } from "./weldr-blueprints";

for (const { lang, create, search } of [
    { lang: "de", create: "Blueprint erstellen", search: "Blueprints durchsuchen" },
    { lang: "fr", create: "Créer un blueprint", search: "Rechercher des blueprints" },
]) {
    test(`with CockpitLang=${lang} the blueprints page is translated`, async ({ page, cockpit, gotoApp }) => {
        await page.context().addCookies([{ name: "CockpitLang", value: lang, url: cockpit.baseUrl }]);
        const app = await gotoApp("/");
        await expect(app.getByRole("button", { name: create }).first()).toBeVisible();
        await expect(app.getByRole("textbox", { name: search })).toBeVisible();
        await expect(page.locator("#host-apps").getByRole("link", { name: "Image Builder" })).toBeVisible();
    });
}

/** msgids (and plural msgids) whose German translation is not the English text itself */
function englishOnly(lang: string): Set<string> {
    const parsed = poParser.parse(fs.readFileSync(path.join(REPO_ROOT, "po", `${lang}.po`)));
    const english = new Set<string>();
    for (const messages of Object.values(parsed.translations)) {
        for (const [msgid, message] of Object.entries(messages)) {
            if (!msgid || message.comments?.flag?.includes("fuzzy") || !message.msgstr[0])
                continue;
            if (message.msgstr[0] !== msgid)
                english.add(msgid);
            if (message.msgid_plural && message.msgstr.every(s => s !== message.msgid_plural))
                english.add(message.msgid_plural);
        }
    }
    return english;
}

/**
 * English defaults of the PatternFly components in use (text, aria-label, aria-valuetext …):
 * the plugin must pass its own translated props.
 */
const PATTERNFLY_DEFAULTS = [
    "Close", "Items per page", "per page", "of", "Pagination", "Current page", "Go to first page",
    "Go to previous page", "Go to next page", "Go to last page", "Copy to clipboard",
    "Successfully copied to clipboard!", "Show more", "Show less", "Clear all filters",
    "Reset", "Search input", "Loading...", "Contents", "Kebab toggle", "Select all rows", "Scroll left",
    "Scroll right", "Minus", "Plus", "Copyable input", "Danger alert:", "Info alert:",
    "Success alert:", "Warning alert:", "Custom alert:", "Toggle date picker", "Close drawer panel",
    "Wizard steps", "Options menu", "Clear input value", "Show filters", "Hide filters", "File upload",
    "Read only filename", "Browse...",
];
const PATTERNFLY_PATTERNS = [/^Select row \d+$/, /^(Danger|Info|Success|Warning|Custom) alert details$/];

/**
 * Every text node and accessible text attribute in the plugin frame, except user data in fields
 * and code, each with the element that holds it (tag.class, or tag[attribute])
 */
async function shownTexts(page: Page): Promise<{ text: string; holder: string }[]> {
    const frame = await pluginFrame(page);
    return await frame.evaluate(() => {
        const found: { text: string; holder: string }[] = [];
        const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.classList[0] ? `.${el.classList[0]}` : ""}`;
        const skip = (el: Element | null) => el?.closest("textarea, pre, code, script, style, [contenteditable]") != null;
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent?.trim();
            if (text && node.parentElement && !skip(node.parentElement))
                found.push({ text, holder: describe(node.parentElement) });
        }
        // attributes of what assistive technology skips are heard by no one
        for (const el of document.body.querySelectorAll("[aria-label], [placeholder], [title], [aria-valuetext], [alt]")) {
            if (el.closest("[aria-hidden=true]"))
                continue;
            for (const attr of ["aria-label", "placeholder", "title", "aria-valuetext", "alt"]) {
                const text = el.getAttribute(attr)?.trim();
                if (text)
                    found.push({ text, holder: `${describe(el)}[${attr}]` });
            }
        }
        return found;
    });
}

interface Walk {
    page: Page;
    english: Set<string>;
    leaks: Map<string, Set<string>>;
}

async function look(walk: Walk, where: string): Promise<void> {
    for (const { text, holder } of await shownTexts(walk.page)) {
        if (walk.english.has(text) || PATTERNFLY_DEFAULTS.includes(text) || PATTERNFLY_PATTERNS.some(re => re.test(text))) {
            const key = `${JSON.stringify(text)} in ${holder}`;
            const places = walk.leaks.get(key) ?? new Set<string>();
            places.add(where);
            walk.leaks.set(key, places);
        }
    }
}

function report(walk: Walk): string[] {
    return [...walk.leaks].map(([leak, places]) => `${leak} on ${[...places].join(", ")}`);
}

async function german(page: Page, cockpit: CockpitInfo): Promise<Walk> {
    await page.context().addCookies([{ name: "CockpitLang", value: "de", url: cockpit.baseUrl }]);
    return { page, english: englishOnly("de"), leaks: new Map() };
}

async function tab(app: FrameLocator, name: string): Promise<void> {
    await app.getByRole("tab", { name, exact: true }).click();
    await expect(app.getByRole("tab", { name, exact: true })).toHaveAttribute("aria-selected", "true");
}

const IMPORT_TOML = `name = "e2e-de-import"
description = "Aus dem Test"
version = "1.0.0"

[[packages]]
name = "tmux"
version = "*"
`;

test("in German the blueprints list and its dialogs show no English string", async ({ page, cockpit, sim, gotoApp }) => {
    const walk = await german(page, cockpit);
    await pushBlueprint(sim, { name: "e2e-de-delete", description: "x", version: "0.0.1" });
    try {
        const app = await gotoApp("/");
        await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
        await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
        await expect(page.locator("#host-apps").getByRole("link", { name: "Image Builder" })).toBeVisible();
        await look(walk, "blueprints list");

        await app.getByRole("button", { name: "Blueprint erstellen" }).first().click();
        const create = app.getByRole("dialog", { name: "Blueprint erstellen" });
        await create.getByRole("textbox", { name: "Name" }).fill("kein name");
        await expect(create.getByRole("button", { name: "Erstellen" })).toBeDisabled();
        await look(walk, "create blueprint dialog");
        await create.getByRole("button", { name: "Abbrechen" }).click();
        await expect(create).toHaveCount(0);

        await app.getByRole("button", { name: "Importieren", exact: true }).click();
        const imported = app.getByRole("dialog", { name: "Blueprint importieren" });
        await imported.getByRole("textbox", { name: "Blueprint-Text" }).fill(IMPORT_TOML);
        await expect(imported.getByText("e2e-de-import", { exact: true })).toBeVisible();
        await look(walk, "import dialog with a preview");
        await imported.locator("input[type=file]").setInputFiles({ name: "e2e-de-import.toml", mimeType: "text/plain", buffer: Buffer.from(IMPORT_TOML) });
        await expect(imported.getByRole("textbox", { name: "Dateiname" })).toHaveValue("e2e-de-import.toml");
        await look(walk, "import dialog with a file");
        await imported.getByRole("textbox", { name: "Blueprint-Text" }).fill("name = ");
        await look(walk, "import dialog with bad TOML");
        await imported.getByRole("button", { name: "Abbrechen" }).click();

        await app.getByRole("textbox", { name: "Blueprints durchsuchen" }).fill("e2e-de-delete");
        const row = app.locator('tr[data-blueprint="e2e-de-delete"]');
        await expect(row).toHaveCount(1);
        await row.locator("button[aria-haspopup], .pf-v6-c-menu-toggle").last().click();
        await expect(app.getByRole("menuitem", { name: "Löschen" })).toBeVisible();
        await look(walk, "row actions menu");
        await app.getByRole("menuitem", { name: "Löschen" }).click();
        await expect(app.getByRole("dialog", { name: "Blueprint e2e-de-delete löschen?" })).toBeVisible();
        await look(walk, "delete confirmation");
        await app.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();

        await app.getByRole("textbox", { name: "Blueprints durchsuchen" }).fill("nichts-passt-hierzu");
        await expect(app.locator('tr[data-blueprint]')).toHaveCount(0);
        await look(walk, "blueprints list without matches");
    } finally {
        await sim.weldr("DELETE", "/api/v1/blueprints/delete/e2e-de-delete");
    }
    expect(report(walk)).toEqual([]);
});

test("in German the blueprint editor, its tabs, menus and conflict dialog show no English string", async ({ page, cockpit, sim, gotoApp }) => {
    const walk = await german(page, cockpit);
    const name = "e2e-de-editor";
    await pushBlueprint(sim, { name, description: "original", version: "1.0.0", distro: "fedora-43", packages: [{ name: "tmux", version: "*" }] });
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        await expect(app.getByRole("heading", { name: "Allgemein" })).toBeVisible();
        await look(walk, "editor: customizations");

        await app.locator("#add-customization").click();
        await expect(app.getByRole("listbox", { name: "Anpassungen" }).getByRole("option").first()).toBeVisible();
        await look(walk, "add-customization menu");
        await page.keyboard.press("Escape");

        await app.getByRole("button", { name: "Image erstellen" }).click();
        await expect(app.getByRole("dialog", { name: "Image erstellen" })).toBeVisible();
        await look(walk, "create image dialog");
        await walkCreateImage(app, step => look(walk, step));
        await app.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();

        for (const name of ["Pakete", "TOML", "Verlauf"]) {
            await tab(app, name);
            await look(walk, `editor: ${name}`);
        }

        await tab(app, "TOML");
        const toml = app.getByRole("textbox", { name: "Blueprint als TOML" });
        await toml.fill((await toml.inputValue()).replace('description = "original"', 'description = "meine"'));
        await pushBlueprint(sim, { name, description: "original", version: "2.0.0", distro: "fedora-43", packages: [{ name: "tmux", version: "*" }, { name: "vim-enhanced", version: "*" }] });
        await app.getByRole("button", { name: "Speichern", exact: true }).click();
        await expect(app.getByRole("dialog")).toBeVisible();
        await look(walk, "save conflict dialog");
        await page.keyboard.press("Escape");

        await app.getByRole("button", { name: "Löschen" }).click();
        await expect(app.getByRole("dialog", { name: `Blueprint ${name} löschen?` })).toBeVisible();
        await look(walk, "editor: delete confirmation");
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
    expect(report(walk)).toEqual([]);
});

test("in German the images list and an image's page show no English string", async ({ page, cockpit, sim, gotoApp }) => {
    const walk = await german(page, cockpit);
    let app = await gotoApp("/images");
    await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    await look(walk, "images list");

    await app.locator("tr[data-compose] input[type=checkbox]:enabled").first().check();
    await app.getByRole("button", { name: "Auswahl löschen" }).click();
    await expect(app.getByRole("dialog")).toBeVisible();
    await look(walk, "images: delete confirmation");
    await app.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();

    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: { id: string }[] };
    app = await gotoApp(`/image/${finished.finished[0].id}`);
    await expect(app.getByRole("list", { name: "Status-Zeitleiste" }).or(app.getByRole("tab").first())).toBeVisible();
    await look(walk, "image: details");
    for (const name of ["Protokoll", "Pakete", "Manifest"]) {
        await tab(app, name);
        await look(walk, `image: ${name}`);
    }
    expect(report(walk)).toEqual([]);
});

test("in German inspect, sources, settings and the About popover show no English string", async ({ page, cockpit, gotoApp }) => {
    const walk = await german(page, cockpit);
    let app = await gotoApp("/inspect");
    await expect(app.getByRole("heading", { level: 1 })).toBeVisible();
    await look(walk, "inspect");

    app = await gotoApp("/sources");
    await expect(app.getByRole("heading", { level: 1 })).toBeVisible();
    await look(walk, "sources");
    await app.getByRole("button", { name: "Quelle hinzufügen" }).first().click();
    await expect(app.getByRole("dialog")).toBeVisible();
    await look(walk, "add source dialog");
    await app.getByRole("dialog").getByRole("button", { name: "Abbrechen" }).click();

    app = await gotoApp("/settings");
    await expect(app.getByRole("heading", { name: "Einstellungen", level: 1 })).toBeVisible();
    await look(walk, "settings");

    await app.getByRole("button", { name: "Über den Image-Builder-Dienst" }).click();
    await expect(app.getByRole("dialog")).toBeVisible();
    await look(walk, "About popover");
    expect(report(walk)).toEqual([]);
});
