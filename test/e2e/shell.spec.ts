// Smoke: the plugin is installed in a real Cockpit shell, reachable from the menu and by deep
// link, and the test machinery around it (composer stand-in, systemctl stand-in) works.
import { expect, FRAME_NAME, test } from "./fixtures";

interface SpawnResult { ok: boolean; output: string }
interface CockpitGlobal {
    spawn(args: string[], opts: Record<string, unknown>): PromiseLike<string>;
}

test("clicking Image Builder in the shell menu opens the plugin on its Blueprints page", async ({ page, app, cockpit }) => {
    await page.goto(`${cockpit.baseUrl}/`);
    await page.locator("#host-apps").getByRole("link", { name: "Image Builder", exact: true }).click();

    await expect(page).toHaveURL(`${cockpit.baseUrl}/foundry`);
    await expect(app.getByRole("heading", { name: "Blueprints", exact: true })).toBeVisible();
});

test("a deep link to /foundry#/images?x=1 opens the plugin frame at #/images?x=1", async ({ page, gotoApp }) => {
    await gotoApp("/images?x=1");

    await expect(page.locator(`iframe[name="${FRAME_NAME}"]`)).toHaveAttribute("src", /\/foundry\/index\.html#\/images\?x=1$/);
});

test("systemctl enable --now osbuild-composer.socket spawned through Cockpit starts the stopped composer", async ({ page, cockpit, sim }) => {
    // the shell's own page: same bridge, same environment as the plugin's spawns
    await page.goto(`${cockpit.baseUrl}/`);
    await sim.stop();
    expect(sim.running()).toBe(false);

    const result = await page.evaluate(async (): Promise<SpawnResult> => {
        const cockpitJs = (window as unknown as { cockpit: CockpitGlobal }).cockpit;
        try {
            const output = await cockpitJs.spawn(["systemctl", "enable", "--now", "osbuild-composer.socket"],
                { superuser: "try", err: "message" });
            return { ok: true, output };
        } catch (e) {
            return { ok: false, output: JSON.stringify(e) };
        }
    });

    expect(result).toEqual({ ok: true, output: "" });
    expect(sim.running()).toBe(true);
    const status = await sim.weldr("GET", "/api/status");
    expect(status.status).toBe(200);
});
