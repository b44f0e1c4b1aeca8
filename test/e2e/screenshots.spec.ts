// Pictures of the main pages for the README, taken on every run so they never go stale.
import path from "node:path";

import { REPO_ROOT } from "../harness/sim";
import { expect, test } from "./fixtures";

const DIR = path.join(REPO_ROOT, "doc/screenshots");

test.use({ viewport: { width: 1280, height: 800 } });

test("screenshots of the blueprints list, a blueprint and the images list", async ({ page, gotoApp }) => {
    let app = await gotoApp("/");
    await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible();
    await expect(app.getByRole("grid", { name: "Blueprints" }).getByText("Loading")).toHaveCount(0);
    await page.screenshot({ path: path.join(DIR, "blueprints.png") });

    app = await gotoApp("/blueprint/web-server");
    await expect(app.getByRole("heading", { name: "web-server", level: 1 })).toBeVisible();
    await expect(app.getByRole("heading", { name: "General" })).toBeVisible();
    await page.screenshot({ path: path.join(DIR, "blueprint.png") });

    app = await gotoApp("/images");
    await expect(app.getByRole("grid", { name: "Images" }).locator("tbody tr").first()).toBeVisible();
    await page.screenshot({ path: path.join(DIR, "images.png") });
});
