// Sources page: system sources are read-only and say why; custom sources can be added,
// edited and deleted. Each test verifies through the Weldr socket.
import { expect, test, type SimControl } from "./fixtures";

interface SourceJson { id: string; name: string; type: string; url: string; check_ssl?: boolean; distros?: string[]; system?: boolean }

async function sourceInfo(sim: SimControl, id: string): Promise<SourceJson | undefined> {
    const reply = await sim.weldr("GET", `/api/v1/projects/source/info/${id}`);
    return (reply.json() as { sources: Record<string, SourceJson> }).sources[id];
}

async function removeSource(sim: SimControl, id: string): Promise<void> {
    await sim.weldr("DELETE", `/api/v1/projects/source/delete/${id}`);
}

test("a custom source is added, edited and deleted", async ({ sim, gotoApp }) => {
    const id = "e2e-source";
    await removeSource(sim, id);
    try {
        const app = await gotoApp("/sources");
        await app.getByRole("button", { name: "Add source" }).click();
        const dialog = app.getByRole("dialog", { name: "Add source" });

        // checked at the field before anything is sent
        await dialog.getByRole("button", { name: "Add" }).click();
        await expect(dialog.getByText("This field is required.")).toHaveCount(3);
        await dialog.getByRole("textbox", { name: "ID" }).fill(id);
        await dialog.getByRole("textbox", { name: "Name" }).fill("E2E repository");
        await dialog.getByRole("textbox", { name: "URL" }).fill("example.com/repo");
        await expect(dialog.getByText("This is not a URL.")).toBeVisible();
        await dialog.getByRole("textbox", { name: "URL" }).fill("https://example.com/e2e/repo/");
        await dialog.getByRole("checkbox", { name: "fedora-43" }).check();
        await dialog.getByRole("button", { name: "Add" }).click();
        await expect(dialog).toBeHidden();

        const row = app.locator(`tr[data-source="${id}"]`);
        await expect(row).toContainText("E2E repository");
        await expect(row).toContainText("fedora-43");
        const added = await sourceInfo(sim, id);
        expect(added).toMatchObject({ id, name: "E2E repository", type: "yum-baseurl", url: "https://example.com/e2e/repo/", distros: ["fedora-43"], system: false });

        await row.getByRole("button", { name: `Edit source ${id}` }).click();
        const edit = app.getByRole("dialog", { name: `Edit source ${id}` });
        await edit.getByRole("textbox", { name: "Name" }).fill("E2E repository, renamed");
        await edit.getByRole("combobox", { name: "Type" }).selectOption("yum-mirrorlist");
        await edit.getByRole("checkbox", { name: "Check TLS certificates" }).uncheck();
        await edit.getByRole("button", { name: "Save" }).click();
        await expect(edit).toBeHidden();
        await expect(row).toContainText("E2E repository, renamed");
        const edited = await sourceInfo(sim, id);
        expect(edited).toMatchObject({ name: "E2E repository, renamed", type: "yum-mirrorlist", check_ssl: false, distros: ["fedora-43"] });

        await row.getByRole("button", { name: `Delete source ${id}` }).click();
        const confirm = app.getByRole("dialog", { name: `Delete source ${id}?` });
        await confirm.getByRole("button", { name: "Delete" }).click();
        await expect(confirm).toBeHidden();
        await expect(row).toBeHidden();
        expect(await sourceInfo(sim, id)).toBeUndefined();
    } finally {
        await removeSource(sim, id);
    }
});

test("a system source cannot be changed or deleted, and the page says why", async ({ sim, gotoApp }) => {
    const list = (await sim.weldr("GET", "/api/v1/projects/source/info/*")).json() as { sources: Record<string, SourceJson> };
    const system = Object.values(list.sources).find(s => s.system);
    expect(system).toBeDefined();
    const app = await gotoApp("/sources");
    const row = app.locator(`tr[data-source="${system?.id}"]`);
    await expect(row).toContainText("System");
    await expect(row).toContainText("Read-only");
    await expect(row.getByRole("button")).toHaveCount(0);
    await expect(app.getByText("composer does not allow changing or deleting them")).toBeVisible();
    // composer itself refuses too
    const reply = await sim.weldr("DELETE", `/api/v1/projects/source/delete/${system?.id}`);
    expect(reply.status).toBe(400);
    expect(await sourceInfo(sim, system?.id ?? "")).toBeDefined();
});
