// Downloads stream through Cockpit's channel URL: a 1 GiB (sparse) image arrives under the
// service's file name while the plugin's JavaScript heap stays flat.
import fs from "node:fs";

import { expect, pluginFrame, test } from "./fixtures";

const GIB = 1024 ** 3;

async function weldrState(sim: { weldr: (m: string, p: string) => Promise<{ json(): unknown }> }, id: string): Promise<string | undefined> {
    const reply = (await sim.weldr("GET", `/api/v1/compose/status/${id}`)).json() as { uuids: { queue_status: string }[] };
    return reply.uuids[0]?.queue_status;
}

test("a 1 GiB image downloads with the service's file name and the page's heap stays flat", async ({ sim, gotoApp, shell }) => {
    test.setTimeout(180_000);
    // a blueprint without file systems, so the requested size is the image's size
    const blueprint = `e2e-download-${Date.now()}`;
    expect((await sim.weldr("POST", "/api/v1/blueprints/new", { body: { name: blueprint, version: "0.0.1", packages: [], modules: [], groups: [] } })).status).toBe(200);
    const reply = await sim.weldr("POST", "/api/v1/compose", { body: { blueprint_name: blueprint, compose_type: "qcow2", branch: "master", size: GIB } });
    expect(reply.status).toBe(200);
    const id = (reply.json() as { build_id: string }).build_id;
    try {
        await expect.poll(() => weldrState(sim, id), { timeout: 40_000 }).toBe("FINISHED");
        // composer names it <uuid>-<file name of the type> in its Content-Disposition (reference §1.3)
        const expected = new RegExp(`^${id}-[^/]+\\.qcow2$`);

        const app = await gotoApp(`/image/${id}`);
        const link = app.locator("#download-image");
        await expect(link).toBeVisible();
        expect(await link.getAttribute("href")).toMatch(/\/channel\//);
        const frame = await pluginFrame(shell);
        const heap = () => frame.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
        const before = await heap();

        const [download] = await Promise.all([shell.waitForEvent("download"), link.click()]);
        expect(download.suggestedFilename()).toMatch(expected);
        const file = await download.path();
        expect(fs.statSync(file).size).toBe(GIB);
        const after = await heap();
        expect(after - before).toBeLessThan(10 * 1024 * 1024);
        await download.delete();
    } finally {
        await sim.weldr("DELETE", `/api/v1/compose/delete/${id}`);
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${blueprint}`);
    }
});

test("the logs and metadata tarballs download through the channel", async ({ sim, gotoApp, shell }) => {
    const failed = (await sim.weldr("GET", "/api/v1/compose/failed")).json() as { failed: { id: string }[] };
    const id = failed.failed[0].id;
    const app = await gotoApp(`/image/${id}`);
    for (const [button, suffix] of [["#download-logs", "-logs.tar"], ["#download-metadata", "-metadata.tar"]] as const) {
        const [download] = await Promise.all([shell.waitForEvent("download"), app.locator(button).click()]);
        expect(download.suggestedFilename()).toBe(`${id}${suffix}`);
        expect(fs.statSync(await download.path()).size).toBeGreaterThan(0);
        await download.delete();
    }
});

const CLOUD = "/api/image-builder-composer/v2";
const MIB = 1024 ** 2;

type Sim = { cloud: (m: string, p: string, o?: { body?: object }) => Promise<{ status: number; headers: Record<string, unknown>; body: string; json(): unknown }> };

/** A Cloud API compose with only a `local` target (its artifact stays on the composer host), finished. */
async function finishedLocalCloudCompose(sim: Sim): Promise<string> {
    const reply = await sim.cloud("POST", `${CLOUD}/compose`, {
        body: {
            distribution: "fedora-43",
            blueprint: { name: `e2e-local-${Date.now()}` },
            image_request: { architecture: "x86_64", image_type: "guest-image", size: 16 * MIB, repositories: [], upload_targets: [{ type: "local", upload_options: {} }] },
        },
    });
    expect(reply.status).toBe(201);
    const id = (reply.json() as { id: string }).id;
    await expect.poll(async () => ((await sim.cloud("GET", `${CLOUD}/composes/${id}`)).json() as { status: string }).status, { timeout: 40_000 }).toBe("success");
    return id;
}

test("a local-only Cloud compose's image downloads through the Cloud API's /download, as the service names it", async ({ sim, gotoApp, shell }) => {
    const id = await finishedLocalCloudCompose(sim);
    try {
        const direct = await sim.cloud("GET", `${CLOUD}/composes/${id}/download`);
        expect(direct.status).toBe(200);
        const served = /filename="?([^";]+)"?/.exec(String(direct.headers["content-disposition"]))?.[1];
        expect(served).toMatch(new RegExp(`^${id}-`));

        const app = await gotoApp(`/image/${id}`);
        const link = app.locator("#download-image");
        await expect(link).toBeVisible();
        expect(await link.getAttribute("href")).toMatch(/\/channel\//);
        const [download] = await Promise.all([shell.waitForEvent("download"), link.click()]);
        expect(download.suggestedFilename()).toBe(served);
        expect(fs.statSync(await download.path()).size).toBe(Number(direct.headers["content-length"]));
        await download.delete();
    } finally {
        await sim.cloud("DELETE", `${CLOUD}/composes/${id}`);
    }
});

test("a finished Cloud compose's SBOMs download from the image page as one JSON file", async ({ sim, gotoApp, shell }) => {
    const id = await finishedLocalCloudCompose(sim);
    try {
        const app = await gotoApp(`/image/${id}`);
        const link = app.locator("#download-sbom");
        await expect(link).toBeVisible();
        const [download] = await Promise.all([shell.waitForEvent("download"), link.click()]);
        expect(download.suggestedFilename()).toBe(`${id}-sboms.json`);
        const doc = JSON.parse(fs.readFileSync(await download.path(), "utf8")) as { kind: string; items: { sbom_type: string; pipeline_purpose: string; sbom: { spdxVersion?: string } }[][] };
        expect(doc.kind).toBe("ComposeSBOMs");
        expect(doc.items).toHaveLength(1);
        expect(doc.items[0].map(s => s.pipeline_purpose).sort()).toEqual(["buildroot", "image"]);
        for (const s of doc.items[0]) {
            expect(s.sbom_type).toBe("spdx");
            expect(s.sbom.spdxVersion).toMatch(/^SPDX-/);
        }
        await download.delete();
    } finally {
        await sim.cloud("DELETE", `${CLOUD}/composes/${id}`);
    }
});
