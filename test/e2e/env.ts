// What global setup hands to the tests: one JSON file in test-results/, read by the fixtures.
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT, type SimConfig } from "../harness/sim";

export const E2E_ENV_FILE = path.join(REPO_ROOT, "test-results/e2e-env.json");

export interface E2eEnv {
    /** http://127.0.0.1:<port> of the cockpit-ws started for this run */
    baseUrl: string;
    csrfToken: string;
    /** how the composer stand-in runs, so tests can stop and restart it */
    sim: SimConfig;
    /** temp dir holding the stand-in's state, removed at teardown */
    tmpDir: string;
}

export function writeE2eEnv(env: E2eEnv): void {
    fs.mkdirSync(path.dirname(E2E_ENV_FILE), { recursive: true });
    fs.writeFileSync(E2E_ENV_FILE, `${JSON.stringify(env, null, 2)}\n`);
}

export function readE2eEnv(): E2eEnv {
    let text: string;
    try {
        text = fs.readFileSync(E2E_ENV_FILE, "utf8");
    } catch {
        throw new Error(`${E2E_ENV_FILE} is missing: run the e2e tests through playwright.config.ts (its global setup writes it)`);
    }
    return JSON.parse(text) as E2eEnv;
}
