// Packages in the editor: search composer's repositories and add a package; resolve the
// dependencies of a blueprint with an unknown package and see composer's error at it;
// freeze pins versions. Each test verifies through the Weldr socket.
import { expect, test, type SimControl } from "./fixtures";
import { pushBlueprint as push } from "./weldr-blueprints";

// composer keeps the history of a deleted blueprint, so every test takes a fresh name

async function packagesOf(sim: SimControl, name: string): Promise<Record<string, unknown>[]> {
    const reply = await sim.weldr("GET", `/api/v1/blueprints/info/${name}`);
    return ((reply.json() as { blueprints: { packages?: Record<string, unknown>[] }[] }).blueprints[0]?.packages) ?? [];
}

async function openPackages(gotoApp: (path?: string) => Promise<import("@playwright/test").FrameLocator>, name: string) {
    const app = await gotoApp(`/blueprint/${name}`);
    await app.getByRole("tab", { name: "Packages" }).click();
    return app;
}

test("searching packages shows versions and arches, and a found package is added", async ({ sim, gotoApp }) => {
    const name = `e2e-packages-search-${Date.now().toString(36)}`;
    await push(sim, { name, version: "1.0.0", distro: "fedora-43", packages: [{ name: "tmux", version: "3.*", x_future: "kept" }] });
    try {
        const app = await openPackages(gotoApp, name);
        await app.getByRole("textbox", { name: "Search packages" }).fill("term");
        const results = app.getByRole("grid", { name: "Search results" });
        const row = results.locator('tr[data-package="gnome-terminal"]');
        await expect(row).toContainText("Terminal emulator for GNOME");
        await expect(row).toContainText(/\d+\.\d+\.\d+-\d\.fc43/);
        await expect(row).toContainText("x86_64");
        // paged: the total is more than one page of 20 matches? at least the count is said
        await expect(app.getByText(/^\d+ found$/)).toBeVisible();

        await row.getByRole("button", { name: "Add package gnome-terminal" }).click();
        await expect(row.getByRole("button", { name: "Add package gnome-terminal" })).toBeDisabled();
        const list = app.getByRole("grid", { name: "Packages of the blueprint" });
        await expect(list.locator('tr[data-package-entry="gnome-terminal"]')).toBeVisible();

        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect.poll(async () => (await packagesOf(sim, name)).map(p => p.name)).toEqual(["tmux", "gnome-terminal"]);
        expect((await packagesOf(sim, name))[0]).toEqual({ name: "tmux", version: "3.*", x_future: "kept" });
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("resolving a blueprint with an unknown package shows composer's error at that package", async ({ sim, gotoApp }) => {
    const name = `e2e-packages-depsolve-${Date.now().toString(36)}`;
    await push(sim, { name, version: "1.0.0", packages: [{ name: "tmux" }, { name: "no-such-package-e2e" }, { name: "jq" }] });
    try {
        const reply = await sim.weldr("GET", `/api/v1/blueprints/depsolve/${name}`);
        const message = (reply.json() as { errors: { msg: string }[] }).errors[0].msg;
        expect(message).toContain("missing packages: no-such-package-e2e");

        const app = await openPackages(gotoApp, name);
        await expect(app.getByText("not the edits on this page that are not saved yet", { exact: false })).toBeVisible();
        await app.getByRole("button", { name: "Resolve dependencies" }).click();
        const list = app.getByRole("grid", { name: "Packages of the blueprint" });
        const bad = list.locator('tr[data-package-entry="no-such-package-e2e"]');
        await expect(bad).toContainText(message.split("\n")[0]);
        await expect(bad).toContainText("missing packages: no-such-package-e2e");
        await expect(list.locator('tr[data-package-entry="tmux"]')).not.toContainText("missing packages");
        await expect(app.getByText(`The packages of ${name} could not be resolved`)).toBeVisible();
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("resolving counts the packages, and frozen versions can be applied", async ({ sim, gotoApp }) => {
    const name = `e2e-packages-freeze-${Date.now().toString(36)}`;
    await push(sim, { name, version: "1.0.0", packages: [{ name: "tmux" }] });
    try {
        const frozen = await sim.weldr("GET", `/api/v1/blueprints/freeze/${name}`);
        const version = String((frozen.json() as { blueprints: { blueprint: { packages: { version: string }[] } }[] }).blueprints[0].blueprint.packages[0].version);
        const app = await openPackages(gotoApp, name);
        await app.getByRole("button", { name: "Resolve dependencies" }).click();
        await expect(app.getByText(/\d+ packages resolved for 1 requested, from \d+ repositories$/)).toBeVisible();

        await app.getByRole("button", { name: "Freeze versions" }).click();
        await expect(app.getByRole("grid", { name: "Frozen versions" })).toContainText(version);
        await app.getByRole("button", { name: "Apply these versions to the blueprint" }).click();
        await expect(app.getByRole("textbox", { name: "Version of tmux" })).toHaveValue(version);
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});
