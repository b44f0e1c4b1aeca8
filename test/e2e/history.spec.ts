// Blueprint history in the editor: undo to an earlier commit, compare two commits, tag the
// newest, and composer's own words when a commit lost its content in a restart. Each test
// verifies through the Weldr socket.
import { expect, test, type SimControl } from "./fixtures";
import { blueprintInfo as info, pushBlueprint as push } from "./weldr-blueprints";

// composer keeps the history of a deleted blueprint, so every test takes a fresh name

interface Change { commit: string; message: string; revision: number | null }

async function changes(sim: SimControl, name: string): Promise<Change[]> {
    const reply = await sim.weldr("GET", `/api/v1/blueprints/changes/${name}`);
    return (reply.json() as { blueprints: { changes: Change[] }[] }).blueprints[0]?.changes ?? [];
}

async function openHistory(gotoApp: (path?: string) => Promise<import("@playwright/test").FrameLocator>, name: string) {
    const app = await gotoApp(`/blueprint/${name}`);
    await app.getByRole("tab", { name: "History" }).click();
    return app;
}

test("undo to an earlier commit makes its blueprint the newest", async ({ sim, gotoApp }) => {
    const name = `e2e-history-undo-${Date.now().toString(36)}`;
    await push(sim, { name, description: "first", version: "1.0.0", packages: [{ name: "tmux" }] });
    await push(sim, { name, description: "second", version: "1.1.0", packages: [{ name: "tmux" }, { name: "jq" }] });
    try {
        const [, older] = await changes(sim, name);
        const app = await openHistory(gotoApp, name);
        const table = app.getByRole("grid", { name: `History of ${name}` });
        await expect(table.locator("tbody tr")).toHaveCount(2);

        await table.getByRole("button", { name: `Undo to commit ${older.commit.slice(0, 8)}` }).click();
        const dialog = app.getByRole("dialog", { name: `Undo to commit ${older.commit.slice(0, 8)}?` });
        await dialog.getByRole("button", { name: "Undo to this commit" }).click();
        await expect(dialog).toBeHidden();
        await expect(table.locator("tbody tr")).toHaveCount(3);
        await expect(table.locator("tbody tr").first()).toContainText(`${name}.toml reverted to commit ${older.commit}`);

        const now = await changes(sim, name);
        expect(now[0].message).toBe(`${name}.toml reverted to commit ${older.commit}`);
        const bp = await info(sim, name);
        expect(bp.description).toBe("first");
        expect(bp.packages).toEqual([{ name: "tmux" }]);
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("comparing two commits shows the changed fields", async ({ sim, gotoApp }) => {
    const name = `e2e-history-compare-${Date.now().toString(36)}`;
    await push(sim, { name, description: "before", version: "1.0.0", customizations: { hostname: "old-host" } });
    await push(sim, { name, description: "after", version: "1.0.0", customizations: { hostname: "new-host", timezone: { timezone: "UTC" } } });
    try {
        const [newer, older] = await changes(sim, name);
        const app = await openHistory(gotoApp, name);
        const table = app.getByRole("grid", { name: `History of ${name}` });
        await table.getByRole("checkbox", { name: `Select commit ${older.commit.slice(0, 8)}` }).check();
        await table.getByRole("checkbox", { name: `Select commit ${newer.commit.slice(0, 8)}` }).check();
        await app.getByRole("button", { name: "Compare selected" }).click();

        const dialog = app.getByRole("dialog", { name: `Changes from ${older.commit.slice(0, 8)} to ${newer.commit.slice(0, 8)}` });
        const fields = dialog.getByRole("grid", { name: "Changed fields" });
        const description = fields.locator('tr[data-field="description"]');
        await expect(description).toContainText("Changed");
        await expect(description).toContainText("before");
        await expect(description).toContainText("after");
        await expect(fields.locator('tr[data-field="customizations.hostname"]')).toContainText("new-host");
        await expect(fields.locator('tr[data-field="customizations.timezone"]')).toContainText("Added");

        await dialog.getByRole("button", { name: "TOML line diff" }).click();
        await expect(dialog.locator("pre.foundry-line-diff")).toContainText('+hostname = "new-host"');
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("tagging the newest commit shows its revision", async ({ sim, gotoApp }) => {
    const name = `e2e-history-tag-${Date.now().toString(36)}`;
    await push(sim, { name, version: "1.0.0" });
    try {
        const app = await openHistory(gotoApp, name);
        await app.getByRole("button", { name: "Tag newest commit" }).click();
        const table = app.getByRole("grid", { name: `History of ${name}` });
        await expect(table.locator("tbody tr").first()).toContainText("Revision 1");
        await expect(app.getByRole("button", { name: "Tag newest commit" })).toBeDisabled();
        expect((await changes(sim, name))[0].revision).toBe(1);
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});

test("after a composer restart, undo to an old commit says composer's words", async ({ sim, gotoApp }) => {
    const name = `e2e-history-restart-${Date.now().toString(36)}`;
    await push(sim, { name, version: "1.0.0" });
    await push(sim, { name, version: "2.0.0" });
    await sim.stop();
    await sim.start();
    try {
        const [, older] = await changes(sim, name);
        const app = await openHistory(gotoApp, name);
        const table = app.getByRole("grid", { name: `History of ${name}` });
        await table.getByRole("button", { name: `Undo to commit ${older.commit.slice(0, 8)}` }).click();
        const dialog = app.getByRole("dialog", { name: `Undo to commit ${older.commit.slice(0, 8)}?` });
        await dialog.getByRole("button", { name: "Undo to this commit" }).click();
        await expect(dialog.getByText(`no blueprint found for commit ${older.commit}`, { exact: true })).toBeVisible();
        await expect(dialog).toBeVisible();
        expect(await changes(sim, name)).toHaveLength(2);
    } finally {
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
    }
});
