// Shared set-up for the Cloud API contract tests (cloud-*.test.ts): one in-process
// stand-in per test file on temp sockets, the OpenAPI contract client and small
// builders of request bodies.
// Every reply is checked against the spec's schema for its status (errors: `Error`),
// every JSON request body against the operation's request schema: one the stand-in
// accepts must be valid, one the spec rejects must get 400 code 30. Without
// ../shared/reference those checks are reported as skipped subtests.
// Reference quirks the checks allow for (details in openapi.ts): `GET /composes/`
// is a bare array (each item validated as ComposeStatus); `UploadStatus.options`
// oneOf is validated as anyOf (`{url}` fits two branches); `GET /distributions`
// has three levels, not two; DistributionDetails and PackageMetadataCommon are
// unsatisfiable as written and get patched; errors are `Error` bodies even where
// the spec says text/plain.

import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, before } from "node:test";

import { CLOUD_API, CloudContract, loadSpec, type Obj } from "./openapi";
import { startSim, type RunningSim } from "../composer-sim/server";
import type { ComposeRecord } from "../composer-sim/model";

export { CLOUD_API as API, type Obj };

const spec = loadSpec();

/** The stand-in of the calling test file; set by the `before` hook of useCloudSim(). */
export let sim: RunningSim;

/** Starts the stand-in before the calling file's tests and stops it after them. */
export function useCloudSim(): void {
    let dir: string;
    before(async () => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "cloud-contract-"));
        sim = await startSim({
            weldrSocket: path.join(dir, "weldr.socket"),
            cloudSocket: path.join(dir, "cloud.socket"),
            buildSeconds: 0,
            seed: "empty",
            workerIntervalMs: 20,
        });
    });
    after(async () => {
        await sim.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });
}

export const contract = (): CloudContract => new CloudContract(sim.cloudSocket, spec);

export function obj(v: unknown): Obj {
    assert.ok(typeof v === "object" && v !== null && !Array.isArray(v), `not an object: ${JSON.stringify(v)}`);
    return v as Obj;
}

export function arr(v: unknown): unknown[] {
    assert.ok(Array.isArray(v), `not an array: ${JSON.stringify(v)}`);
    return v;
}

export const ir = (image_type: string, extra: Obj = {}): Obj => ({ architecture: "x86_64", image_type, repositories: [], ...extra });
export const to = (type: string, upload_options: Obj = {}): Obj => ({ upload_targets: [{ type, upload_options }] });
export const compose = (imageRequest: Obj, extra: Obj = {}): Obj => ({ distribution: "fedora-43", image_request: imageRequest, ...extra });

/** A copy of a compose record under a new id, changed by `change` (to get states the API cannot make on demand). */
export function inject(from: string, change: Partial<ComposeRecord>): string {
    const id = crypto.randomUUID();
    const src = structuredClone(sim.ctx.state.composes[from]);
    src.images.forEach(img => {
        img.artifactPath = undefined;
        img.targets.forEach(t => delete t.result);
    });
    sim.ctx.state.composes[id] = { ...src, id, error: undefined, finished: undefined, ...change };
    return id;
}

export const now = (): number => Date.now() / 1000;
