// Images page: one list of the composes of both APIs, including composes made elsewhere;
// filters and sort in the URL; live progress; stop, delete and bulk delete.
import { imageTypeLabel } from "../../src/model/imageTypes";
import { fault, resetFaults } from "./faults-knobs";
import { expect, test } from "./fixtures";

interface WeldrEntry { id: string; blueprint: string; compose_type: string; queue_status: string }
interface CloudStatus { id: string; status: string; koji_status?: unknown }

const CLOUD = "/api/image-builder-composer/v2";
const COL = { type: 2, status: 3, api: 6 };

test("the images list shows Weldr and Cloud composes once each", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: WeldrEntry[] };
    const failed = (await sim.weldr("GET", "/api/v1/compose/failed")).json() as { failed: WeldrEntry[] };
    const queue = (await sim.weldr("GET", "/api/v1/compose/queue")).json() as { new: WeldrEntry[]; run: WeldrEntry[] };
    const cloud = (await sim.cloud("GET", `${CLOUD}/composes/`)).json() as CloudStatus[];
    const weldrIds = new Set([...finished.finished, ...failed.failed, ...queue.new, ...queue.run].map(e => e.id));
    const cloudOnly = cloud.filter(c => !weldrIds.has(c.id));
    expect(finished.finished.length).toBeGreaterThan(0);
    expect(cloudOnly.length).toBeGreaterThan(0);

    const app = await gotoApp("/images?perPage=500");
    const rows = app.getByRole("grid", { name: "Images" }).locator("tbody tr");
    await expect(rows).toHaveCount(new Set([...weldrIds, ...cloud.map(c => c.id)]).size);

    const weldrCompose = finished.finished[0];
    const weldrRow = app.locator(`tr[data-compose="${weldrCompose.id}"]`);
    await expect(weldrRow).toHaveCount(1);
    await expect(weldrRow.locator("td").nth(COL.type)).toHaveText(imageTypeLabel(weldrCompose.compose_type));
    await expect(weldrRow.locator("td").nth(COL.status)).toHaveText("Done");
    await expect(weldrRow.locator("td").nth(COL.api)).toHaveText("Weldr");

    const cloudRow = app.locator(`tr[data-compose="${cloudOnly[0].id}"]`);
    await expect(cloudRow.locator("td").nth(COL.api)).toHaveText(/Cloud API/);
    const koji = cloudOnly.find(c => c.koji_status !== undefined);
    if (koji)
        await expect(app.locator(`tr[data-compose="${koji.id}"] td`).nth(COL.api)).toHaveText("Cloud API (Koji)");
});

test("a compose row opens the image page by its id", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: (WeldrEntry & { version: string })[] };
    const compose = finished.finished[0];
    const app = await gotoApp("/images?perPage=500");
    // clicked as soon as it shows: the Cloud API's list, which comes later, moves no row (see
    // "the rows stay where they are" below)
    // the link says the blueprint and its version (the row's actions button names them too)
    await app.locator(`tr[data-compose="${compose.id}"]`).getByRole("button", { name: `${compose.blueprint} ${compose.version}`, exact: true }).click();
    await expect(app.getByRole("definition").getByText(compose.id, { exact: true })).toBeVisible();
    await expect(app.getByRole("heading", { level: 1 })).toContainText(compose.blueprint);
});

test("filters narrow the list, live in the URL, and clear", async ({ sim, gotoApp, shell }) => {
    const failed = (await sim.weldr("GET", "/api/v1/compose/failed")).json() as { failed: WeldrEntry[] };
    const app = await gotoApp("/images?status=failure&perPage=500");
    const rows = app.getByRole("grid", { name: "Images" }).locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    for (const state of await rows.evaluateAll(trs => trs.map(tr => tr.getAttribute("data-state"))))
        expect(state).toBe("failure");
    for (const entry of failed.failed)
        await expect(app.locator(`tr[data-compose="${entry.id}"]`)).toHaveCount(1);

    await app.getByRole("button", { name: "Done" }).click();
    await expect(shell).toHaveURL(/status=failure%2Csuccess|status=failure,success/);
    await expect(app.locator('tbody tr[data-state="success"]').first()).toBeVisible();

    await app.getByRole("combobox", { name: "Filter by API" }).selectOption("weldr");
    await expect(shell).toHaveURL(/api=weldr/);
    for (const api of await rows.evaluateAll(trs => trs.map(tr => tr.querySelectorAll("td")[6]?.textContent)))
        expect(api).toBe("Weldr");

    await app.getByRole("textbox", { name: "Filter by blueprint" }).fill("no-such-blueprint-anywhere");
    await expect(app.getByText("No image matches the filters")).toBeVisible();
    await app.getByRole("button", { name: "Clear filters" }).first().click();
    await expect(rows.first()).toBeVisible();
    await expect(shell).not.toHaveURL(/status=/);
});

test("sorting by blueprint orders the rows and is kept in the URL", async ({ gotoApp, shell }) => {
    const app = await gotoApp("/images?api=weldr&perPage=500");
    await app.getByRole("columnheader", { name: "Blueprint" }).getByRole("button").click();
    await expect(shell).toHaveURL(/sort=blueprint/);
    const names = await app.locator("tbody tr td:nth-child(2)").allTextContents();
    const sorted = [...names].sort((a, b) => a.localeCompare(b));
    expect(names.length).toBeGreaterThan(1);
    expect(names.join("|")).toBe(sorted.join("|"));
});

test("a Cloud compose's progress advances while it builds, then it is done", async ({ sim, gotoApp }) => {
    const app = await gotoApp("/images?api=cloud&perPage=500");
    await expect(app.getByRole("grid", { name: "Images" })).toBeVisible();
    const reply = await sim.cloud("POST", `${CLOUD}/compose`, {
        body: {
            distribution: "fedora-43",
            blueprint: { name: "e2e-progress" },
            image_request: { architecture: "x86_64", image_type: "guest-image", repositories: [], upload_targets: [{ type: "local", upload_options: {} }] },
        },
    });
    expect(reply.status).toBe(201);
    const id = (reply.json() as { id: string }).id;
    try {
        // a compose that appears after the first read is asked about after 2 s, 4 s, …
        await app.getByRole("button", { name: "Refresh" }).click();
        const row = app.locator(`tr[data-compose="${id}"]`);
        const bar = row.locator("[data-progress]");
        await expect(bar).toBeVisible({ timeout: 15_000 });
        const first = await bar.getAttribute("data-progress");
        await expect(async () => {
            const now = await row.getAttribute("data-state") === "success" ? "done" : await bar.getAttribute("data-progress");
            expect(now).not.toBe(first);
        }).toPass({ timeout: 20_000 });
        await expect(row).toHaveAttribute("data-state", "success", { timeout: 30_000 });
    } finally {
        await sim.cloud("DELETE", `${CLOUD}/composes/${id}`);
    }
});

async function startWeldr(sim: { weldr: (m: string, p: string, o?: { body?: object }) => Promise<{ status: number; json(): unknown }> }): Promise<string> {
    const reply = await sim.weldr("POST", "/api/v1/compose", { body: { blueprint_name: "web-server", compose_type: "qcow2", branch: "master" } });
    expect(reply.status).toBe(200);
    return (reply.json() as { build_id: string }).build_id;
}

async function weldrState(sim: { weldr: (m: string, p: string) => Promise<{ json(): unknown }> }, id: string): Promise<string | undefined> {
    const reply = (await sim.weldr("GET", `/api/v1/compose/status/${id}`)).json() as { uuids: WeldrEntry[] };
    return reply.uuids[0]?.queue_status;
}

test("stopping a Weldr build marks it failed", async ({ sim, gotoApp }) => {
    const id = await startWeldr(sim);
    try {
        const app = await gotoApp(`/image/${id}`);
        await app.getByRole("button", { name: "Stop build" }).click();
        await app.getByRole("dialog").getByRole("button", { name: "Stop build" }).click();
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect.poll(() => weldrState(sim, id)).toBe("FAILED");
        await expect(app.getByRole("definition").getByText("Failed")).toBeVisible({ timeout: 15_000 });
    } finally {
        await sim.weldr("DELETE", `/api/v1/compose/delete/${id}`);
    }
});

test("deleting an image removes it from composer", async ({ sim, gotoApp }) => {
    const id = await startWeldr(sim);
    await expect.poll(() => weldrState(sim, id), { timeout: 30_000 }).toBe("FINISHED");
    const app = await gotoApp(`/image/${id}`);
    await app.getByRole("button", { name: "Delete" }).click();
    await app.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(app.getByRole("heading", { level: 1, name: "Images" })).toBeVisible();
    expect(await weldrState(sim, id)).toBeUndefined();
});

test("bulk delete removes the selected finished images", async ({ sim, gotoApp }) => {
    const ids = [await startWeldr(sim), await startWeldr(sim)];
    for (const id of ids)
        await expect.poll(() => weldrState(sim, id), { timeout: 40_000 }).toBe("FINISHED");
    const app = await gotoApp("/images?perPage=500");
    for (const id of ids)
        await app.locator(`tr[data-compose="${id}"] td`).first().getByRole("checkbox").check();
    await app.getByRole("button", { name: "Delete selected" }).click();
    await expect(app.getByRole("dialog")).toContainText("Delete 2 images?");
    await app.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(app.getByRole("dialog")).toHaveCount(0);
    for (const id of ids) {
        expect(await weldrState(sim, id)).toBeUndefined();
        await expect(app.locator(`tr[data-compose="${id}"]`)).toHaveCount(0);
    }
});

test("select all takes the finished images of the page only, and unselecting all lets them go", async ({ gotoApp }) => {
    const app = await gotoApp("/images?perPage=500");
    const grid = app.getByRole("grid", { name: "Images" });
    await expect(grid.locator("tbody tr").first()).toBeVisible();
    const all = grid.getByRole("checkbox", { name: "Select all finished images on this page" });
    await all.check();
    const finished = grid.locator('tbody tr[data-state="success"], tbody tr[data-state="failure"]');
    const n = await finished.count();
    expect(n).toBeGreaterThan(1);
    for (const row of await finished.all())
        await expect(row.locator("td").first().getByRole("checkbox")).toBeChecked();
    for (const row of await grid.locator('tbody tr[data-state="waiting"], tbody tr[data-state="building"]').all())
        await expect(row.locator("td").first().getByRole("checkbox")).not.toBeChecked();
    await app.getByRole("button", { name: "Delete selected" }).click();
    await expect(app.getByRole("dialog")).toContainText(`Delete ${n} images?`);
    await app.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await all.uncheck();
    await expect(app.getByRole("button", { name: "Delete selected" })).toBeDisabled();
});

test("a compose that started while the list was open announces its end with a toast linking to it", async ({ sim, gotoApp }) => {
    const app = await gotoApp("/images?perPage=500");
    // the list is open once both APIs' lists came (a compose there before that is not new): a row
    // of the Cloud API's list is shown
    await expect(app.getByRole("grid", { name: "Images" }).locator("tr[data-compose]").filter({ hasText: "Cloud API" }).first()).toBeVisible();
    const id = await startWeldr(sim);
    try {
        await app.getByRole("button", { name: "Refresh" }).click();
        const toast = app.locator(".pf-v6-c-alert-group").getByText(/Image web-server .* is ready/);
        await expect(toast).toBeVisible({ timeout: 30_000 });
        await app.getByRole("button", { name: "Show image" }).click();
        await expect(app.getByRole("definition").getByText(id, { exact: true })).toBeVisible();
    } finally {
        await expect.poll(() => weldrState(sim, id), { timeout: 30_000 }).toBe("FINISHED");
        await sim.weldr("DELETE", `/api/v1/compose/delete/${id}`);
    }
});

test("the rows stay where they are when the Cloud API's list comes in after Weldr's", async ({ sim, gotoApp }) => {
    await fault(sim, "latency", { api: "cloud", path: "^/api/image-builder-composer/v2/composes/$", ms: 2_000 });
    try {
        const app = await gotoApp("/images");
        const loading = app.getByText("Composes known only to the Cloud API are still loading");
        const first = app.locator("tr[data-compose]").first();
        await expect(first).toBeVisible();
        await expect(loading).toBeVisible();
        const id = await first.getAttribute("data-compose");
        const before = await first.boundingBox();
        await expect(loading).toBeHidden({ timeout: 10_000 });
        await expect(app.locator(`tr[data-compose]`).first()).toHaveAttribute("data-compose", id ?? "");
        expect(await first.boundingBox(), "the first row did not move").toEqual(before);
    } finally {
        await resetFaults(sim);
    }
});
