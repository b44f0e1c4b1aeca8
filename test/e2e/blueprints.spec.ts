// Blueprints page: what composer has is listed; search, sort, create and delete work, and
// composer's own words reach the user. Each test verifies through the Weldr socket.
import { expect, test, type SimControl } from "./fixtures";
import { blueprintInfo, pushBlueprint, removeBlueprint } from "./weldr-blueprints";

interface BlueprintJson { name: string; description?: string; version?: string; packages?: unknown[]; modules?: unknown[] }

async function blueprintNames(sim: SimControl): Promise<string[]> {
    const reply = await sim.weldr("GET", "/api/v1/blueprints/list?limit=10000");
    return (reply.json() as { blueprints: string[] }).blueprints;
}

test("the list shows composer's blueprints with description, version and package count", async ({ sim, gotoApp }) => {
    const names = (await blueprintNames(sim)).sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base", numeric: true }));
    expect(names.length).toBeGreaterThan(5);
    const app = await gotoApp("/?perPage=100");

    const table = app.getByRole("grid", { name: "Blueprints" });
    await expect(table.locator("tbody tr")).toHaveCount(Math.min(names.length, 100));
    const first = await blueprintInfo<BlueprintJson | undefined>(sim, names[0]);
    const row = table.locator(`tr[data-blueprint="${names[0]}"]`);
    await expect(row.getByRole("button", { name: names[0], exact: true })).toBeVisible();
    await expect(row.locator("td").nth(1)).toHaveText(first?.description ?? "");
    await expect(row.locator("td").nth(2)).toHaveText(first?.version ?? "");
    await expect(row.locator("td").nth(3)).toHaveText(String((first?.packages?.length ?? 0) + (first?.modules?.length ?? 0)));
});

test("search filters by name or description, ignoring case, and can be cleared", async ({ sim, gotoApp }) => {
    await pushBlueprint(sim, { name: "e2e-search-alpha", description: "Zebra Unicorn appliance", version: "1.0.0" });
    await pushBlueprint(sim, { name: "e2e-search-beta", description: "plain", version: "1.0.0" });
    try {
        const app = await gotoApp("/");
        const search = app.getByRole("textbox", { name: "Search blueprints" });
        const rows = app.getByRole("grid", { name: "Blueprints" }).locator("tbody tr");

        await search.fill("zebra UNICORN");
        await expect(rows).toHaveCount(1);
        await expect(rows.first()).toHaveAttribute("data-blueprint", "e2e-search-alpha");

        await search.fill("E2E-SEARCH");
        await expect(rows).toHaveCount(2);

        await search.fill("no-such-blueprint-anywhere");
        await expect(app.getByRole("heading", { name: "No blueprint matches" })).toBeVisible();
        // the empty state's own button (the search box has a reset button of the same name)
        await app.locator(".pf-v6-c-empty-state").getByRole("button", { name: "Clear search" }).click();
        await expect(search).toHaveValue("");
        await expect(rows.first()).toBeVisible();
    } finally {
        await removeBlueprint(sim, "e2e-search-alpha");
        await removeBlueprint(sim, "e2e-search-beta");
    }
});

test("sorting by version orders semantic versions numerically", async ({ sim, gotoApp }) => {
    await pushBlueprint(sim, { name: "e2e-sort-nine", description: "e2e-sort", version: "1.9.0" });
    await pushBlueprint(sim, { name: "e2e-sort-ten", description: "e2e-sort", version: "1.10.0" });
    try {
        const app = await gotoApp("/?search=e2e-sort");
        const table = app.getByRole("grid", { name: "Blueprints" });
        await expect(table.locator("tbody tr")).toHaveCount(2);
        await table.getByRole("button", { name: "Version" }).click();
        await expect(table.locator("tbody tr").first()).toHaveAttribute("data-blueprint", "e2e-sort-nine");
        await table.getByRole("button", { name: "Version" }).click();
        await expect(table.locator("tbody tr").first()).toHaveAttribute("data-blueprint", "e2e-sort-ten");
    } finally {
        await removeBlueprint(sim, "e2e-sort-nine");
        await removeBlueprint(sim, "e2e-sort-ten");
    }
});

test("creating a blueprint stores it in composer and opens it; deleting it removes it", async ({ sim, gotoApp }) => {
    const name = `e2e-created-${Date.now()}`;
    const app = await gotoApp("/");
    await app.getByRole("button", { name: "Create blueprint" }).first().click();
    const dialog = app.getByRole("dialog", { name: "Create blueprint" });
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);
    await dialog.getByRole("textbox", { name: "Description" }).fill("Made by the e2e suite");
    await dialog.getByRole("button", { name: "Create" }).click();

    await expect(app.getByRole("heading", { name, level: 1 })).toBeVisible();
    const stored = await blueprintInfo<BlueprintJson | undefined>(sim, name);
    expect(stored?.description).toBe("Made by the e2e suite");

    await app.getByRole("button", { name: "Delete" }).click();
    const confirm = app.getByRole("dialog", { name: `Delete blueprint ${name}?` });
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    await expect(app.locator(`tr[data-blueprint="${name}"]`)).toHaveCount(0);
    expect(await blueprintNames(sim)).not.toContain(name);
});

test("deleting from the list asks first and removes the row", async ({ sim, gotoApp }) => {
    await pushBlueprint(sim, { name: "e2e-delete-me", description: "x", version: "0.0.1" });
    const app = await gotoApp("/?search=e2e-delete-me");
    const row = app.locator('tr[data-blueprint="e2e-delete-me"]');
    await row.getByRole("button", { name: "Actions for e2e-delete-me" }).click();
    await app.getByRole("menuitem", { name: "Delete" }).click();
    const confirm = app.getByRole("dialog", { name: "Delete blueprint e2e-delete-me?" });
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await blueprintNames(sim)).toContain("e2e-delete-me");

    await row.getByRole("button", { name: "Actions for e2e-delete-me" }).click();
    await app.getByRole("menuitem", { name: "Delete" }).click();
    await confirm.getByRole("button", { name: "Delete" }).click();
    await expect(row).toHaveCount(0);
    expect(await blueprintNames(sim)).not.toContain("e2e-delete-me");
});

test("an invalid, empty or duplicate name is refused at the field and nothing is sent", async ({ sim, gotoApp }) => {
    const existing = (await blueprintNames(sim))[0];
    const app = await gotoApp("/");
    await app.getByRole("button", { name: "Create blueprint" }).first().click();
    const dialog = app.getByRole("dialog", { name: "Create blueprint" });
    const name = dialog.getByRole("textbox", { name: "Name" });

    await name.fill("web server");
    await expect(dialog.getByText("Only letters, digits, dots, dashes and underscores")).toBeVisible();
    await expect(dialog.getByRole("button", { name: "Create" })).toBeDisabled();

    await name.fill(existing);
    await expect(dialog.getByText("A blueprint with this name exists already.")).toBeVisible();

    await name.fill("");
    await expect(dialog.getByText("A name is required.")).toBeVisible();
    await name.press("Enter");
    await expect(dialog).toBeVisible();

    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    const after = await blueprintNames(sim);
    expect(after).not.toContain("web server");
    expect(after.filter(n => n === existing)).toHaveLength(1);
});

test("composer's error message reaches the user word for word", async ({ sim, gotoApp }) => {
    await pushBlueprint(sim, { name: "e2e-vanishing", description: "x", version: "0.0.1" });
    const app = await gotoApp("/blueprint/e2e-vanishing");
    await app.getByRole("button", { name: "Delete" }).click();
    const confirm = app.getByRole("dialog", { name: "Delete blueprint e2e-vanishing?" });
    // someone else (composer-cli) deletes it first
    await removeBlueprint(sim, "e2e-vanishing");
    await confirm.getByRole("button", { name: "Delete" }).click();

    await expect(confirm.getByText("Blueprint e2e-vanishing could not be deleted")).toBeVisible();
    await expect(confirm.getByText("Unknown blueprint: e2e-vanishing", { exact: true })).toBeVisible();
});

test("deep links open a blueprint, and back and forward move between pages", async ({ page, sim, gotoApp }) => {
    const name = (await blueprintNames(sim))[0];
    const app = await gotoApp(`/blueprint/${name}`);
    await expect(app.getByRole("heading", { name, level: 1 })).toBeVisible();

    await app.getByRole("tab", { name: "Images" }).click();
    await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
    await page.goBack();
    await expect(app.getByRole("heading", { name, level: 1 })).toBeVisible();
    await page.goForward();
    await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
});

test("a blueprint that does not exist says so", async ({ gotoApp }) => {
    const app = await gotoApp("/blueprint/no-such-blueprint");
    await expect(app.getByRole("heading", { name: "Blueprint not found" })).toBeVisible();
});

test("a list opened while composer is stopped shows its rows with details once the service answers", async ({ sim, gotoApp }) => {
    const names = (await blueprintNames(sim)).sort((a, b) => a.localeCompare(b, undefined, { sensitivity: "base", numeric: true }));
    const first = await blueprintInfo<BlueprintJson | undefined>(sim, names[0]);
    await sim.stop();
    const app = await gotoApp("/");
    await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
    await sim.start();
    await app.getByRole("button", { name: "Retry" }).click();
    const row = app.getByRole("grid", { name: "Blueprints" }).locator(`tr[data-blueprint="${names[0]}"]`);
    await expect(row.locator("td").nth(2)).toHaveText(first?.version ?? "");
    await expect(app.getByText("The blueprints could not be listed")).toHaveCount(0);
});

test("a list opened on a later page, sorted the other way, shows that page's rows with their details", async ({ sim, gotoApp }) => {
    const names = (await blueprintNames(sim)).sort((a, b) => b.localeCompare(a, undefined, { sensitivity: "base", numeric: true }));
    expect(names.length).toBeGreaterThan(2);
    const app = await gotoApp("/?dir=desc&perPage=2&page=2");
    const table = app.getByRole("grid", { name: "Blueprints" });
    await expect(table.locator("tbody tr[data-blueprint]")).toHaveCount(2);
    for (const [i, name] of names.slice(2, 4).entries()) {
        const row = table.locator("tbody tr[data-blueprint]").nth(i);
        await expect(row).toHaveAttribute("data-blueprint", name);
        await expect(row.locator("td").nth(2)).toHaveText((await blueprintInfo<BlueprintJson | undefined>(sim, name))?.version ?? "");
    }
});
