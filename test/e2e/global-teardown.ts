import fs from "node:fs";
import { stopSim } from "../harness/sim";
import { E2E_ENV_FILE } from "./env";
import { SETUP_HANDLE, type SetupHandle } from "./global-setup";

// Playwright runs global teardown even when global setup failed (e.g. because `make demo` owns
// the sockets): only undo what this run's setup did, never act on an older run's files.
export default async function globalTeardown(): Promise<void> {
    const handle = (globalThis as Record<symbol, SetupHandle | undefined>)[SETUP_HANDLE];
    if (!handle) return;
    await handle.cockpit?.stop();
    if (handle.simStarted) {
        // whoever started it last (global setup, a test, or systemctl via the plugin): same pid file
        await stopSim(handle.sim.pidFile);
    }
    fs.rmSync(handle.tmpDir, { recursive: true, force: true });
    fs.rmSync(E2E_ENV_FILE, { force: true });
}
