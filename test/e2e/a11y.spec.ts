// Accessibility: axe-core on every page of the plugin (inside the real shell), and keyboard
// use of the main dialogs. Only the plugin's own frame is judged, not Cockpit's shell.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

import { FRAME_NAME, expect, test } from "./fixtures";

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
