// Sources page: system sources are read-only and say why; custom sources can be added,
// edited and deleted. Each test verifies through the Weldr socket.
import fs from "node:fs";
import http from "node:http";

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

/** A composer that lists one system source and refuses every new source with its own words */
async function serveRefusingComposer(socket: string, refusal: string): Promise<http.Server> {
    const replies: Record<string, unknown> = {
        "/api/status": { api: "1", db_supported: true, db_version: "0", schema_version: "0", backend: "osbuild-composer", build: "refusing", msgs: [] },
        "/api/v1/projects/source/list": { sources: ["fedora"] },
        "/api/v1/projects/source/info/*": { sources: { fedora: { id: "fedora", name: "fedora", type: "yum-metalink", url: "https://mirrors.fedoraproject.org/metalink?repo=fedora-43&arch=x86_64", check_gpg: true, check_ssl: true, system: true, rhsm: false, check_repogpg: false } }, errors: [] },
        "/api/v1/distros/list": { distros: ["fedora-43"] },
    };
    fs.rmSync(socket, { force: true });
    const server = http.createServer((req, res) => {
        const path = decodeURIComponent((req.url ?? "/").split("?")[0]);
        const refused = req.method === "POST" && path === "/api/v1/projects/source/new";
        const body = refused ? { status: false, errors: [{ id: "ProjectsError", msg: refusal }] } : replies[path];
        res.writeHead(refused ? 400 : body ? 200 : 404, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body ?? { status: false, errors: [{ code: 404, id: "HTTPError", msg: "Not Found" }] }));
    });
    await new Promise<void>(resolve => server.listen(socket, resolve));
    fs.chmodSync(socket, 0o666);
    return server;
}

test("composer's refusal is shown word for word and the dialog keeps what was typed", async ({ sim, gotoApp }) => {
    const refusal = "Invalid distributions: fedora-43";
    await sim.stop();
    const server = await serveRefusingComposer(sim.config.weldrSocket, refusal);
    try {
        const app = await gotoApp("/sources");
        await app.getByRole("button", { name: "Add source" }).click();
        const dialog = app.getByRole("dialog", { name: "Add source" });
        await dialog.getByRole("textbox", { name: "ID" }).fill("refused");
        await dialog.getByRole("textbox", { name: "Name" }).fill("Refused repository");
        await dialog.getByRole("textbox", { name: "URL" }).fill("https://example.com/refused/");
        await dialog.getByRole("checkbox", { name: "fedora-43" }).check();
        await dialog.getByRole("button", { name: "Add" }).click();

        await expect(dialog.getByText("Source refused could not be saved")).toBeVisible();
        await expect(dialog.getByText(refusal, { exact: true })).toBeVisible();
        await expect(dialog.getByRole("textbox", { name: "Name" })).toHaveValue("Refused repository");
        await expect(dialog.getByRole("textbox", { name: "URL" })).toHaveValue("https://example.com/refused/");
        await expect(dialog.getByRole("checkbox", { name: "fedora-43" })).toBeChecked();
    } finally {
        await new Promise(resolve => server.close(resolve));
        fs.rmSync(sim.config.weldrSocket, { force: true });
    }
});
