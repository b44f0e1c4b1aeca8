// Once per run: the composer stand-in on the real socket paths (the plugin knows no others),
// then cockpit-ws serving dist/ as the package "foundry", with FOUNDRY_SIM_* in its environment
// so `systemctl start osbuild-composer.socket` spawned by the plugin restarts the same stand-in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startCockpit, type Cockpit } from "../harness/cockpit";
import { REPO_ROOT, assertSocketsFree, simConfig, simEnv, startSim, stopSim } from "../harness/sim";
import { writeE2eEnv } from "./env";

/** Handed to global-teardown.ts, which runs in this same process. */
export const COCKPIT_HANDLE = Symbol.for("foundry.e2e.cockpit");

export default async function globalSetup(): Promise<void> {
    const dist = process.env.FOUNDRY_DIST ?? path.join(REPO_ROOT, "dist");
    if (!fs.existsSync(path.join(dist, "manifest.json"))) {
        throw new Error(`${dist}/manifest.json is missing: build the plugin first (\`make\`)`);
    }

    const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-e2e-"));
    const sim = simConfig({
        seed: "demo",
        buildSeconds: 5,
        state: path.join(tmpDir, "state.json"),
        logFile: path.join(REPO_ROOT, "test-results/composer-sim.log"),
    });
    await assertSocketsFree(sim);
    await startSim(sim);

    let cockpit: Cockpit;
    try {
        cockpit = await startCockpit({ plugins: { foundry: dist }, env: simEnv(sim) });
    } catch (e) {
        await stopSim(sim.pidFile);
        throw e;
    }
    (globalThis as Record<symbol, unknown>)[COCKPIT_HANDLE] = cockpit;
    writeE2eEnv({ baseUrl: cockpit.baseUrl, csrfToken: cockpit.csrfToken, cockpitPid: cockpit.pid, sim, tmpDir });
}
