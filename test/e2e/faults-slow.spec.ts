// Fault scenarios that take long by nature (run by `make check-slow`, left out of `make check`
// by the "@slow" in their titles): a 30 s latency, and a reply cut off mid-body, which cockpit
// leaves open until the transport gives up (REPLY_TIMEOUT_MS in src/api/transport.ts).
import { expect, test } from "./fixtures";
import { fault, markDocument, resetFaults } from "./faults-knobs";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

test("@slow a 30 s latency on the images list keeps saying it is loading, then shows the images", async ({ page, sim, gotoApp }) => {
    test.setTimeout(120_000);
    await fault(sim, "latency", { api: "weldr", path: "^/api/v1/compose/(queue|finished|failed)$", ms: 30_000 });
    const app = await gotoApp("/images");
    const loading = app.getByRole("heading", { name: "Loading images" });
    await expect(loading).toBeVisible();
    const sameDocument = await markDocument(page);
    // still loading, not an error, well into the wait
    await page.waitForTimeout(20_000);
    await expect(loading).toBeVisible();
    await expect(app.getByText("The images could not be listed")).toHaveCount(0);
    await expect(app.locator("tr[data-compose]").first()).toBeVisible({ timeout: 40_000 });
    expect(await sameDocument()).toBe(true);
});

test("@slow a reply cut off mid-body ends in a clear error, and Retry recovers", async ({ page, sim, gotoApp }) => {
    test.setTimeout(150_000);
    await fault(sim, "truncate", { api: "weldr", path: "^/api/v1/blueprints/list$", count: 1 });
    const app = await gotoApp("/");
    const sameDocument = await markDocument(page);
    const alert = app.locator(".pf-v6-c-alert", { hasText: "The blueprints could not be listed" });
    await expect(alert).toContainText("No complete reply within 60 seconds", { timeout: 90_000 });
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toHaveCount(0);
    await expect(app.getByRole("grid").first()).toBeVisible();
    expect(await sameDocument()).toBe(true);
});
