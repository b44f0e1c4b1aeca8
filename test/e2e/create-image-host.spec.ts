// Creating an image on a host whose distribution composer cannot build for (the e2e host is
// Debian 12, and the stand-in is restarted to say so as composer does: "Unknown distribution:
// debian-12" for calls without a distribution). The dialog says so, asks for a distribution,
// refuses a Weldr compose of a blueprint without one before sending, and builds through the
// Cloud API for the distribution chosen.
import { startSim, stopSim } from "../harness/sim";
import { CLOUD_COMPOSE, chooseType, composePosts, createButton, lastPost, radio, removeBlueprint, withBlueprint } from "./create-image-helpers";
import { expect, test } from "./fixtures";

test("on a host composer cannot build for, the dialog says so and builds for the distribution chosen", async ({ sim, gotoApp }) => {
    const name = "e2e-create-unsupported-host";
    await stopSim(sim.config.pidFile);
    await startSim({ ...sim.config, hostDistro: "debian-12" });
    try {
        await withBlueprint(sim, name, { distro: "" });
        const app = await gotoApp(`/blueprint/${name}`);
        await app.getByRole("button", { name: "Create image" }).click();
        const note = app.locator("#create-image-host-distro");
        await expect(note).toContainText("debian-12");
        await expect(note).toContainText("composer cannot build images for");
        const distro = app.locator("#create-image-distro");
        await expect(distro).toHaveValue("");
        await expect(distro.locator("option:checked")).toHaveText("Choose a distribution");
        // nothing to build until a distribution is chosen
        await expect(app.locator("#create-image-type option:not([value=''])")).toHaveCount(0);
        await expect(createButton(app)).toBeDisabled();

        await distro.selectOption("fedora-43");
        await chooseType(app, "generic-qcow2");
        // Weldr builds for the blueprint's distribution, and this blueprint has none
        const before = composePosts(sim);
        await expect(app.locator(radio("weldr:local"))).toBeChecked();
        await createButton(app).click();
        await expect(app.locator("#create-image-distro-helper")).toContainText("this blueprint names none");
        expect(composePosts(sim)).toBe(before);

        await app.locator(radio("cloud:local")).check();
        await expect(app.locator("#create-image-distro-helper")).not.toContainText("this blueprint names none");
        await createButton(app).click();
        await expect(app.getByRole("dialog")).toHaveCount(0);
        const sent = lastPost(sim, CLOUD_COMPOSE).body as { distribution: string; image_request: { image_type: string; upload_targets: unknown } };
        expect(sent.distribution).toBe("fedora-43");
        expect(sent.image_request.image_type).toBe("guest-image");
        expect(sent.image_request.upload_targets).toEqual([{ type: "local", upload_options: {} }]);
    } finally {
        await removeBlueprint(sim, name);
        await stopSim(sim.config.pidFile);
        await startSim(sim.config);
    }
});
