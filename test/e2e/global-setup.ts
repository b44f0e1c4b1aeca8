// Once per run: the composer stand-in on the real socket paths (the plugin knows no others) and
// cockpit-ws serving dist/ (see test/harness/stack.ts); the tests find them in e2e-env.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../harness/cockpit";
import { REPO_ROOT } from "../harness/sim";
import { startStack, type Stack } from "../harness/stack";
import { E2E_ENV_FILE, writeE2eEnv } from "./env";

/** What this run's setup started, for global-teardown.ts (same process). */
export const SETUP_HANDLE = Symbol.for("foundry.e2e.setup");
export interface SetupHandle {
    tmpDir: string;
    /** unset when setup failed (startStack then stopped what it had started) */
    stack?: Stack;
}

export default async function globalSetup(): Promise<void> {
    fs.rmSync(E2E_ENV_FILE, { force: true });
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-e2e-"));
    const handle: SetupHandle = { tmpDir };
    (globalThis as Record<symbol, unknown>)[SETUP_HANDLE] = handle;

    handle.stack = await startStack({
        dist: process.env.FOUNDRY_DIST ?? path.join(REPO_ROOT, "dist"),
        sim: {
            seed: "demo",
            buildSeconds: 5,
            state: path.join(tmpDir, "state.json"),
            // the fake Koji hub and web on 127.0.0.1 (koji.spec.ts, inspect.spec.ts)
            kojiPort: await freePort(),
            // every request the stand-in receives, one JSON line each (read by create-image.spec.ts)
            record: path.join(tmpDir, "requests.jsonl"),
            logFile: path.join(REPO_ROOT, "test-results/composer-sim.log"),
        },
    });
    const { cockpit, sim } = handle.stack;
    writeE2eEnv({ baseUrl: cockpit.baseUrl, csrfToken: cockpit.csrfToken, sim, tmpDir });
}
