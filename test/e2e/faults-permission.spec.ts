// Fault scenarios, part 3: the composer sockets refuse this session (mode 0600, owned by another
// user). The e2e Cockpit's bridge runs as root, and root's CAP_DAC_OVERRIDE opens any socket, so
// these tests use a second cockpit-ws whose processes lost CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH
// (setpriv): for its bridge, connect() on such a socket really fails with EACCES.
import { startCockpit, type Cockpit } from "../harness/cockpit";
import { REPO_ROOT, simEnv } from "../harness/sim";
import { expect, test } from "./fixtures";
import { fault, markDocument, resetFaults } from "./faults-knobs";

const DROP = "-dac_override,-dac_read_search";
const FRAME = 'iframe[name="cockpit1:localhost/foundry"]';

let limited: Cockpit | undefined;

test.beforeAll(async ({ cockpit }) => {
    limited = await startCockpit({
        plugins: { foundry: `${REPO_ROOT}/dist` },
        env: simEnv(cockpit.sim),
        wrapper: ["/usr/bin/setpriv", "--bounding-set", DROP, "--inh-caps", DROP, "--"],
    });
});

test.afterAll(async () => {
    await limited?.stop();
});

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

test("sockets closed to this user before the app opens: the not-permitted page, and Retry once they open", async ({ page, sim }) => {
    await fault(sim, "permission-denied");
    await page.goto(`${limited?.baseUrl}/foundry`);
    const app = page.frameLocator(FRAME);
    await expect(app.getByRole("heading", { name: "Not permitted to use the image builder service" })).toBeVisible();
    const sameDocument = await markDocument(page);
    await fault(sim, "reset");
    await app.getByRole("button", { name: "Retry" }).click();
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    expect(await sameDocument()).toBe(true);
});

test("sockets closing to this user while the app is open: a banner says so, and the page comes back when they open", async ({ page, sim }) => {
    await page.goto(`${limited?.baseUrl}/foundry`);
    const app = page.frameLocator(FRAME);
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    const sameDocument = await markDocument(page);

    await fault(sim, "permission-denied");
    await app.getByRole("tab", { name: "Sources" }).click();
    const banner = app.locator(".pf-v6-c-alert", { hasText: "No longer permitted to use the image builder service" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText("Turn on administrative access");

    await fault(sim, "reset");
    await expect(banner).toHaveCount(0);
    await expect(app.getByRole("heading", { name: "Sources", level: 1 })).toBeVisible();
    await expect(app.getByText("The sources could not be listed")).toHaveCount(0);
    expect(await sameDocument()).toBe(true);
});
