// Once per run: the composer stand-in on the real socket paths (the plugin knows no others),
// then cockpit-ws serving dist/ as the package "foundry", with FOUNDRY_SIM_* in its environment
// so `systemctl start osbuild-composer.socket` spawned by the plugin restarts the same stand-in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCockpit, type Cockpit } from "../harness/cockpit";
import { REPO_ROOT, assertSocketsFree, simConfig, simEnv, startSim, type SimConfig } from "../harness/sim";
import { E2E_ENV_FILE, writeE2eEnv } from "./env";

/** What this run's setup started, for global-teardown.ts (same process). */
export const SETUP_HANDLE = Symbol.for("foundry.e2e.setup");
export interface SetupHandle {
    sim: SimConfig;
    simStarted: boolean;
    cockpit?: Cockpit;
    tmpDir: string;
}

export default async function globalSetup(): Promise<void> {
    const dist = process.env.FOUNDRY_DIST ?? path.join(REPO_ROOT, "dist");
    if (!fs.existsSync(path.join(dist, "manifest.json"))) {
        throw new Error(`${dist}/manifest.json is missing: build the plugin first (\`make\`)`);
    }

    fs.rmSync(E2E_ENV_FILE, { force: true });
    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-e2e-"));
    const sim = simConfig({
        seed: "demo",
        buildSeconds: 5,
        state: path.join(tmpDir, "state.json"),
        logFile: path.join(REPO_ROOT, "test-results/composer-sim.log"),
    });
    const handle: SetupHandle = { sim, simStarted: false, tmpDir };
    (globalThis as Record<symbol, unknown>)[SETUP_HANDLE] = handle;

    await assertSocketsFree(sim);
    await startSim(sim);
    handle.simStarted = true;
    const cockpit = await startCockpit({ plugins: { foundry: dist }, env: simEnv(sim) });
    handle.cockpit = cockpit;
    writeE2eEnv({ baseUrl: cockpit.baseUrl, csrfToken: cockpit.csrfToken, sim, tmpDir });
}
