// The worker's configuration file for the settings page's tests: each test of the describe that
// calls withWorkerConfig() starts with the given text in it, and the file is as before once the
// test is over (the files the test writes beside it removed).
import fs from "node:fs";

import { test } from "./fixtures";

export const WORKER_DIR = "/etc/osbuild-worker";
export const WORKER_CONFIG = `${WORKER_DIR}/osbuild-worker.toml`;

export function withWorkerConfig(text: string, writtenByTests: string[] = []): void {
    let before: string | null = null;
    test.beforeEach(() => {
        before = fs.existsSync(WORKER_CONFIG) ? fs.readFileSync(WORKER_CONFIG, "utf8") : null;
        fs.mkdirSync(WORKER_DIR, { recursive: true });
        fs.writeFileSync(WORKER_CONFIG, text);
    });
    test.afterEach(() => {
        if (before === null)
            fs.rmSync(WORKER_CONFIG, { force: true });
        else
            fs.writeFileSync(WORKER_CONFIG, before);
        for (const file of writtenByTests)
            fs.rmSync(file, { force: true });
    });
}
