// Accessibility: axe-core on every page of the plugin (inside the real shell), and keyboard
// use of the main dialogs. Only the plugin's own frame is judged, not Cockpit's shell.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { walkCreateImage } from "./dialog-walks";
import { FRAME_NAME, expect, test } from "./fixtures";
import { pushBlueprint } from "./weldr-blueprints";

async function seriousViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).include(`iframe[name="${FRAME_NAME}"]`).analyze();
    return results.violations
        .filter(v => v.impact === "serious" || v.impact === "critical")
        .map(v => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)).join("\n  ")}`);
}

const PAGES: { path: string; ready: (app: ReturnType<Page["frameLocator"]>) => Promise<void> }[] = [
    { path: "/", ready: async app => { await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible() } },
    { path: "/blueprint/web-server", ready: async app => { await expect(app.getByRole("heading", { name: "General" })).toBeVisible() } },
    { path: "/images", ready: async app => { await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible() } },
    { path: "/sources", ready: async app => { await expect(app.getByRole("heading", { level: 1 })).toBeVisible() } },
    { path: "/inspect", ready: async app => { await expect(app.getByRole("heading", { level: 1 })).toBeVisible() } },
    { path: "/settings", ready: async app => { await expect(app.getByRole("heading", { name: "Settings", level: 1 })).toBeVisible() } },
];

for (const { path, ready } of PAGES) {
    test(`page ${path} has no serious or critical accessibility violations`, async ({ page, gotoApp }) => {
        const app = await gotoApp(path);
        await ready(app);
        expect(await seriousViolations(page)).toEqual([]);
    });
}

test("the blueprint editor's tabs have no serious accessibility violations", async ({ page, gotoApp }) => {
    const app = await gotoApp("/blueprint/web-server");
    for (const tab of ["Packages", "TOML", "History"]) {
        await app.getByRole("tab", { name: tab }).click();
        await expect(app.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
        expect(await seriousViolations(page), tab).toEqual([]);
    }
});

test("a blueprint can be created with the keyboard alone, and focus returns to where it was", async ({ page, sim, gotoApp }) => {
    const name = "e2e-keyboard";
    await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    try {
        const app = await gotoApp("/");
        const create = app.getByRole("button", { name: "Create blueprint" }).first();
        await create.focus();
        await page.keyboard.press("Enter");
        const dialog = app.getByRole("dialog", { name: "Create blueprint" });
        await expect(dialog.getByRole("textbox", { name: "Name" })).toBeFocused();
        expect(await seriousViolations(page)).toEqual([]);
        await page.keyboard.type(name);
        await page.keyboard.press("Tab");
        await page.keyboard.type("Typed without a mouse");
        await page.keyboard.press("Enter");
        await expect(app.getByRole("heading", { name, level: 1 })).toBeVisible();
        const info = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: { description: string }[] };
        expect(info.blueprints[0].description).toBe("Typed without a mouse");
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("Escape closes a dialog and focus goes back to the button that opened it", async ({ page, gotoApp }) => {
    const app = await gotoApp("/");
    const create = app.getByRole("button", { name: "Create blueprint" }).first();
    await create.focus();
    await page.keyboard.press("Enter");
    await expect(app.getByRole("dialog", { name: "Create blueprint" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(app.getByRole("dialog")).toHaveCount(0);
    await expect(create).toBeFocused();
});

const IMPORT_TOML = `name = "e2e-a11y-import"
description = "Previewed, not imported"
version = "1.0.0"

[[packages]]
name = "tmux"
version = "*"
`;

test("the create and import dialogs, the row menu and the delete confirmation have no serious violations", async ({ page, sim, gotoApp }) => {
    await pushBlueprint(sim, { name: "e2e-a11y-row", description: "x", version: "0.0.1" });
    try {
        const app = await gotoApp("/");
        await app.getByRole("button", { name: "Create blueprint" }).first().click();
        const create = app.getByRole("dialog", { name: "Create blueprint" });
        await create.getByRole("textbox", { name: "Name" }).fill("not a name");
        await expect(create.getByRole("button", { name: "Create" })).toBeDisabled();
        expect(await seriousViolations(page), "create blueprint, bad name").toEqual([]);
        await create.getByRole("button", { name: "Cancel" }).click();

        await app.getByRole("button", { name: "Import", exact: true }).click();
        const imported = app.getByRole("dialog", { name: "Import blueprint" });
        await imported.getByRole("textbox", { name: "Blueprint text" }).fill(IMPORT_TOML);
        await expect(imported.getByText("e2e-a11y-import", { exact: true })).toBeVisible();
        expect(await seriousViolations(page), "import with a preview").toEqual([]);
        await imported.getByRole("textbox", { name: "Blueprint text" }).fill("name = ");
        await expect(imported.locator(".pf-m-error, .pf-m-danger").first()).toBeVisible();
        expect(await seriousViolations(page), "import with bad TOML").toEqual([]);
        await imported.getByRole("button", { name: "Cancel" }).click();

        await app.getByRole("textbox", { name: "Search blueprints" }).fill("e2e-a11y-row");
        await app.getByRole("button", { name: "Actions for e2e-a11y-row" }).click();
        await expect(app.getByRole("menuitem", { name: "Delete" })).toBeVisible();
        expect(await seriousViolations(page), "row actions menu").toEqual([]);
        await app.getByRole("menuitem", { name: "Delete" }).click();
        await expect(app.getByRole("dialog", { name: "Delete blueprint e2e-a11y-row?" })).toBeVisible();
        expect(await seriousViolations(page), "delete confirmation").toEqual([]);
        await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    } finally {
        await sim.weldr("DELETE", "/api/v1/blueprints/delete/e2e-a11y-row");
    }
});

test("the editor's add-customization menu, the create image dialog in each of its states and the save conflict have no serious violations", async ({ page, sim, gotoApp }) => {
    const name = "e2e-a11y-editor";
    await pushBlueprint(sim, { name, description: "original", version: "1.0.0", distro: "fedora-43", packages: [{ name: "tmux", version: "*" }] });
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        await app.locator("#add-customization").click();
        await expect(app.getByRole("listbox", { name: "Customizations" }).getByRole("option").first()).toBeVisible();
        expect(await seriousViolations(page), "add-customization menu").toEqual([]);
        await page.keyboard.press("Escape");

        await app.getByRole("button", { name: "Create image" }).click();
        await expect(app.getByRole("dialog", { name: "Create image" })).toBeVisible();
        await walkCreateImage(app, async step => { expect(await seriousViolations(page), step).toEqual([]) });
        await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
        await expect(app.getByRole("dialog")).toHaveCount(0);

        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        await toml.fill((await toml.inputValue()).replace('description = "original"', 'description = "mine"'));
        // composer-cli saves a new version meanwhile
        await pushBlueprint(sim, { name, description: "original", version: "2.0.0", distro: "fedora-43", packages: [{ name: "tmux", version: "*" }, { name: "vim-enhanced", version: "*" }] });
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByRole("dialog", { name: `${name} was changed elsewhere` })).toBeVisible();
        expect(await seriousViolations(page), "save conflict").toEqual([]);
        await page.keyboard.press("Escape");

        await app.getByRole("button", { name: "Delete" }).click();
        await expect(app.getByRole("dialog", { name: `Delete blueprint ${name}?` })).toBeVisible();
        expect(await seriousViolations(page), "editor: delete confirmation").toEqual([]);
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("the images' delete confirmation, an image's tabs and the About popover have no serious violations", async ({ page, sim, gotoApp }) => {
    let app = await gotoApp("/images");
    await app.locator("tr[data-compose] input[type=checkbox]:enabled").first().check();
    await app.getByRole("button", { name: "Delete selected" }).click();
    await expect(app.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), "images: delete confirmation").toEqual([]);
    await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: { id: string }[] };
    app = await gotoApp(`/image/${finished.finished[0].id}`);
    await expect(app.getByRole("tab", { name: "Details" })).toHaveAttribute("aria-selected", "true");
    expect(await seriousViolations(page), "image: Details").toEqual([]);
    for (const tab of ["Log", "Packages", "Manifest"]) {
        await app.getByRole("tab", { name: tab }).click();
        await expect(app.getByRole("tab", { name: tab })).toHaveAttribute("aria-selected", "true");
        expect(await seriousViolations(page), `image: ${tab}`).toEqual([]);
    }

    await app.getByRole("button", { name: "About the image builder service" }).click();
    await expect(app.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), "About popover").toEqual([]);
});

test("the add-source dialog has no serious violations, and the icon buttons of every page have names", async ({ page, gotoApp }) => {
    const app = await gotoApp("/sources");
    await app.getByRole("button", { name: "Add source" }).first().click();
    await expect(app.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), "add source").toEqual([]);
    await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();

    for (const path of ["/", "/images", "/sources", "/settings", "/inspect"]) {
        const frame = await gotoApp(path);
        await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
        // a button with an icon and no text is announced by its aria-label or title, nothing else
        const unnamed = await frame.locator("button:has(svg)").evaluateAll(buttons => buttons
            .filter(b => !b.textContent?.trim() && !b.getAttribute("aria-label")?.trim() && !b.getAttribute("aria-labelledby") && !b.getAttribute("title"))
            .map(b => b.outerHTML.slice(0, 120)));
        expect(unnamed, path).toEqual([]);
    }
});

test("the create image and import dialogs take the focus (create image: its first field) and give it back to their button when closed", async ({ page, sim, gotoApp }) => {
    const name = "e2e-a11y-focus";
    await pushBlueprint(sim, { name, description: "", version: "0.0.1", distro: "fedora-43" });
    try {
        let app = await gotoApp(`/blueprint/${name}`);
        const createImage = app.getByRole("button", { name: "Create image" });
        await createImage.focus();
        await page.keyboard.press("Enter");
        await expect(app.getByRole("dialog", { name: "Create image" }).locator("#create-image-distro")).toBeFocused();
        await page.keyboard.press("Escape");
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect(createImage).toBeFocused();

        app = await gotoApp("/");
        const importButton = app.getByRole("button", { name: "Import", exact: true });
        await importButton.focus();
        await page.keyboard.press("Enter");
        const dialog = app.getByRole("dialog", { name: "Import blueprint" });
        await expect(dialog).toBeVisible();
        await expect.poll(() => dialog.evaluate(d => d.contains(d.ownerDocument.activeElement))).toBe(true);
        await page.keyboard.press("Escape");
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect(importButton).toBeFocused();
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});
