// Images page: one list of the composes of both APIs, including composes made elsewhere.
import { expect, test } from "./fixtures";

interface WeldrEntry { id: string; blueprint: string; compose_type: string }
interface CloudStatus { id: string; koji_status?: unknown }

test("the images list shows Weldr and Cloud composes once each", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: WeldrEntry[] };
    const failed = (await sim.weldr("GET", "/api/v1/compose/failed")).json() as { failed: WeldrEntry[] };
    const queue = (await sim.weldr("GET", "/api/v1/compose/queue")).json() as { new: WeldrEntry[]; run: WeldrEntry[] };
    const cloud = (await sim.cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as CloudStatus[];
    const weldrIds = new Set([...finished.finished, ...failed.failed, ...queue.new, ...queue.run].map(e => e.id));
    const cloudOnly = cloud.filter(c => !weldrIds.has(c.id));
    expect(finished.finished.length).toBeGreaterThan(0);
    expect(cloudOnly.length).toBeGreaterThan(0);

    const app = await gotoApp("/images?perPage=100");
    const rows = app.getByRole("grid", { name: "Images" }).locator("tbody tr");
    await expect(rows).toHaveCount(new Set([...weldrIds, ...cloud.map(c => c.id)]).size);

    const weldrCompose = finished.finished[0];
    const weldrRow = app.locator(`tr[data-compose="${weldrCompose.id}"]`);
    await expect(weldrRow).toHaveCount(1);
    await expect(weldrRow.locator("td").nth(1)).toHaveText(weldrCompose.compose_type);
    await expect(weldrRow.locator("td").nth(2)).toHaveText("Done");
    await expect(weldrRow.locator("td").nth(4)).toHaveText("Weldr");

    const cloudRow = app.locator(`tr[data-compose="${cloudOnly[0].id}"]`);
    await expect(cloudRow.locator("td").nth(4)).toHaveText(/Cloud API/);
    const koji = cloudOnly.find(c => c.koji_status !== undefined);
    if (koji)
        await expect(app.locator(`tr[data-compose="${koji.id}"] td`).nth(4)).toHaveText("Cloud API (Koji)");
});

test("a compose row opens the image page by its id", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: WeldrEntry[] };
    const compose = finished.finished[0];
    const app = await gotoApp("/images?perPage=100");
    await app.locator(`tr[data-compose="${compose.id}"]`).getByRole("button").click();
    await expect(app.getByRole("definition").getByText(compose.id, { exact: true })).toBeVisible();
    await expect(app.getByRole("heading", { level: 1 })).toContainText(compose.blueprint);
});
