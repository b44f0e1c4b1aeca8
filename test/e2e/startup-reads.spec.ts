// The page the plugin opens on asks for its data at start-up (src/startup.ts,
// src/app/startupReads.ts), not once the service gate has opened and the page's code is there:
// the blueprints list beside composer's status check (with the status held back by the stand-in,
// the names must have been asked for over the shell's WebSocket, which carries the plugin frame's
// channels, before the status reply arrives); the images lists right after the status reply,
// over the channel URL (big replies, src/api/channelFetch.ts), while the page's code, held back,
// has not arrived.
import type { Page } from "@playwright/test";

import { channelOpen } from "./channel-urls";
import { expect, test } from "./fixtures";
import { fault, resetFaults } from "./faults-knobs";
import { blueprintInfo } from "./weldr-blueprints";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

const STATUS_DELAY_MS = 3000;
const CODE_DELAY_MS = 3000;

interface Frames { sent: string[]; statusReplyAfter: number | undefined }

/** the frames the shell sends, and how many were sent when composer's status reply came back */
function watchFrames(page: Page): Frames {
    const frames: Frames = { sent: [], statusReplyAfter: undefined };
    page.on("websocket", ws => {
        ws.on("framesent", f => frames.sent.push(String(f.payload)));
        ws.on("framereceived", f => {
            if (frames.statusReplyAfter === undefined && String(f.payload).includes("\"db_supported\""))
                frames.statusReplyAfter = frames.sent.length;
        });
    });
    return frames;
}

function sentBeforeStatus(frames: Frames, path: string): boolean {
    const at = frames.sent.findIndex(f => f.includes("\"command\":\"open\"") && f.includes(`"path":"${path}`));
    return at >= 0 && frames.statusReplyAfter !== undefined && at < frames.statusReplyAfter;
}

test("opened at /, the blueprint names are asked for while the status check is still out", async ({ page, sim, gotoApp }) => {
    await fault(sim, "latency", { api: "weldr", path: "^/api/status$", ms: STATUS_DELAY_MS });
    const frames = watchFrames(page);
    const app = await gotoApp("/");
    await expect(app.getByRole("grid", { name: "Blueprints" })).toBeVisible({ timeout: 15_000 });
    expect(frames.statusReplyAfter, "the status reply was seen").toBeDefined();
    expect(sentBeforeStatus(frames, "/api/v1/blueprints/list"), "the names asked for before the status reply").toBe(true);
});

/** how many channels were opened for exactly this path */
function opened(frames: Frames, path: string): number {
    return frames.sent.filter(f => f.includes("\"command\":\"open\"") && f.includes(`"path":"${path}"`)).length;
}

test("opened at a blueprint, the status and the blueprint are read once: the page takes the start-up replies", async ({ page, gotoApp }) => {
    const frames = watchFrames(page);
    // the blueprint comes over the channel URL once the status has come (a big read, transport.ts)
    const overChannelUrl = channelReads(page, () => true);
    const app = await gotoApp("/blueprint/web-server");
    await expect(app.locator("#bp-description")).toBeVisible({ timeout: 15_000 });
    await expect(app.getByRole("button", { name: "About the image builder service" })).toBeVisible();
    // a second read would go out as the page settles
    await page.waitForTimeout(1000);
    expect(opened(frames, "/api/status")).toBe(1);
    const path = "/api/v1/blueprints/info/web-server";
    expect(opened(frames, path) + overChannelUrl.filter(p => p === path).length).toBe(1);
});

test("opened at a blueprint, it is fetched over the channel URL once the status reply's status line has come, before its body", async ({ page, sim, gotoApp }) => {
    // the status line says that composer answers: the blueprint need not wait for the rest
    await fault(sim, "body-latency", { api: "weldr", path: "^/api/status$", ms: STATUS_DELAY_MS });
    let statusBodyCame = false;
    page.on("websocket", ws => ws.on("framereceived", f => {
        if (String(f.payload).includes("\"db_supported\""))
            statusBodyCame = true;
    }));
    const beforeStatusBody = channelReads(page, () => !statusBodyCame);
    const app = await gotoApp("/blueprint/web-server");
    await expect(app.locator("#bp-description")).toBeVisible({ timeout: 15_000 });
    expect(statusBodyCame, "the status body was seen").toBe(true);
    expect(beforeStatusBody).toContain("/api/v1/blueprints/info/web-server");
});

test("opened at /, the details still out at the first render are read once and shown", async ({ page, sim, gotoApp }) => {
    // the first render waits for the status and the names, not for the details: these are still
    // out then, and the list's query must take that read, not ask again
    await fault(sim, "latency", { api: "weldr", path: "^/api/v1/blueprints/info/", ms: 1500 });
    const frames = watchFrames(page);
    const app = await gotoApp("/");
    const table = app.getByRole("grid", { name: "Blueprints" });
    const firstRow = table.locator("tbody tr").first();
    await expect(firstRow).toBeVisible({ timeout: 15_000 });
    const name = await firstRow.getAttribute("data-blueprint");
    const info = await blueprintInfo<{ description?: string } | undefined>(sim, String(name));
    expect(info?.description, "the first blueprint has a description to show").toBeTruthy();
    await expect(firstRow.locator("td").nth(1)).toHaveText(info?.description ?? "", { timeout: 15_000 });
    await page.waitForTimeout(1000);
    const infoReads = frames.sent.filter(f => f.includes("\"command\":\"open\"") && f.includes("\"path\":\"/api/v1/blueprints/info/"));
    expect(infoReads).toHaveLength(1);
});

test("with composer's status slow to come, the page says it is connecting, then shows the list", async ({ sim, gotoApp }) => {
    await fault(sim, "latency", { api: "weldr", path: "^/api/status$", ms: STATUS_DELAY_MS });
    const app = await gotoApp("/");
    await expect(app.getByRole("heading", { name: "Connecting to the image builder service" })).toBeVisible();
    await expect(app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr").first()).toBeVisible({ timeout: 15_000 });
    await expect(app.getByRole("heading", { name: "Connecting to the image builder service" })).toHaveCount(0);
});

/** holds the later pages' code back; `arrived()` says whether it has been let through */
async function holdCodeBack(page: Page): Promise<() => boolean> {
    let codeArrived = false;
    await page.route(/\/chunks\/laterPages-\w+\.js$/, async route => {
        await new Promise(resolve => setTimeout(resolve, CODE_DELAY_MS));
        codeArrived = true;
        await route.continue();
    });
    return () => codeArrived;
}

/** the paths read over the channel URL while `before()` holds */
function channelReads(page: Page, before: () => boolean): string[] {
    const paths: string[] = [];
    page.on("request", r => {
        const open = channelOpen(r);
        if (open && before())
            paths.push(open.path);
    });
    return paths;
}

const LISTS = ["/api/v1/compose/failed", "/api/v1/compose/finished", "/api/v1/compose/queue"];

test("opened at /images, the compose lists are read before the page's code has arrived", async ({ page, gotoApp }) => {
    const arrived = await holdCodeBack(page);
    const beforeCode = channelReads(page, () => !arrived());
    const app = await gotoApp("/images");
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible({ timeout: 15_000 });
    expect(arrived()).toBe(true);
    expect(beforeCode.sort()).toEqual(LISTS);
});

test("going from the list to Images, the compose lists are read while the page's code comes", async ({ page, gotoApp }) => {
    const arrived = await holdCodeBack(page);
    const app = await gotoApp("/");
    await expect(app.getByRole("grid", { name: "Blueprints" })).toBeVisible();
    const beforeCode = channelReads(page, () => !arrived());
    await app.getByRole("tab", { name: "Images" }).click();
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible({ timeout: 15_000 });
    expect(arrived()).toBe(true);
    expect(beforeCode.sort()).toEqual(LISTS);
});
