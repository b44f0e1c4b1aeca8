// End-to-end tests: the built plugin (dist/) in a real cockpit-ws, driven through Debian's
// Chromium (never a downloaded browser). Global setup starts the composer stand-in on the real
// socket paths and cockpit-ws; one test at a time, since both are shared.
import fs from "node:fs";
import { defineConfig } from "@playwright/test";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]; // Debian, Fedora
const chromium = process.env.FOUNDRY_CHROMIUM
    ?? CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p))
    ?? CHROMIUM_CANDIDATES[0];

export default defineConfig({
    testDir: "test/e2e",
    testMatch: "**/*.spec.ts",
    outputDir: "test-results/e2e",
    globalSetup: "./test/e2e/global-setup.ts",
    globalTeardown: "./test/e2e/global-teardown.ts",
    workers: 1,
    fullyParallel: false,
    timeout: 60_000,
    // make check must end even if something hangs outside a test's own timeout
    globalTimeout: 25 * 60_000,
    expect: { timeout: 10_000 },
    retries: 0,
    forbidOnly: Boolean(process.env.CI),
    reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
    use: {
        browserName: "chromium",
        launchOptions: {
            executablePath: chromium,
            args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
        screenshot: "only-on-failure",
        trace: "retain-on-failure",
    },
});
