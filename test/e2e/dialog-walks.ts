// Walks through the states of the create-image dialog that show different fields (one image type
// and destination after another, then the problems of an empty submit), by element ids so that
// the same walk serves any language. `visit(step)` is called in each state (axe, text checks).
import type { FrameLocator } from "@playwright/test";

import { expect } from "./fixtures";

const STEPS: { type: string; destination: string }[] = [
    { type: "generic-qcow2", destination: "weldr:local" },
    { type: "generic-ami", destination: "weldr:aws" },
    { type: "generic-ami", destination: "cloud:aws" },
    { type: "generic-ami", destination: "koji" },
    { type: "generic-vhd", destination: "weldr:azure" },
    { type: "generic-oci", destination: "weldr:oci" },
];

const radio = (id: string) => `#create-image-target-${id.replace(/[^\w-]/g, "-")}`;

/** The create-image dialog must be open, for a blueprint whose distribution is fedora-43. */
export async function walkCreateImage(app: FrameLocator, visit: (step: string) => Promise<void>): Promise<void> {
    await expect(app.locator("#create-image-distro")).toHaveValue("fedora-43");
    for (const { type, destination } of STEPS) {
        await expect(app.locator(`#create-image-type option[value="${type}"]`)).toHaveCount(1);
        await app.locator("#create-image-type").selectOption(type);
        await app.locator(radio(destination)).check();
        await visit(`create image: ${type} to ${destination}`);
    }
    // Amazon's required fields left empty: the problems are shown at their fields, nothing is sent
    await app.locator("#create-image-type").selectOption("generic-ami");
    await app.locator(radio("weldr:aws")).check();
    await app.locator("#create-image-form").evaluate(form => (form as HTMLFormElement).requestSubmit());
    await expect(app.locator(".pf-v6-c-modal-box .pf-m-error").first()).toBeVisible();
    await visit("create image: problems of an empty submit");
}
