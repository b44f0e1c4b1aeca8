import fs from "node:fs";
import type { Cockpit } from "../harness/cockpit";
import { stopSim } from "../harness/sim";
import { readE2eEnv } from "./env";
import { COCKPIT_HANDLE } from "./global-setup";

export default async function globalTeardown(): Promise<void> {
    const env = readE2eEnv();
    const cockpit = (globalThis as Record<symbol, Cockpit | undefined>)[COCKPIT_HANDLE];
    if (cockpit) {
        await cockpit.stop();
    } else {
        try { process.kill(env.cockpitPid, "SIGTERM"); } catch { /* already gone */ }
    }
    // whoever started it last (global setup, a test, or systemctl via the plugin): same pid file
    await stopSim(env.sim.pidFile);
    fs.rmSync(env.tmpDir, { recursive: true, force: true });
}
