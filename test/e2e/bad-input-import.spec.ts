// Bad input to the import dialog, pasted or as a file: each gives its message under the text
// (the text area names it in aria-describedby), Import stays disabled and nothing reaches
// composer; a good blueprint then imports. Big files are tagged @slow (make check-slow).

import type { FrameLocator, Locator } from "@playwright/test";
import { expect, test, type SimControl } from "./fixtures";
import { blueprintInfo as info, recordedRequests as recorded, removeBlueprint as remove, type Json, type Recorded } from "./weldr-blueprints";

function blueprintPushes(sim: SimControl, since: number): Recorded[] {
    return recorded(sim).slice(since).filter(r => r.method === "POST" && /\/blueprints\/(new|workspace)$/.test(r.path));
}

async function openImport(app: FrameLocator): Promise<{ dialog: Locator; text: Locator }> {
    await app.getByRole("button", { name: "Import", exact: true }).click();
    const dialog = app.getByRole("dialog", { name: "Import blueprint" });
    return { dialog, text: dialog.getByRole("textbox", { name: "Blueprint text" }) };
}

/** The message belongs to the text: the text area is invalid and names the message */
async function expectMessageAtText(app: FrameLocator, text: Locator, message: string | RegExp): Promise<void> {
    await expect(text).toHaveAttribute("aria-invalid", "true");
    const describedBy = await text.getAttribute("aria-describedby");
    expect(describedBy, "the text area names its message").toBeTruthy();
    await expect(app.locator(`[id="${describedBy}"]`).getByText(message)).toBeVisible();
}

/** Then the user pastes a good blueprint: the message goes, Import saves it and opens it */
async function importGood(app: FrameLocator, dialog: Locator, text: Locator, name: string, message: string | RegExp): Promise<void> {
    // Clear is there for a file (refused text never fills the text area)
    const clear = dialog.getByRole("button", { name: "Clear" });
    if (await clear.isEnabled())
        await clear.click();
    await text.fill(`name = "${name}"\ndescription = "good"\nversion = "1.0.0"\n`);
    await expect(text).not.toHaveAttribute("aria-invalid", "true");
    await expect(dialog.getByText(message)).toHaveCount(0);
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(app.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 })).toBeVisible();
}

interface PasteRow {
    what: string;
    text: string;
    message: string | RegExp;
}

const PASTED: PasteRow[] = [
    { what: "invalid TOML (an unterminated string)", text: 'name = "bad-toml"\nversion = "1.0.0"\ndescription = "unterminated\n', message: /^Not a blueprint: line 3, column \d+/ },
    { what: "invalid JSON (a missing value)", text: '{"name": "bad-json", "version": }', message: "Not a blueprint: line 1, column 33" },
    { what: "JSON cut short", text: '{\n  "name": "bad-json",\n  "packages": [', message: /^Not a blueprint: line 3, column \d+/ },
    { what: "packages that are text, not a list", text: 'name = "bad-types"\npackages = "x"\n', message: "packages must be a list of tables" },
    { what: "a version that is a number", text: 'name = "bad-types"\nversion = 3\n', message: "version must be a string" },
    { what: "a blueprint without a name", text: 'description = "nameless"\nversion = "1.0.0"\n', message: "name must be a string" },
    { what: "a name with a slash", text: 'name = "a/b"\nversion = "1.0.0"\n', message: "The name may only hold letters, digits, dots, dashes and underscores." },
    { what: "pasted binary data", text: "\u0000\u0001\u0002\u0003PNG\u001a\u0000binary", message: /binary data, not text/ },
];

PASTED.forEach((row, index) => {
    test(`import: ${row.what} is said under the text, which is kept; nothing is sent`, async ({ sim, gotoApp }) => {
        const good = `e2e-import-good-${index}`;
        await remove(sim, good);
        const since = recorded(sim).length;
        try {
            const app = await gotoApp("/");
            const { dialog, text } = await openImport(app);
            await text.fill(row.text);
            await expectMessageAtText(app, text, row.message);
            await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
            if (row.message instanceof RegExp && /binary/.test(row.message.source))
                await expect(text).toHaveValue("");
            else
                await expect(text).toHaveValue(row.text);
            expect(blueprintPushes(sim, since)).toEqual([]);

            await importGood(app, dialog, text, good, row.message);
            expect((await info(sim, good)).description).toBe("good");
        } finally {
            await remove(sim, good);
        }
    });
});

test("import: a value of the wrong type inside a package is listed as a problem and Import stays off", async ({ sim, gotoApp }) => {
    const since = recorded(sim).length;
    const app = await gotoApp("/");
    const { dialog, text } = await openImport(app);
    await text.fill('{"name": "bad-package", "packages": [{"name": 5}]}');
    await expect(dialog.getByText("1 problem must be fixed before saving")).toBeVisible();
    await expect(dialog.getByRole("listitem").filter({ hasText: "packages[0].name" })).toContainText("Expected text.");
    await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
    await text.fill('{"name": "bad-package", "packages": [{"name": "tmux"}]}');
    await expect(dialog.getByText("1 problem must be fixed before saving")).toHaveCount(0);
    await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeEnabled();
    expect(blueprintPushes(sim, since)).toEqual([]);
});

test("import: a binary file is refused in one sentence and its bytes are not shown", async ({ sim, gotoApp }) => {
    const good = "e2e-import-after-binary";
    await remove(sim, good);
    const since = recorded(sim).length;
    try {
        const app = await gotoApp("/");
        const { dialog, text } = await openImport(app);
        const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x10]);
        await dialog.locator('input[type="file"]').setInputFiles({ name: "picture.toml", mimeType: "application/octet-stream", buffer: png });
        await expectMessageAtText(app, text, "The file holds binary data, not text: choose a blueprint in TOML or JSON.");
        await expect(text).toHaveValue("");
        await expect(dialog.getByText(/line \d+, column/)).toHaveCount(0);
        expect(blueprintPushes(sim, since)).toEqual([]);
        await importGood(app, dialog, text, good, /binary data/);
    } finally {
        await remove(sim, good);
    }
});

test("import: an empty file says it is empty", async ({ sim, gotoApp }) => {
    const since = recorded(sim).length;
    const app = await gotoApp("/");
    const { dialog, text } = await openImport(app);
    await dialog.locator('input[type="file"]').setInputFiles({ name: "empty.toml", mimeType: "application/toml", buffer: Buffer.alloc(0) });
    await expectMessageAtText(app, text, "The file is empty.");
    await expect(dialog.getByRole("button", { name: "Import", exact: true })).toBeDisabled();
    expect(blueprintPushes(sim, since)).toEqual([]);
});

test("import: keys the UI does not know are no error and are kept", async ({ sim, gotoApp }) => {
    const name = "e2e-import-unknown-keys";
    await remove(sim, name);
    try {
        const app = await gotoApp("/");
        const { dialog, text } = await openImport(app);
        await text.fill(`name = "${name}"\nversion = "1.0.0"\nfrom_the_future = "yes"\n\n[customizations.unheard_of]\nlevel = 11\n`);
        await expect(text).not.toHaveAttribute("aria-invalid", "true");
        await expect(dialog.getByText(/must be fixed/)).toHaveCount(0);
        await dialog.getByRole("button", { name: "Import", exact: true }).click();
        await expect(app.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 })).toBeVisible();
        const saved = await info(sim, name);
        expect(saved.from_the_future).toBe("yes");
        expect((saved.customizations as Json).unheard_of).toEqual({ level: 11 });
    } finally {
        await remove(sim, name);
    }
});

test("import: a 10 MB file is refused by its size without being read, and the dialog stays usable @slow", async ({ sim, gotoApp }) => {
    const good = "e2e-import-after-big";
    await remove(sim, good);
    const since = recorded(sim).length;
    try {
        const app = await gotoApp("/");
        const { dialog, text } = await openImport(app);
        const line = 'description = "padding padding padding padding padding padding padding"\n';
        const big = Buffer.from(`name = "too-big"\n${line.repeat(Math.ceil(10 * 1024 * 1024 / line.length))}`);
        await dialog.locator('input[type="file"]').setInputFiles({ name: "big.toml", mimeType: "application/toml", buffer: big });
        await expectMessageAtText(app, text, "The file is larger than 5 MiB: that is no blueprint.");
        await expect(text).toHaveValue("");
        expect(blueprintPushes(sim, since)).toEqual([]);
        await importGood(app, dialog, text, good, /larger than/);
    } finally {
        await remove(sim, good);
    }
});

test("import: a blueprint with 10,000 packages previews and saves them all @slow", async ({ sim, gotoApp }) => {
    test.setTimeout(180_000);
    const name = "e2e-import-10k";
    await remove(sim, name);
    try {
        const app = await gotoApp("/");
        const { dialog } = await openImport(app);
        const packages = Array.from({ length: 10_000 }, (_v, i) => `[[packages]]\nname = "pkg-${i}"\nversion = "*"\n`).join("\n");
        const toml = `name = "${name}"\nversion = "1.0.0"\n\n${packages}`;
        await dialog.locator('input[type="file"]').setInputFiles({ name: `${name}.toml`, mimeType: "application/toml", buffer: Buffer.from(toml) });
        const preview = dialog.getByRole("group").filter({ hasText: "Packages" }).or(dialog.locator(".pf-v6-c-description-list__group").filter({ hasText: "Packages" }));
        await expect(preview.first()).toContainText("10000");
        await dialog.getByRole("button", { name: "Import", exact: true }).click();
        await expect(app.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 })).toBeVisible({ timeout: 60_000 });
        const saved = await info(sim, name);
        expect((saved.packages as Json[]).length).toBe(10_000);
        expect((saved.packages as Json[])[9_999].name).toBe("pkg-9999");
    } finally {
        await remove(sim, name);
    }
});
