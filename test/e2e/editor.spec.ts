// The blueprint editor: lossless saves, TOML both ways, drafts that survive a reload,
// conflicts with changes made elsewhere, import and export. Verified through the socket.
import fs from "node:fs";

import { expect, test } from "./fixtures";
import { blueprintState as info, pushBlueprint as push, removeBlueprint as remove, type Json } from "./weldr-blueprints";

const UNKNOWN_TOML = `name = "e2e-lossless"
description = "Fields the UI does not know"
version = "1.0.0"
future_top = "kept"

[[packages]]
name = "tmux"
version = "*"
future_in_package = 7

[customizations]
hostname = "before"
future_customization = { nested = { deep = [1, 2, 3] } }

[[customizations.user]]
name = "admin"
future_user_field = true

[customizations.future_table]
key = "value"
`;

test("an imported TOML keeps the fields the UI does not know through an edit and a save", async ({ sim, gotoApp }) => {
    await remove(sim, "e2e-lossless");
    try {
        const app = await gotoApp("/");
        await app.getByRole("button", { name: "Import", exact: true }).click();
        const dialog = app.getByRole("dialog", { name: "Import blueprint" });
        await dialog.getByRole("textbox", { name: "Blueprint text" }).fill(UNKNOWN_TOML);
        await expect(dialog.getByText("e2e-lossless", { exact: true })).toBeVisible();
        await dialog.getByRole("button", { name: "Import", exact: true }).click();
        await expect(app.getByRole("heading", { name: /^e2e-lossless/, level: 1 })).toBeVisible();

        await app.locator("#bp-customizations-hostname").fill("after");
        await expect(app.getByText("Unsaved changes").or(app.getByText("Draft", { exact: true }))).toBeVisible();
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();

        const saved = (await info(sim, "e2e-lossless")).blueprint;
        const customizations = saved.customizations as Json;
        expect(customizations.hostname).toBe("after");
        expect(saved.future_top).toBe("kept");
        expect((saved.packages as Json[])[0].future_in_package).toBe(7);
        expect(customizations.future_customization).toEqual({ nested: { deep: [1, 2, 3] } });
        expect((customizations.user as Json[])[0].future_user_field).toBe(true);
        expect(customizations.future_table).toEqual({ key: "value" });
    } finally {
        await remove(sim, "e2e-lossless");
    }
});

test("invalid TOML shows line and column and keeps the text", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-bad-toml", description: "x", version: "1.0.0" });
    try {
        const app = await gotoApp("/blueprint/e2e-bad-toml");
        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        const broken = 'name = "e2e-bad-toml"\nversion = "1.0.0"\ndescription = "unterminated\n';
        await toml.fill(broken);
        await expect(app.getByText(/TOML error at line 3, column \d+/)).toBeVisible();
        await expect(toml).toHaveValue(broken);
    } finally {
        await remove(sim, "e2e-bad-toml");
    }
});

test("edits are kept as a draft in composer across a reload, and can be discarded", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-draft", description: "committed", version: "1.0.0" });
    try {
        let app = await gotoApp("/blueprint/e2e-draft");
        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        await toml.fill((await toml.inputValue()).replace('description = "committed"', 'description = "drafted"'));
        await expect.poll(async () => (await info(sim, "e2e-draft")).changed, { timeout: 10_000 }).toBe(true);
        expect((await info(sim, "e2e-draft")).blueprint.description).toBe("drafted");

        app = await gotoApp("/blueprint/e2e-draft");
        await expect(app.getByText("Draft", { exact: true })).toBeVisible();
        await app.getByRole("tab", { name: "TOML" }).click();
        await expect(app.getByRole("textbox", { name: "Blueprint as TOML" })).toHaveValue(/description = "drafted"/);

        await app.getByRole("button", { name: "Discard changes" }).click();
        await expect(app.getByText("Draft", { exact: true })).toHaveCount(0);
        await expect(app.getByRole("textbox", { name: "Blueprint as TOML" })).toHaveValue(/description = "committed"/);
        expect(await info(sim, "e2e-draft")).toMatchObject({ changed: false, blueprint: { description: "committed" } });
    } finally {
        await remove(sim, "e2e-draft");
    }
});

test("a blueprint changed elsewhere while open shows both versions; copying my changes over keeps theirs too", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-conflict", description: "original", version: "1.0.0", packages: [{ name: "tmux" }] });
    try {
        const app = await gotoApp("/blueprint/e2e-conflict");
        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        await toml.fill((await toml.inputValue()).replace('description = "original"', 'description = "mine"'));

        // composer-cli saves a new version meanwhile
        await push(sim, { name: "e2e-conflict", description: "original", version: "2.0.0", packages: [{ name: "tmux" }, { name: "vim-enhanced" }] });

        await app.getByRole("button", { name: "Save", exact: true }).click();
        const dialog = app.getByRole("dialog", { name: "e2e-conflict was changed elsewhere" });
        await expect(dialog.getByLabel("Your version")).toContainText('description = "mine"');
        await expect(dialog.getByLabel("Version on the server")).toContainText("vim-enhanced");
        await dialog.getByRole("button", { name: "Copy my changes onto theirs" }).click();
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();

        const saved = (await info(sim, "e2e-conflict")).blueprint;
        expect(saved.description).toBe("mine");
        expect((saved.packages as Json[]).map(p => p.name)).toEqual(["tmux", "vim-enhanced"]);
    } finally {
        await remove(sim, "e2e-conflict");
    }
});

test("a save composer refuses keeps the edits and shows composer's words", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-refused", description: "x", version: "1.0.0" });
    try {
        const app = await gotoApp("/blueprint/e2e-refused");
        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        const current = await toml.inputValue();
        const edited = /^distro = .*$/m.test(current)
            ? current.replace(/^distro = .*$/m, 'distro = "fedora-1"')
            : current.replace('version = "1.0.0"', 'version = "1.0.0"\ndistro = "fedora-1"');
        await toml.fill(edited);
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText("The blueprint could not be saved")).toBeVisible();
        await expect(app.getByText("'fedora-1' is not a valid distribution (architecture 'x86_64')")).toBeVisible();
        await expect(toml).toHaveValue(/distro = "fedora-1"/);
    } finally {
        await remove(sim, "e2e-refused");
    }
});

test("export as TOML downloads <name>.toml holding the blueprint", async ({ page, sim, gotoApp }) => {
    await push(sim, { name: "e2e-export", description: "exported", version: "3.1.4", packages: [{ name: "tmux", version: "*" }] });
    try {
        const app = await gotoApp("/blueprint/e2e-export");
        await app.getByRole("button", { name: "Export" }).click();
        const [download] = await Promise.all([
            page.waitForEvent("download"),
            app.getByRole("menuitem", { name: "Export as TOML" }).click(),
        ]);
        expect(download.suggestedFilename()).toBe("e2e-export.toml");
        const text = fs.readFileSync(await download.path(), "utf8");
        expect(text).toContain('name = "e2e-export"');
        expect(text).toContain('version = "3.1.4"');
        expect(text).toContain('name = "tmux"');
    } finally {
        await remove(sim, "e2e-export");
    }
});

test("the TOML beside the form follows the form, and the form follows the TOML", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-beside", description: "start", version: "1.0.0", customizations: { hostname: "one" } });
    try {
        const app = await gotoApp("/blueprint/e2e-beside");
        await app.getByText("Show the TOML beside the form").click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        await app.locator("#bp-customizations-hostname").fill("two");
        await expect(toml).toHaveValue(/hostname = "two"/);
        await toml.fill((await toml.inputValue()).replace('description = "start"', 'description = "from TOML"'));
        await expect(app.locator("#bp-description")).toHaveValue("from TOML");
    } finally {
        await remove(sim, "e2e-beside");
    }
});

test("leaving the editor right after typing keeps the edit as a draft", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-leave", description: "before", version: "1.0.0" });
    try {
        const app = await gotoApp("/blueprint/e2e-leave");
        await app.locator("#bp-description").fill("typed, then left at once");
        await app.getByRole("tab", { name: "Images" }).click();
        await expect(app.getByRole("heading", { name: "Images", level: 1 })).toBeVisible();
        await expect.poll(async () => (await info(sim, "e2e-leave")).blueprint.description, { timeout: 10_000 }).toBe("typed, then left at once");
        expect((await info(sim, "e2e-leave")).changed).toBe(true);
    } finally {
        await remove(sim, "e2e-leave");
    }
});

test("a blueprint opened by its address while composer is stopped opens with its fields once the service answers", async ({ sim, gotoApp }) => {
    await push(sim, { name: "e2e-open-stopped", description: "read after the start", version: "1.0.0" });
    try {
        await sim.stop();
        const app = await gotoApp("/blueprint/e2e-open-stopped");
        await expect(app.getByRole("heading", { name: "The image builder service is not running" })).toBeVisible();
        await sim.start();
        await app.getByRole("button", { name: "Retry" }).click();
        await expect(app.getByRole("heading", { name: "e2e-open-stopped", level: 1 })).toBeVisible();
        await expect(app.getByRole("textbox", { name: "Description", exact: true })).toHaveValue("read after the start");
    } finally {
        await remove(sim, "e2e-open-stopped");
    }
});
