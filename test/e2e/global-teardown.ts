import fs from "node:fs";
import { E2E_ENV_FILE } from "./env";
import { SETUP_HANDLE, type SetupHandle } from "./global-setup";

// Playwright runs global teardown even when global setup failed (e.g. because `make demo` owns
// the sockets): only undo what this run's setup did, never act on an older run's files.
export default async function globalTeardown(): Promise<void> {
    const handle = (globalThis as Record<symbol, SetupHandle | undefined>)[SETUP_HANDLE];
    if (!handle) return;
    // stops whichever stand-in runs now: global setup's, a test's, or one systemctl started
    await handle.stack?.stop();
    fs.rmSync(handle.tmpDir, { recursive: true, force: true });
    fs.rmSync(E2E_ENV_FILE, { force: true });
}
