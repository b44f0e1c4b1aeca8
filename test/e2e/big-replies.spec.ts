// Big replies (the compose lists, one blueprint) come over Cockpit's external channel URL, a plain
// HTTP response, instead of the WebSocket (src/api/channelFetch.ts): only from a socket that
// answered over the WebSocket (Weldr's after the status check; the Cloud list after a small
// question to its socket), so that a stopped service or a Cloud API socket that is not enabled
// costs no failed fetch; and the rows are composer's.
import type { Page, Request } from "@playwright/test";

import { channelOpen } from "./channel-urls";
import { expect, test } from "./fixtures";
import { fault, resetFaults } from "./faults-knobs";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

interface ChannelRequest { unix: string; path: string; status?: number }

/** every request to /cockpit/channel/ with the channel it opens, and its HTTP status once answered */
function watchChannelUrls(page: Page): ChannelRequest[] {
    const seen: ChannelRequest[] = [];
    const opened = new Map<Request, ChannelRequest>();
    page.on("request", r => {
        const open = channelOpen(r);
        if (!open)
            return;
        const entry: ChannelRequest = { ...open };
        opened.set(r, entry);
        seen.push(entry);
    });
    page.on("response", r => {
        const entry = opened.get(r.request());
        if (entry)
            entry.status = r.status();
    });
    return seen;
}

test("the images page reads composer's compose lists over the channel URL", async ({ page, sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: { id: string }[] };
    const seen = watchChannelUrls(page);
    const app = await gotoApp("/images?perPage=500");
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    for (const c of finished.finished)
        await expect(app.locator(`tr[data-compose="${c.id}"]`)).toHaveCount(1);
    const lists = ["/api/v1/compose/queue", "/api/v1/compose/finished", "/api/v1/compose/failed"];
    for (const path of lists)
        expect(seen.filter(s => s.unix === "/run/weldr/api.socket" && s.path === path).map(s => s.status), path).toEqual([200]);
});

test("the Cloud API's compose list comes over the channel URL on the first load too, after a small question over the WebSocket", async ({ page, sim, gotoApp }) => {
    const composes = (await sim.cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as { id: string }[];
    expect(composes.length, "the stand-in's seed has Cloud composes").toBeGreaterThan(0);
    const seen = watchChannelUrls(page);
    const app = await gotoApp("/images?api=cloud&perPage=500");
    // only the Cloud API's composes are listed: a row is there once its list came
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    // before any refresh (every 30 s): the first read itself
    expect(seen.filter(s => s.unix === "/run/cloudapi/api.socket").map(s => [s.path, s.status]))
        .toEqual([["/api/image-builder-composer/v2/composes/", 200]]);
});

test("with composer stopped, the lists are not fetched over the channel URL; once it runs again they are", async ({ page, sim, gotoApp }) => {
    await sim.stop();
    const seen = watchChannelUrls(page);
    const app = await gotoApp("/images");
    await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
    expect(seen).toEqual([]);
    await sim.start();
    await app.getByRole("button", { name: "Retry" }).click();
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    expect(seen.filter(s => s.path === "/api/v1/compose/finished").map(s => s.status)).toEqual([200]);
});

test("the Cloud API socket down: its list is asked over the WebSocket, with no failed fetch", async ({ page, sim, gotoApp }) => {
    await fault(sim, "stop", { api: "cloud" });
    const seen = watchChannelUrls(page);
    const app = await gotoApp("/images");
    await expect(app.getByText("The Cloud API did not answer: only composes known to the Weldr API are shown.")).toBeVisible();
    expect(seen.filter(s => s.unix === "/run/cloudapi/api.socket")).toEqual([]);
    expect(seen.filter(s => s.status !== 200)).toEqual([]);
});

test("the editor reads its blueprint over the channel URL; with composer stopped it fetches nothing there, and once it runs it does", async ({ page, sim, gotoApp }) => {
    const path = "/api/v1/blueprints/info/web-server";
    const stored = (await sim.weldr("GET", path)).json() as { blueprints: { description: string }[] };
    await sim.stop();
    const seen = watchChannelUrls(page);
    const app = await gotoApp("/blueprint/web-server");
    await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
    expect(seen).toEqual([]);
    await sim.start();
    await app.getByRole("button", { name: "Retry" }).click();
    await expect(app.locator("#bp-description")).toHaveValue(stored.blueprints[0].description);
    expect(seen.filter(s => s.unix === "/run/weldr/api.socket" && s.path === path).map(s => s.status)).toEqual([200]);
});
