// The page the plugin opens on asks for its data beside composer's status check, not after it
// (src/app/startupReads.ts): with the status held back by the stand-in, the page's reads must
// already have been sent when the status reply arrives. Seen on the shell's WebSocket, which
// carries the plugin frame's channels.
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";
import { fault, resetFaults } from "./faults-knobs";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

const STATUS_DELAY_MS = 3000;

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

for (const [route, paths, shown] of [
    ["/", ["/api/v1/blueprints/list"], "Blueprints"],
    ["/images", ["/api/v1/compose/queue", "/api/v1/compose/finished", "/api/v1/compose/failed"], "Images"],
] as const) {
    test(`opened at ${route}, the page's lists are asked for while the status check is still out`, async ({ page, sim, gotoApp }) => {
        await fault(sim, "latency", { api: "weldr", path: "^/api/status$", ms: STATUS_DELAY_MS });
        const frames = watchFrames(page);
        const app = await gotoApp(route);
        await expect(app.getByRole("grid", { name: shown })).toBeVisible({ timeout: 15_000 });
        expect(frames.statusReplyAfter, "the status reply was seen").toBeDefined();
        for (const path of paths)
            expect(sentBeforeStatus(frames, path), `${path} asked for before the status reply`).toBe(true);
    });
}
