// Opened on its own (its address, not the shell's frame), the page has Cockpit's WebSocket to
// itself, and src/transport.js answers each small message from Cockpit at once with a `pong`:
// cockpit-ws holds a small write back until the browser has acknowledged the one before, which
// the browser does only with data of its own or after its delayed-ACK timer.
import { expect, test, PACKAGE } from "./fixtures";
import { pushBlueprint, removeBlueprint } from "./weldr-blueprints";

const BLUEPRINT = "aaa-e2e-own-connection";
const PONG = "\n{\"command\":\"pong\"}";

type Frame = { sent: boolean; payload: string };

/** a message from Cockpit that the page answers: a control message other than init, ping and
 *  pong, or a payload under 1 kB (a big reply's frames come back to back anyway) */
function wantsAnswer(payload: string): boolean {
    const newline = payload.indexOf("\n");
    if (newline === 0) {
        const command = (JSON.parse(payload.slice(1)) as { command?: string }).command;
        return command !== "init" && command !== "ping" && command !== "pong";
    }
    return payload.length < 1024;
}

test("opened on its own, the page answers each small message from Cockpit at once, and not a big reply's frames", async ({ page, sim, cockpit }) => {
    // 400 packages: the list's page of details (asked over the WebSocket, a name first in the
    // list's order) comes in frames of about 4 kB
    const packages = Array.from({ length: 400 }, (_v, i) => ({ name: `package-${String(i).padStart(4, "0")}`, version: "*" }));
    await pushBlueprint(sim, { name: BLUEPRINT, description: "Many packages", version: "1.0.0", packages });
    try {
        const frames: Frame[] = [];
        page.on("websocket", ws => {
            ws.on("framesent", f => frames.push({ sent: true, payload: String(f.payload) }));
            ws.on("framereceived", f => frames.push({ sent: false, payload: String(f.payload) }));
        });
        await page.goto(`${cockpit.baseUrl}/cockpit/@localhost/${PACKAGE}/index.html#/`);
        await expect(page.locator(`tr[data-blueprint="${BLUEPRINT}"]`)).toContainText("Many packages", { timeout: 15_000 });

        const received = () => frames.filter(f => !f.sent);
        expect(received().filter(f => !wantsAnswer(f.payload)).some(f => f.payload.length >= 1024),
            "the details came in big frames").toBe(true);
        // Once the page is quiet, one pong for each message that wants one, each sent after it.
        await expect.poll(() => {
            const pongs = frames.filter(f => f.sent && f.payload === PONG).length;
            return pongs - received().filter(f => wantsAnswer(f.payload)).length;
        }, { timeout: 10_000 }).toBe(0);
        let owed = 0;
        for (const f of frames) {
            if (!f.sent && wantsAnswer(f.payload)) owed++;
            if (f.sent && f.payload === PONG) {
                expect(owed, "a pong answers a message received before it").toBeGreaterThan(0);
                owed--;
            }
        }
    } finally {
        await removeBlueprint(sim, BLUEPRINT);
    }
});
