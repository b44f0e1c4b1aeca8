// Koji: the inspector asks the fake Koji hub and web through the host (cockpit.http), and the
// Koji settings (per user, ~/.config/cockpit-foundry/settings.json) decide where links go.
import fs from "node:fs";
import type { FrameLocator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { KOJI_COMPOSES, SETTINGS, keepSettings, kojiUrls, seededKojiBuild, writeSettings } from "./koji-env";

let restore: (() => void)[] = [];
test.beforeAll(() => { restore = [keepSettings(), keepSettings(KOJI_COMPOSES)]; });
test.afterAll(() => restore.forEach(r => r()));

async function fetchFromKoji(app: FrameLocator, tab: "Koji task" | "Koji build", url: string, id: number) {
    await app.getByRole("tab", { name: tab }).click();
    const kind = tab === "Koji task" ? "task" : "build";
    await app.locator(`#inspect-${kind}-url`).fill(url);
    await app.locator(`#inspect-${kind}-id`).fill(String(id));
    await app.getByRole("button", { name: kind === "task" ? "Fetch compose-status.json" : "Fetch the build" }).click();
}

test("a Koji compose started elsewhere: the hub's build shows its images, build link and task link", async ({ sim, gotoApp }) => {
    writeSettings({});
    const { hub, web } = kojiUrls(sim.config);
    const seeded = await seededKojiBuild(sim.config, (m, p) => sim.cloud(m, p));
    const app = await gotoApp("/inspect");
    await fetchFromKoji(app, "Koji build", hub, seeded.buildId);

    const build = app.locator(".foundry-koji-build");
    await expect(build.getByText("Fedora-Cloud-Base-43-20251104.0", { exact: true })).toBeVisible();
    const images = build.locator(".foundry-koji-image");
    await expect(images).toHaveCount(2);
    await expect(images.first().locator(".pf-v6-c-card__title").first()).toHaveText(/^Fedora-Cloud-Base-43-20251104\.0\.(aarch64|x86_64)\.qcow2$/);
    await expect(images.first().getByText(/^(hybrid|uefi)$/)).toBeVisible();
    await expect(images.first().getByText(/\.manifest\.json$/)).toBeVisible();
    await expect(images.locator('.foundry-location[data-type="aws.s3"]')).toHaveCount(2);

    // the web address comes from the rule …/kojihub → …/koji on the same host
    const links = build.locator(".foundry-koji-links");
    await expect(links.getByRole("link", { name: /buildinfo/ })).toHaveAttribute("href", `${web}/buildinfo?buildID=${seeded.buildId}`);
    await expect(links.getByRole("link", { name: /taskinfo/ })).toHaveAttribute("href", `${web}/taskinfo?taskID=${seeded.taskId}`);
    await expect(links.getByRole("link", { name: /getfile/ })).toHaveAttribute("href", `${web}/getfile?taskID=${seeded.taskId}&name=compose-status.json`);
});

test("an unknown build shows the hub's fault", async ({ sim, gotoApp }) => {
    const { hub } = kojiUrls(sim.config);
    const app = await gotoApp("/inspect");
    await fetchFromKoji(app, "Koji build", hub, 987654321);
    const error = app.locator(".foundry-inspect-error");
    await expect(error).toContainText("refused getBuild(987654321)");
    await expect(error).toContainText("No such build: 987654321");
});

test("a Koji task's compose-status.json is fetched by the host and rendered with its links", async ({ sim, gotoApp }) => {
    writeSettings({});
    const { web } = kojiUrls(sim.config);
    const seeded = await seededKojiBuild(sim.config, (m, p) => sim.cloud(m, p));
    const app = await gotoApp("/inspect");
    await fetchFromKoji(app, "Koji task", web, seeded.taskId);
    await expect(app.locator(".foundry-inspected-image")).toHaveCount(2);
    const links = app.locator(".foundry-koji-links");
    await expect(links.getByRole("link", { name: /buildinfo/ })).toHaveAttribute("href", `${web}/buildinfo?buildID=${seeded.buildId}`);
    await expect(links.getByRole("link", { name: /taskinfo/ })).toHaveAttribute("href", `${web}/taskinfo?taskID=${seeded.taskId}`);

    await fetchFromKoji(app, "Koji task", web, 1);
    await expect(app.locator(".foundry-inspect-error")).toContainText("did not answer as expected");
    await expect(app.locator(".foundry-inspect-error")).toContainText("404");
});

test("the Koji settings are saved to the user's file and used for links", async ({ gotoApp }) => {
    writeSettings({ other: { kept: true } });
    let app = await gotoApp("/settings");
    await app.locator("#koji-default-web").fill("https://koji.example.org/koji/");
    await app.getByRole("button", { name: "Add a Koji instance" }).click();
    await app.getByRole("textbox", { name: "Hub URL 1" }).fill("https://brewhub.example.com/brewhub");
    await app.getByRole("textbox", { name: "Web URL 1" }).fill("https://brewweb.example.com/brew");
    await app.locator("#koji-settings").getByRole("button", { name: "Save" }).click();
    await expect(app.locator("#koji-settings").getByText("Saved.")).toBeVisible();
    await expect.poll(() => JSON.parse(fs.readFileSync(SETTINGS, "utf8")) as unknown).toEqual({
        other: { kept: true },
        koji: { defaultWeb: "https://koji.example.org/koji/", webByHub: { "https://brewhub.example.com/brewhub": "https://brewweb.example.com/brew" } },
    });

    // a pasted file names no hub: its build link goes to the default Koji
    app = await gotoApp("/inspect");
    await app.locator("textarea#inspect-file").fill(JSON.stringify({ status: "success", koji_build_id: 42, koji_task_id: null, image_statuses: [{ status: "success" }] }));
    await app.getByRole("button", { name: "Inspect", exact: true }).click();
    await expect(app.locator(".foundry-koji-links").getByRole("link", { name: /buildinfo/ }))
        .toHaveAttribute("href", "https://koji.example.org/koji/buildinfo?buildID=42");

    // read back into the form on the next visit
    app = await gotoApp("/settings");
    await expect(app.locator("#koji-default-web")).toHaveValue("https://koji.example.org/koji/");
    await expect(app.getByRole("textbox", { name: "Web URL 1" })).toHaveValue("https://brewweb.example.com/brew");
});

test("a Koji compose this user started shows its remembered task link without asking the hub", async ({ sim, gotoApp }) => {
    writeSettings({});
    const { hub, web } = kojiUrls(sim.config);
    const seeded = await seededKojiBuild(sim.config, (m, p) => sim.cloud(m, p));
    // as rememberKojiCompose() writes it when the Create image dialog starts a Koji compose
    writeSettings({ composes: { [seeded.composeStatus.id]: { hub, taskId: seeded.taskId, created: new Date().toISOString() } } }, KOJI_COMPOSES);
    const app = await gotoApp("/inspect");
    await app.locator("textarea#inspect-file").fill(JSON.stringify(seeded.composeStatus));
    await app.getByRole("button", { name: "Inspect", exact: true }).click();
    const links = app.locator(".foundry-koji-links");
    await expect(links.getByRole("link", { name: /buildinfo/ })).toHaveAttribute("href", `${web}/buildinfo?buildID=${seeded.buildId}`);
    await expect(links.getByRole("link", { name: /taskinfo/ })).toHaveAttribute("href", `${web}/taskinfo?taskID=${seeded.taskId}`);
    await expect(links.getByRole("link", { name: /getfile/ })).toHaveAttribute("href", `${web}/getfile?taskID=${seeded.taskId}&name=compose-status.json`);
    await expect(links.getByRole("button", { name: "Find the task in Koji" })).toHaveCount(0);
});
