// Dark theme: the plugin follows the Cockpit shell's style switch (Session → Light / Dark /
// Default) live, without a reload; Default follows the system's preference. Pictures of the
// main pages are taken in both themes.
import path from "node:path";
import type { Page } from "@playwright/test";

import { REPO_ROOT } from "../harness/sim";
import { expect, FRAME_NAME, test } from "./fixtures";

const DIR = path.join(REPO_ROOT, "doc/screenshots");

async function chooseStyle(page: Page, style: "Default" | "Light" | "Dark"): Promise<void> {
    await page.getByRole("button", { name: "Session" }).click();
    await page.getByRole("menu", { name: "Session" }).getByRole("button", { name: style, exact: true }).click();
    await page.keyboard.press("Escape");
}

function pluginRoot(page: Page) {
    return page.locator(`iframe[name="${FRAME_NAME}"]`).contentFrame().locator("html");
}

test.use({ viewport: { width: 1280, height: 800 } });

test("the plugin follows the shell's Dark and Light switch live", async ({ page, gotoApp }) => {
    const app = await gotoApp("/");
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    const frameUrl = page.frame({ name: FRAME_NAME })?.url();
    try {
        await chooseStyle(page, "Dark");
        await expect(pluginRoot(page)).toHaveClass(/pf-v6-theme-dark/);
        const heading = app.getByRole("heading", { name: "Blueprints", level: 1 });
        const darkColor = await heading.evaluate(el => getComputedStyle(el).color);
        await chooseStyle(page, "Light");
        await expect(pluginRoot(page)).not.toHaveClass(/pf-v6-theme-dark/);
        expect(await heading.evaluate(el => getComputedStyle(el).color)).not.toBe(darkColor);
        // no reload happened
        expect(page.frame({ name: FRAME_NAME })?.url()).toBe(frameUrl);
    } finally {
        await chooseStyle(page, "Default");
    }
});

test("Default follows the system's colour scheme", async ({ page, gotoApp }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await gotoApp("/");
    await expect(pluginRoot(page)).toHaveClass(/pf-v6-theme-dark/);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(pluginRoot(page)).not.toHaveClass(/pf-v6-theme-dark/);
});

test("screenshots of the main pages in the dark theme", async ({ page, gotoApp }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    let app = await gotoApp("/");
    await expect(pluginRoot(page)).toHaveClass(/pf-v6-theme-dark/);
    await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
    await page.screenshot({ path: path.join(DIR, "blueprints-dark.png") });

    app = await gotoApp("/blueprint/web-server");
    await expect(app.getByRole("heading", { name: "General" })).toBeVisible();
    await page.screenshot({ path: path.join(DIR, "blueprint-dark.png") });

    app = await gotoApp("/images");
    await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
    await page.screenshot({ path: path.join(DIR, "images-dark.png") });
});
