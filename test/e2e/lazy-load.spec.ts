// The first page (the blueprints list) carries only its own code; the other pages come as one
// chunk with its own style sheet when the user first leaves it (pkg/build/split-css.ts,
// src/app/laterPagesLoader.ts). Cockpit must serve those files from their .gz like index.js.
import type { Response } from "@playwright/test";

import { expect, pluginFrame, test } from "./fixtures";

const LATER_SCRIPT = /\/foundry\/chunks\/laterPages-\w+\.js$/;
const LATER_SHEET = /\/foundry\/chunks\/laterPages\.css$/;

test("the other pages' code and sheet arrive, gzip-encoded, only when the user leaves the first page", async ({ page, gotoApp }) => {
    const responses: Response[] = [];
    page.on("response", r => responses.push(r));
    const app = await gotoApp("/");
    await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
    expect(responses.filter(r => LATER_SCRIPT.test(r.url()) || LATER_SHEET.test(r.url())).map(r => r.url())).toEqual([]);

    await app.getByRole("tab", { name: "Images" }).click();
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible();
    for (const pattern of [LATER_SCRIPT, LATER_SHEET]) {
        const response = responses.find(r => pattern.test(r.url()));
        expect(response, `${pattern} was fetched`).toBeTruthy();
        expect(response?.status()).toBe(200);
        expect((await response?.allHeaders())?.["content-encoding"]).toBe("gzip");
    }
    // the sheet applies: it holds rules and the document uses it
    const frame = await pluginFrame(page);
    const rules = await frame.evaluate(() => [...document.styleSheets]
        .filter(s => s.href?.endsWith("/chunks/laterPages.css"))
        .map(s => s.cssRules.length));
    expect(rules.length).toBe(1);
    expect(rules[0]).toBeGreaterThan(0);
});

test.describe("when the other pages' code cannot be fetched", () => {
    // a fixture value that is an array must come as [value, options] (Playwright reads [a, b] so)
    test.use({ allowedConsoleErrors: [[/Failed to load resource/, /Failed to fetch dynamically imported module/, /laterPages/], { scope: "test" }] });

    test("the page says so and offers a reload, and the tabs still work", async ({ page, gotoApp }) => {
        await page.route(LATER_SCRIPT, route => route.abort());
        const app = await gotoApp("/");
        await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
        await app.getByRole("tab", { name: "Inspect" }).click();
        await expect(app.getByText("This part of Image Builder could not be loaded")).toBeVisible();
        await expect(app.getByRole("button", { name: "Reload" })).toBeVisible();
        await app.getByRole("tab", { name: "Blueprints" }).click();
        await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
    });
});
