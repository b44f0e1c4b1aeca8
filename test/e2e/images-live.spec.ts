// The images list while composes run: nothing is asked of composer while the shell shows
// another page, and the list catches up when it shows again; browser notifications of a
// compose's end only after the user opted in.

import { expect, pluginFrame, test, type SimControl } from "./fixtures";
import { recordedRequests as recorded } from "./weldr-blueprints";

async function startWeldr(sim: SimControl): Promise<string> {
    const reply = await sim.weldr("POST", "/api/v1/compose", { body: { blueprint_name: "web-server", compose_type: "qcow2", branch: "master" } });
    expect(reply.status).toBe(200);
    return (reply.json() as { build_id: string }).build_id;
}

async function weldrState(sim: SimControl, id: string): Promise<string | undefined> {
    const reply = (await sim.weldr("GET", `/api/v1/compose/status/${id}`)).json() as { uuids: { queue_status: string }[] };
    return reply.uuids[0]?.queue_status;
}

test("the list asks composer nothing while the shell shows another page, and catches up when shown again", async ({ sim, gotoApp, page }) => {
    const app = await gotoApp("/images?perPage=500");
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible();
    const id = await startWeldr(sim);
    try {
        // seen starting: asked about after 2 s, 4 s, 8 s … while the page shows
        await app.getByRole("button", { name: "Refresh" }).click();
        const row = app.locator(`tr[data-compose="${id}"]`);
        await expect(row).toBeVisible();

        const other = page.locator("#host-apps a").filter({ hasNotText: "Image Builder" }).first();
        await other.click();
        const frame = await pluginFrame(page);
        await expect.poll(() => frame.evaluate(() => (window as unknown as { cockpit: { hidden: boolean } }).cockpit.hidden)).toBe(true);
        const before = recorded(sim).length;
        // the compose finishes meanwhile (build time 5 s); the test itself asks nothing either
        await page.waitForTimeout(12_000);
        const whileHidden = recorded(sim).slice(before);
        expect(whileHidden.map(r => `${r.method} ${r.path}`)).toEqual([]);
        expect(await weldrState(sim, id)).toBe("FINISHED");

        await page.locator("#host-apps").getByRole("link", { name: "Image Builder", exact: true }).click();
        await expect.poll(() => frame.evaluate(() => (window as unknown as { cockpit: { hidden: boolean } }).cockpit.hidden)).toBe(false);
        await expect(row).toHaveAttribute("data-state", "success", { timeout: 15_000 });
    } finally {
        await expect.poll(() => weldrState(sim, id), { timeout: 30_000 }).toBe("FINISHED");
        await sim.weldr("DELETE", `/api/v1/compose/delete/${id}`);
    }
});

test("a browser notification announces a compose's end only once the user allowed them", async ({ sim, gotoApp, page }) => {
    // every Notification the plugin creates is noted in its frame
    await page.addInitScript(() => {
        const w = window as unknown as { Notification?: typeof Notification; __notified: { title: string; tag?: string }[] };
        w.__notified = [];
        if (!w.Notification)
            return;
        const Real = w.Notification;
        function Noted(title: string, options?: NotificationOptions): Notification {
            w.__notified.push({ title, tag: options?.tag });
            return new Real(title, options);
        }
        Object.defineProperty(Noted, "permission", { get: () => Real.permission });
        Object.defineProperty(Noted, "requestPermission", { value: (...args: []) => Real.requestPermission(...args) });
        w.Notification = Noted as unknown as typeof Notification;
    });
    const app = await gotoApp("/images");
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible();
    const frame = await pluginFrame(page);
    const notified = () => frame.evaluate(() => (window as unknown as { __notified: { title: string; tag?: string }[] }).__notified);
    const ids: string[] = [];
    try {
        // not allowed yet: the toast only
        const optIn = app.getByRole("button", { name: "Notify me when images finish" });
        await expect(optIn).toBeVisible();
        ids.push(await startWeldr(sim));
        await app.getByRole("button", { name: "Refresh" }).click();
        const toasts = app.locator(".pf-v6-c-alert-group").getByText(/Image web-server .* is ready/);
        await expect(toasts).toHaveCount(1, { timeout: 30_000 });
        expect(await notified()).toEqual([]);
        // that toast closed (unless its 8 s are up already), so the next one is the second compose's
        await app.locator(".pf-v6-c-alert-group").getByRole("button", { name: "Close" }).first()
            .click({ timeout: 2_000 }).catch(() => undefined);
        await expect(toasts).toHaveCount(0);

        // the user opts in (the browser says yes), then the next compose's end is notified too
        await page.context().grantPermissions(["notifications"]);
        await optIn.click();
        await expect(optIn).toHaveCount(0);
        ids.push(await startWeldr(sim));
        await app.getByRole("button", { name: "Refresh" }).click();
        await expect(toasts).toHaveCount(1, { timeout: 30_000 });
        const got = await notified();
        expect(got).toHaveLength(1);
        expect(got[0].tag).toBe(ids[1]);
        expect(got[0].title).toMatch(/^Image web-server .* is ready$/);
    } finally {
        for (const id of ids) {
            await expect.poll(() => weldrState(sim, id), { timeout: 30_000 }).toBe("FINISHED");
            await sim.weldr("DELETE", `/api/v1/compose/delete/${id}`);
        }
    }
});
