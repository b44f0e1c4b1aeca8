// Shared steps of the create-image specs: blueprints through the stand-in's socket, the dialog's
// selectors, and the requests the stand-in recorded (global setup passes --record).
import fs from "node:fs";
import type { FrameLocator } from "@playwright/test";
import { expect, type SimControl } from "./fixtures";

export const WELDR_COMPOSE = "/api/v1/compose";
export const CLOUD_COMPOSE = "/api/image-builder-composer/v2/compose";

export interface Recorded { api: string; method: string; path: string; contentType: string | null; body: string }

export function recorded(sim: SimControl): Recorded[] {
    const file = sim.config.record;
    if (!file)
        throw new Error("the stand-in records no requests (global-setup passes --record)");
    return fs.readFileSync(file, "utf8").split("\n").filter(line => line !== "").map(line => JSON.parse(line) as Recorded);
}

/** How many compose requests (either API) the stand-in received so far */
export function composePosts(sim: SimControl): number {
    return recorded(sim).filter(r => r.method === "POST" && (r.path === WELDR_COMPOSE || r.path === CLOUD_COMPOSE)).length;
}

export function lastPost(sim: SimControl, path: string): { contentType: string | null; body: unknown } {
    const found = recorded(sim).filter(r => r.method === "POST" && r.path === path).at(-1);
    if (!found)
        throw new Error(`no POST ${path} recorded`);
    return { contentType: found.contentType, body: JSON.parse(found.body) as unknown };
}

export async function withBlueprint(sim: SimControl, name: string, extra: Record<string, unknown> = {}): Promise<void> {
    const reply = await sim.weldr("POST", "/api/v1/blueprints/new", { body: { name, description: "", version: "0.0.1", distro: "fedora-43", ...extra } });
    expect(reply.status, reply.body).toBe(200);
}

export async function removeBlueprint(sim: SimControl, name: string): Promise<void> {
    await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
}

/** Opens the dialog from the blueprint's page, once the blueprint's distribution is the default */
export async function openDialog(gotoApp: (path?: string) => Promise<FrameLocator>, name: string, distro = "fedora-43"): Promise<FrameLocator> {
    const frame = await gotoApp(`/blueprint/${name}`);
    await frame.getByRole("button", { name: "Create image" }).click();
    await expect(frame.locator("#create-image-distro")).toHaveValue(distro);
    return frame;
}

export async function chooseType(app: FrameLocator, type: string): Promise<void> {
    await expect(app.locator(`#create-image-type option[value="${type}"]`)).toHaveCount(1);
    await app.locator("#create-image-type").selectOption(type);
}

export const radio = (id: string) => `#create-image-target-${id.replace(/[^\w-]/g, "-")}`;
export const field = (key: string) => `#create-image-field-${key}`;
export const createButton = (app: FrameLocator) => app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" });
