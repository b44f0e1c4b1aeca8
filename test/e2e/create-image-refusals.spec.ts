// Composer refusing a compose at submit: the dialog shows the service's words above the form and
// at the field or step they concern, keeps everything typed, and the message at the field goes
// once that part of the form changes. Both refusals are ones the form cannot foresee: the Cloud
// API builds some image types for fewer architectures than a Koji compose can ask for, and Weldr
// needs a worker for the blueprint's architecture.
import { CLOUD_COMPOSE, chooseType, composePosts, createButton, lastPost, openDialog, radio, removeBlueprint, withBlueprint } from "./create-image-helpers";
import { expect, test } from "./fixtures";

const KOJI = { server: "https://koji.example.com/kojihub", task_id: "4243", name: "Fedora-Cloud", version: "43", release: "1" };

test("the Cloud API refusing an image type for an architecture is shown at the Koji image list, with the form kept", async ({ sim, gotoApp }) => {
    const name = "e2e-refused-koji-arch";
    await withBlueprint(sim, name);
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-ami");
        await app.locator(radio("koji")).check();
        for (const [key, value] of Object.entries(KOJI))
            await app.locator(`#create-image-koji-${key}`).fill(value);
        await app.locator("#create-image-koji-type-aws").check();
        await app.locator("#create-image-koji-arch-s390x").check();
        const before = composePosts(sim);
        await createButton(app).click();

        const alert = app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger");
        await expect(alert).toContainText("The image could not be created");
        await expect(alert).toContainText("Unsupported image type");
        const atList = app.getByRole("dialog").getByText("Composer refused this: Unsupported image type");
        await expect(atList).toBeVisible();
        expect(composePosts(sim)).toBe(before + 1);
        // nothing typed or ticked is lost
        for (const [key, value] of Object.entries(KOJI))
            await expect(app.locator(`#create-image-koji-${key}`)).toHaveValue(value);
        for (const id of ["type-aws", "arch-s390x", "arch-x86_64"])
            await expect(app.locator(`#create-image-koji-${id}`)).toBeChecked();

        // changing the architectures takes the refusal away from the list; the build then goes through
        await app.locator("#create-image-koji-arch-s390x").uncheck();
        await expect(atList).toHaveCount(0);
        await createButton(app).click();
        await expect(app.getByRole("dialog")).toHaveCount(0);
        const sent = lastPost(sim, CLOUD_COMPOSE).body as { koji: { task_id: number }; image_requests: { architecture: string; image_type: string }[] };
        expect(sent.koji.task_id).toBe(4243);
        expect(sent.image_requests.map(r => `${r.image_type}/${r.architecture}`)).toEqual(["aws/x86_64"]);
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("Weldr refusing a blueprint's architecture without a worker is shown at the architecture, with the fix", async ({ sim, gotoApp }) => {
    const name = "e2e-refused-weldr-arch";
    await withBlueprint(sim, name, { architecture: "aarch64" });
    try {
        const app = await openDialog(gotoApp, name);
        await expect(app.locator("#create-image-arch")).toHaveValue("aarch64");
        await chooseType(app, "generic-qcow2");
        await app.locator("#create-image-size").fill("8");
        await createButton(app).click();

        await expect(app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger")).toContainText("No worker for arch 'aarch64'");
        await expect(app.locator("#create-image-fix")).toContainText("No worker is registered for this architecture");
        const atArch = app.locator("#create-image-arch-helper");
        await expect(atArch).toContainText("Composer refused this: No worker for arch 'aarch64'");
        await expect(app.locator("#create-image-arch")).toHaveAttribute("aria-invalid", "true");
        await expect(app.locator("#create-image-size")).toHaveValue("8");
        await expect(app.locator("#create-image-type")).toHaveValue("generic-qcow2");
        await app.locator("#create-image-size").fill("9");
        await expect(atArch).toHaveCount(0);
    } finally {
        await removeBlueprint(sim, name);
    }
});
