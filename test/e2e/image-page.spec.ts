// The image page: timeline, the Cloud error of a failed compose, packages (searchable), log.
import { expect, test } from "./fixtures";

const CLOUD = "/api/image-builder-composer/v2";

interface CloudStatus { id: string; status: string; image_status: { error?: { reason: string } }; koji_status?: unknown }

test("a finished image shows its timeline and its searchable packages", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: { id: string; blueprint: string }[] };
    const compose = finished.finished[0];
    const info = (await sim.weldr("GET", `/api/v1/compose/info/${compose.id}`)).json() as { deps: { packages: { name: string }[] } };
    expect(info.deps.packages.length).toBeGreaterThan(1);

    const app = await gotoApp(`/image/${compose.id}`);
    const timeline = app.getByRole("list", { name: "Status timeline" });
    await expect(timeline).toContainText("Waiting");
    await expect(timeline).toContainText("Building");
    await expect(timeline).toContainText("Done");

    await app.getByRole("tab", { name: "Packages" }).click();
    const rows = app.getByRole("grid", { name: "Packages" }).locator("tbody tr");
    await expect(rows).toHaveCount(Math.min(info.deps.packages.length, 500));
    const name = info.deps.packages[info.deps.packages.length - 1].name;
    await app.getByRole("textbox", { name: "Search packages" }).fill(name);
    await expect(rows.first()).toContainText(name);
    expect(await rows.count()).toBeLessThan(info.deps.packages.length);
});

test("a failed Cloud compose shows its error tree and the error can be copied", async ({ sim, gotoApp, shell }) => {
    const cloud = (await sim.cloud("GET", `${CLOUD}/composes/`)).json() as CloudStatus[];
    const weldrFailed = (await sim.weldr("GET", "/api/v1/compose/failed")).json() as { failed: { id: string }[] };
    const weldrIds = new Set(weldrFailed.failed.map(c => c.id));
    const failedIds = cloud.filter(c => c.status === "failure" && !weldrIds.has(c.id)).map(c => c.id);
    let status: CloudStatus | undefined;
    for (const id of failedIds) {
        const s = (await sim.cloud("GET", `${CLOUD}/composes/${id}`)).json() as CloudStatus;
        if (s.image_status.error) {
            status = s;
            break;
        }
    }
    test.skip(!status, "the seed has no failed Cloud compose with an error");
    if (!status?.image_status.error)
        return;
    await shell.context().grantPermissions(["clipboard-read", "clipboard-write"]);
    const app = await gotoApp(`/image/${status.id}`);
    const alert = app.locator(".foundry-error-tree");
    await expect(alert).toContainText("The build failed");
    await expect(alert).toContainText(status.image_status.error.reason);
    await alert.getByRole("button", { name: "Copy error" }).click();
    await expect(alert.getByRole("button", { name: "Copied" })).toBeVisible();
    await expect(app.getByRole("list", { name: "Status timeline" })).toContainText("Failed");
});

test("the log tab shows the osbuild log of a finished Weldr compose", async ({ sim, gotoApp }) => {
    const finished = (await sim.weldr("GET", "/api/v1/compose/finished")).json() as { finished: { id: string }[] };
    const id = finished.finished[0].id;
    const log = (await sim.weldr("GET", `/api/v1/compose/log/${id}`)).body;
    const app = await gotoApp(`/image/${id}`);
    await app.getByRole("tab", { name: "Log" }).click();
    const firstLine = log.split("\n").find(l => l.trim() !== "") ?? "";
    await expect(app.locator(".foundry-log")).toContainText(firstLine.trim());
});
