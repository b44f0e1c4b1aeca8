// The reviewer's inspector: pasted compose-status.json and ComposeStatus documents render their
// locations and Koji links; bad input says what is wrong and where; nothing from a status
// becomes a link unless it is http(s).
import type { FrameLocator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { keepSettings, kojiUrls, seededKojiBuild, writeSettings } from "./koji-env";

interface UploadStatus { type: string; status: string; options: Record<string, string> }
interface CloudStatus { id: string; status: string; image_status: { upload_status?: UploadStatus }; koji_status?: unknown }

let restore: () => void;
test.beforeAll(() => { restore = keepSettings(); });
test.afterAll(() => restore());

async function paste(app: FrameLocator, text: string) {
    await app.locator("textarea#inspect-file").fill(text);
    await app.getByRole("button", { name: "Inspect", exact: true }).click();
}

test("a pasted compose-status.json shows its locations, its build link and finds its task through the hub", async ({ sim, gotoApp }) => {
    const { web } = kojiUrls(sim.config);
    writeSettings({ koji: { defaultWeb: web, webByHub: {} } });
    const seeded = await seededKojiBuild(sim.config, (m, p) => sim.cloud(m, p));
    const app = await gotoApp("/inspect");
    await paste(app, seeded.statusFile);

    const images = app.locator(".foundry-inspected-image");
    await expect(images).toHaveCount(2);
    const s3 = app.locator('.foundry-location[data-type="aws.s3"]');
    await expect(s3).toHaveCount(2);
    const url = (JSON.parse(seeded.statusFile) as { image_statuses: { upload_status: UploadStatus }[] }).image_statuses[0].upload_status.options.url;
    await expect(s3.first().getByRole("link", { name: /Download/ })).toHaveAttribute("href", new URL(url).href);

    const koji = app.locator(".foundry-koji-links");
    await expect(koji.getByRole("link", { name: `${web}/buildinfo?buildID=${seeded.buildId}` })).toHaveAttribute("href", `${web}/buildinfo?buildID=${seeded.buildId}`);
    await expect(koji.getByRole("link", { name: /taskinfo/ })).toHaveCount(0);
    await koji.getByRole("button", { name: "Find the task in Koji" }).click();
    await expect(koji.getByRole("link", { name: /taskinfo/ })).toHaveAttribute("href", `${web}/taskinfo?taskID=${seeded.taskId}`);
    await expect(koji.getByRole("link", { name: /getfile/ })).toHaveAttribute("href", `${web}/getfile?taskID=${seeded.taskId}&name=compose-status.json`);
});

test("malformed pastes say what is wrong and where", async ({ gotoApp }) => {
    const app = await gotoApp("/inspect");
    await paste(app, '{"status": "success", "image_statuses": [{"status": 3}]}');
    await expect(app.locator(".foundry-inspect-error")).toContainText("$.image_statuses[0].status should be a string, not integer.");
    await paste(app, '{"status": "success",\n  "image_statuses": [}');
    await expect(app.locator(".foundry-inspect-error")).toContainText("line 2, column 22");
    await paste(app, '{"hello": 1}');
    await expect(app.locator(".foundry-inspect-error")).toContainText("neither a koji-osbuild compose-status.json");
    await expect(app.locator(".foundry-inspected")).toHaveCount(0);
});

test("an AWS upload shows the AMI and a console link for its own region", async ({ sim, gotoApp }) => {
    const list = (await sim.cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as CloudStatus[];
    const aws = list.find(c => c.status === "success" && c.image_status.upload_status?.type === "aws");
    expect(aws).toBeDefined();
    const status = (await sim.cloud("GET", `/api/image-builder-composer/v2/composes/${aws!.id}`)).json() as CloudStatus;
    const { ami, region } = status.image_status.upload_status!.options;
    const app = await gotoApp("/inspect");
    await paste(app, JSON.stringify(status));
    const card = app.locator('.foundry-location[data-type="aws"]');
    await expect(card.getByText(ami, { exact: true })).toBeVisible();
    await expect(card.getByText(region, { exact: true })).toBeVisible();
    await expect(card.getByRole("link", { name: /Open in the AWS console/ }))
        .toHaveAttribute("href", `https://${region}.console.aws.amazon.com/ec2/home?region=${region}#ImageDetails:imageId=${ami}`);
});

test("every upload type shows its location", async ({ sim, gotoApp }) => {
    const list = (await sim.cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as CloudStatus[];
    const app = await gotoApp("/inspect");
    const expected: Record<string, string[]> = {
        aws: ["ami", "region"], "aws.s3": ["url"], gcp: ["project_id", "image_name"], azure: ["image_name"],
        container: ["url", "digest"], "oci.objectstorage": ["url"], local: ["artifact_path"],
    };
    for (const [type, keys] of Object.entries(expected)) {
        const compose = list.find(c => c.status === "success" && !c.koji_status && c.image_status.upload_status?.type === type);
        expect(compose, `a finished ${type} compose in the demo seed`).toBeDefined();
        await paste(app, JSON.stringify(compose));
        const card = app.locator(`.foundry-location[data-type="${type}"]`);
        await expect(card).toHaveCount(1);
        for (const key of keys) {
            const value = compose!.image_status.upload_status!.options[key];
            await expect(card.getByText(value, { exact: true }).first()).toBeVisible();
        }
        if (type === "container")
            await expect(card.getByText(/^podman pull /)).toBeVisible();
    }
});

test("HTML and javascript: in a status render as text and make no link", async ({ gotoApp }) => {
    const evil = {
        status: "failure",
        koji_build_id: 7,
        koji_task_id: null,
        image_statuses: [
            { status: "success", upload_status: { type: "aws.s3", status: "success", options: { url: "javascript:alert(1)" } } },
            { status: "failure", error: { id: 10, reason: "<b>bold</b><img src=x onerror=alert(2)>" },
              upload_status: { type: "<i>odd</i>", status: "success", options: { "<u>key</u>": "<script>alert(3)</script>", link: "https://example.org/ok" } } },
        ],
    };
    const app = await gotoApp("/inspect");
    await paste(app, JSON.stringify(evil));
    await expect(app.locator(".foundry-inspected-image")).toHaveCount(2);
    await expect(app.getByText("javascript:alert(1)", { exact: true })).toBeVisible();
    await expect(app.getByText("<script>alert(3)</script>", { exact: true })).toBeVisible();
    await expect(app.getByText("<u>key</u>", { exact: true })).toBeVisible();
    await expect(app.getByText(/<b>bold<\/b><img src=x onerror=alert\(2\)>/).first()).toBeVisible();
    const result = app.locator(".foundry-inspected");
    await expect(result.locator("b, img, script, u, i")).toHaveCount(0);
    await expect(result.locator(".foundry-locations a")).toHaveCount(0);
    await expect(result.locator('a[href^="javascript"]')).toHaveCount(0);
});
