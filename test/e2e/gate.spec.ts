// The service gate: a stopped composer is said plainly and can be started from the page.
import { expect, test } from "./fixtures";

test("with composer stopped the gate shows, and Start service brings the app back", async ({ sim, gotoApp }) => {
    await sim.stop();
    const app = await gotoApp("/");
    await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
    await expect(app.getByText("/run/weldr/api.socket")).toBeVisible();

    await app.getByRole("button", { name: "Start service" }).click();
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    expect(sim.running()).toBe(true);
});

test("Retry finds a composer that was started meanwhile", async ({ sim, gotoApp }) => {
    await sim.stop();
    const app = await gotoApp("/images");
    await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
    await sim.start();
    await app.getByRole("button", { name: "Retry" }).click();
    await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
});

test("the About popover shows composer's build from /api/status", async ({ sim, gotoApp }) => {
    const status = (await sim.weldr("GET", "/api/status")).json() as { build: string };
    const app = await gotoApp("/");
    await app.getByRole("button", { name: "About the image builder service" }).click();
    await expect(app.getByRole("dialog").getByText(status.build, { exact: true })).toBeVisible();
});
