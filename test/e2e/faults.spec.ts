// Fault scenarios, part 1: the service goes away under an open page (stopped, crashed with its
// socket gone) and comes back. Each scenario checks the state the user sees, that it recovers
// without reloading the page, and that unsaved edits survive. The knobs are those of
// test/composer-sim/faults.ts; sim.stop()/start() stop and start the whole stand-in.
import { expect, test } from "./fixtures";
import { committedBlueprint, fault, freshName, markDocument, pushBlueprint, removeBlueprint, resetFaults } from "./faults-knobs";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

const LOST = "The image builder service stopped answering";

test.describe("the images lists after an unnoticed stop", () => {
    // The images lists are the first requests after the stop: they go to the channel URL (the
    // socket answered before), fail there, and are asked again over the WebSocket, which names
    // the outage (src/api/transport.ts). The browser logs each failed fetch: one per list.
    test.use({ allowedConsoleErrors: [[/\/cockpit\/channel\/\S+ Failed to load resource: the server responded with a status of 404/], { scope: "test" }] });

    test("composer stopping under the blueprint list is said at the top, and Start service brings everything back without a reload", async ({ page, sim, gotoApp }) => {
        const app = await gotoApp("/");
        await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
        const sameDocument = await markDocument(page);
        await sim.stop();

        await app.getByRole("tab", { name: "Images" }).click();
        const banner = app.locator(".pf-v6-c-alert", { hasText: LOST });
        await expect(banner).toBeVisible();
        await expect(banner).toContainText("/run/weldr/api.socket");
        await expect(app.getByText("The images could not be listed")).toBeVisible();

        await banner.getByRole("button", { name: "Start service" }).click();
        await expect(banner).toHaveCount(0);
        await expect(app.getByText("The images could not be listed")).toHaveCount(0);
        await expect(app.locator("tr[data-compose]").first()).toBeVisible();
        expect(sim.running()).toBe(true);
        expect(await sameDocument()).toBe(true);
    });
});

test.describe("an open editor through an unnoticed stop", () => {
    // The editor's blueprint is a big read too (transport.ts): the first read of it after the
    // stop (a save re-reads it first, to find a newer version) goes to the channel URL, fails
    // there and is asked again over the WebSocket. The browser logs that failed fetch.
    test.use({ allowedConsoleErrors: [[/\/cockpit\/channel\/\S+ Failed to load resource: the server responded with a status of 404/], { scope: "test" }] });

    test("an open editor keeps its unsaved edit through a composer restart and can still save it", async ({ page, sim, gotoApp }) => {
        const name = freshName("e2e-fault-restart-edit");
        await pushBlueprint(sim, { name, description: "before", version: "1.0.0" });
        try {
            const app = await gotoApp(`/blueprint/${name}`);
            const description = app.getByRole("textbox", { name: "Description" });
            const sameDocument = await markDocument(page);
            await expect(description).toBeVisible();
            await sim.stop();
            await description.fill("typed-during-outage");
            // the draft cannot reach composer's workspace: the banner says why
            await expect(app.locator(".pf-v6-c-alert", { hasText: LOST })).toBeVisible();
            await sim.start();
            await expect(app.locator(".pf-v6-c-alert", { hasText: LOST })).toHaveCount(0);
            await expect(description).toHaveValue("typed-during-outage");

            await app.getByRole("button", { name: "Save", exact: true }).click();
            await expect(app.getByText(/Saved as version/)).toBeVisible();
            expect(await sameDocument()).toBe(true);
            expect((await committedBlueprint(sim, name)).description).toBe("typed-during-outage");
        } finally {
            await resetFaults(sim);
            await removeBlueprint(sim, name);
        }
    });

    test("a save while composer is stopped keeps the edit and says why; the same Save works once it is back", async ({ page, sim, gotoApp }) => {
        const name = freshName("e2e-fault-save-outage");
        await pushBlueprint(sim, { name, description: "before", version: "1.0.0" });
        try {
            const app = await gotoApp(`/blueprint/${name}`);
            const description = app.getByRole("textbox", { name: "Description" });
            const sameDocument = await markDocument(page);
            await description.fill("kept-through-the-outage");
            await fault(sim, "stop", { api: "weldr" });
            await app.getByRole("button", { name: "Save", exact: true }).click();
            const failed = app.locator(".pf-v6-c-alert", { hasText: "The blueprint could not be saved" });
            await expect(failed).toBeVisible();
            await expect(failed).toContainText("The image builder service (osbuild-composer) is not answering.");
            await expect(description).toHaveValue("kept-through-the-outage");

            await fault(sim, "start", { api: "weldr" });
            await expect(app.locator(".pf-v6-c-alert", { hasText: LOST })).toHaveCount(0);
            await app.getByRole("button", { name: "Save", exact: true }).click();
            await expect(app.getByText(/Saved as version/)).toBeVisible();
            expect(await sameDocument()).toBe(true);
            expect((await committedBlueprint(sim, name)).description).toBe("kept-through-the-outage");
        } finally {
            await resetFaults(sim);
            await removeBlueprint(sim, name);
        }
    });
});

test("the Weldr socket vanishing (a crash) shows the outage; a new socket brings the sources back without a reload", async ({ page, sim, gotoApp }) => {
    const app = await gotoApp("/sources");
    await expect(app.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
    const sameDocument = await markDocument(page);
    await fault(sim, "remove-socket", { api: "weldr" });
    await app.getByRole("tab", { name: "Blueprints" }).click();
    const banner = app.locator(".pf-v6-c-alert", { hasText: LOST });
    await expect(banner).toBeVisible();
    await expect(app.getByText("The blueprints could not be listed")).toBeVisible();

    await fault(sim, "recreate-socket", { api: "weldr" });
    // the gate looks again by itself
    await expect(banner).toHaveCount(0);
    await expect(app.getByText("The blueprints could not be listed")).toHaveCount(0);
    await expect(app.getByRole("grid").first()).toBeVisible();
    expect(await sameDocument()).toBe(true);
});
