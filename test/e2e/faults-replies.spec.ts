// Fault scenarios, part 2: composer answers, but badly (500s, slow or malformed bodies; cut-off
// bodies and 30 s latencies are in faults-slow.spec.ts), loses its change history in a restart, or only its Cloud API socket is down. Each
// scenario checks what the user sees, the recovery without a reload, and that input is kept.
import { WELDR_COMPOSE, chooseType, lastPost, openDialog } from "./create-image-helpers";
import { expect, test } from "./fixtures";
import { fault, freshName, markDocument, pushBlueprint, removeBlueprint, resetFaults } from "./faults-knobs";

test.afterEach(async ({ sim }) => {
    await resetFaults(sim);
});

const LIST = "^/api/v1/blueprints/list$";

test("composer answering 500 to the blueprint list shows its words and Retry; Retry after the fault shows the list", async ({ page, sim, gotoApp }) => {
    await fault(sim, "error-share", { api: "weldr", path: LIST, share: 1 });
    const app = await gotoApp("/");
    const alert = app.locator(".pf-v6-c-alert", { hasText: "The blueprints could not be listed" });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText("internal error injected");
    await expect(alert).toContainText("The image builder service failed or answered with something unexpected.");
    const sameDocument = await markDocument(page);

    await fault(sim, "reset");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(alert).toHaveCount(0);
    await expect(app.getByRole("grid").first()).toBeVisible();
    expect(await sameDocument()).toBe(true);
});

test("a slow blueprint list says it is loading, then shows the rows", async ({ sim, gotoApp }) => {
    await fault(sim, "latency", { api: "weldr", path: LIST, ms: 2500 });
    const app = await gotoApp("/");
    await expect(app.getByRole("heading", { name: "Loading blueprints" })).toBeVisible();
    await expect(app.getByRole("grid").first()).toBeVisible({ timeout: 15_000 });
    await expect(app.getByRole("heading", { name: "Loading blueprints" })).toHaveCount(0);
});

test("a reply that is not JSON is said as unreadable, with Retry that recovers", async ({ page, sim, gotoApp }) => {
    await fault(sim, "malformed", { api: "weldr", path: LIST, count: 1 });
    const app = await gotoApp("/");
    const alert = app.locator(".pf-v6-c-alert", { hasText: "The blueprints could not be listed" });
    await expect(alert).toContainText("The reply of the service could not be read: not JSON");
    const sameDocument = await markDocument(page);
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(app.getByRole("grid").first()).toBeVisible();
    expect(await sameDocument()).toBe(true);
});

test("undo after a restart that lost the history, with the history open, shows composer's words; the editor stays usable", async ({ sim, gotoApp }) => {
    const name = freshName("e2e-fault-undo");
    await pushBlueprint(sim, { name, version: "1.0.0", description: "first" });
    await pushBlueprint(sim, { name, version: "2.0.0", description: "second" });
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        await app.getByRole("tab", { name: "History" }).click();
        const table = app.getByRole("grid", { name: `History of ${name}` });
        await expect(table.getByRole("row")).toHaveCount(3);
        const changes = (await sim.weldr("GET", `/api/v1/blueprints/changes/${name}`)).json() as { blueprints: { changes: { commit: string }[] }[] };
        const older = changes.blueprints[0].changes[1].commit;

        await fault(sim, "restart");
        await table.getByRole("button", { name: `Undo to commit ${older.slice(0, 8)}` }).click();
        const dialog = app.getByRole("dialog", { name: `Undo to commit ${older.slice(0, 8)}?` });
        await dialog.getByRole("button", { name: "Undo to this commit" }).click();
        await expect(dialog.getByText(`no blueprint found for commit ${older}`, { exact: true })).toBeVisible();
        await dialog.getByRole("button", { name: "Cancel" }).click();

        await app.getByRole("tab", { name: "Customizations" }).click();
        const description = app.getByRole("textbox", { name: "Description" });
        await description.fill("third");
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();
    } finally {
        await resetFaults(sim);
        await removeBlueprint(sim, name);
    }
});

test("creating an image while composer answers 500 keeps the dialog's input; the same Create works after the fault", async ({ sim, gotoApp }) => {
    const name = freshName("e2e-fault-compose");
    await pushBlueprint(sim, { name, description: "", version: "0.0.1", distro: "fedora-43" });
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-qcow2");
        await app.locator("#create-image-size").fill("7");
        await fault(sim, "error-share", { api: "weldr", path: "^/api/v1/compose$", method: "POST", share: 1 });
        const create = app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" });
        await create.click();
        const alert = app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger");
        await expect(alert).toContainText("The image could not be created");
        await expect(alert).toContainText("internal error injected");
        await expect(app.locator("#create-image-type")).toHaveValue("generic-qcow2");
        await expect(app.locator("#create-image-size")).toHaveValue("7");

        await fault(sim, "reset");
        await create.click();
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect(app.getByRole("button", { name: "Show the image" })).toBeVisible();
        expect(lastPost(sim, WELDR_COMPOSE).body).toMatchObject({ blueprint_name: name, compose_type: "generic-qcow2" });
    } finally {
        await resetFaults(sim);
        await removeBlueprint(sim, name);
    }
});

test("only the Cloud API socket down: Weldr composes stay listed with a warning, and the Cloud ones come back by themselves", async ({ page, sim, gotoApp }) => {
    const cloudIds = ((await sim.cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as { id: string }[]).map(c => c.id);
    const weldrIds = new Set<string>();
    for (const [path, key] of [["finished", "finished"], ["failed", "failed"], ["queue", "new"], ["queue", "run"]]) {
        const reply = (await sim.weldr("GET", `/api/v1/compose/${path}`)).json() as Record<string, { id: string }[]>;
        for (const c of reply[key]) weldrIds.add(c.id);
    }
    const cloudOnly = cloudIds.find(id => !weldrIds.has(id));
    expect(cloudOnly).toBeDefined();
    await fault(sim, "stop", { api: "cloud" });

    const app = await gotoApp("/images?perPage=100");
    await expect(app.getByText("The Cloud API did not answer: only composes known to the Weldr API are shown.")).toBeVisible();
    await expect(app.locator("tr[data-compose]").first()).toBeVisible();
    await expect(app.locator(`tr[data-compose="${cloudOnly}"]`)).toHaveCount(0);
    // Weldr answers: no outage banner
    await expect(app.getByText("The image builder service stopped answering")).toHaveCount(0);
    const sameDocument = await markDocument(page);

    await fault(sim, "start", { api: "cloud" });
    await expect(app.getByText("The Cloud API did not answer: only composes known to the Weldr API are shown.")).toHaveCount(0);
    await expect(app.locator(`tr[data-compose="${cloudOnly}"]`)).toHaveCount(1);
    expect(await sameDocument()).toBe(true);
});

test("the images page polling through an outage: the banner shows, and after it the build is shown finished", async ({ page, sim, gotoApp }) => {
    const name = freshName("e2e-fault-poll");
    await pushBlueprint(sim, { name, description: "", version: "0.0.1", distro: "fedora-43" });
    try {
        const started = await sim.weldr("POST", "/api/v1/compose", { body: { blueprint_name: name, compose_type: "generic-qcow2", branch: "" } });
        expect(started.status, started.body).toBe(200);
        const id = (started.json() as { build_id: string }).build_id;
        const app = await gotoApp(`/images?blueprint=${id}`);
        const row = app.locator(`tr[data-compose="${id}"]`);
        await expect(row).toContainText(/Waiting|Building/);
        const sameDocument = await markDocument(page);

        await fault(sim, "stop");
        const banner = app.locator(".pf-v6-c-alert", { hasText: "The image builder service stopped answering" });
        await expect(banner).toBeVisible({ timeout: 20_000 });
        // the row read before the outage stays
        await expect(row).toHaveCount(1);
        // the worker finishes meanwhile
        await expect.poll(async () => {
            const status = await sim.weldr("GET", `/api/v1/compose/status/${id}`).catch(() => null);
            return status === null ? "unreachable" : "reachable";
        }).toBe("unreachable");

        await fault(sim, "start");
        await expect(banner).toHaveCount(0);
        await expect(row).toContainText("Done", { timeout: 30_000 });
        expect(await sameDocument()).toBe(true);
    } finally {
        await resetFaults(sim);
        await removeBlueprint(sim, name);
    }
});

test("composer answering 500 to its status at start shows the error page; Retry after the fault shows the app", async ({ page, sim, gotoApp }) => {
    await fault(sim, "error-share", { api: "weldr", path: "^/api/status$", share: 1 });
    const app = await gotoApp("/");
    const alert = app.locator(".pf-v6-c-alert", { hasText: "The image builder service answered with an error" });
    await expect(alert).toContainText("internal error injected");
    const sameDocument = await markDocument(page);
    await fault(sim, "reset");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(app.getByRole("heading", { name: "Blueprints", level: 1 })).toBeVisible();
    expect(await sameDocument()).toBe(true);
});
