// The worker's configuration file and credential files on the host, through cockpit.file and
// cockpit.spawn with superuser (the only place besides pkg/lib that touches files or spawns).
// Credential files are written by `install -m 0600` from stdin, so they are never readable by
// others, not even for a moment.
import cockpit from "cockpit";

import { WORKER_CONFIG_PATH } from "../model/workerConfig";

/** The local worker composer starts on this host; remote workers run elsewhere with their own file */
export const WORKER_UNIT = "osbuild-worker@1.service";

export type IoResult<T> = { data: T; error?: undefined } | { data?: undefined; error: string };

function message(failure: unknown): string {
    if (typeof failure === "object" && failure !== null && "message" in failure)
        return String((failure as { message: unknown }).message);
    return String(failure);
}

/** The file's text, or null when it does not exist */
export async function readWorkerConfig(): Promise<IoResult<string | null>> {
    const file = cockpit.file(WORKER_CONFIG_PATH, { superuser: "require" });
    try {
        return { data: await file.read() };
    } catch (e) {
        return { error: message(e) };
    } finally {
        file.close();
    }
}

export async function writeWorkerConfig(text: string): Promise<IoResult<true>> {
    try {
        await cockpit.spawn(["mkdir", "-p", "/etc/osbuild-worker"], { superuser: "require", err: "message" });
    } catch (e) {
        return { error: message(e) };
    }
    const file = cockpit.file(WORKER_CONFIG_PATH, { superuser: "require" });
    try {
        await file.replace(text);
        return { data: true };
    } catch (e) {
        return { error: message(e) };
    } finally {
        file.close();
    }
}

interface SpawnWithInput {
    input(data: string, stream?: boolean): unknown;
    then(ok: (out: string) => void, fail: (failure: unknown) => void): unknown;
}

/** Writes a credentials file readable by root only (mode 0600), creating its directory */
export function writeSecretFile(path: string, content: string): Promise<IoResult<true>> {
    return new Promise(resolve => {
        const proc = cockpit.spawn(["install", "-D", "-m", "0600", "/dev/stdin", path], { superuser: "require", err: "message" }) as unknown as SpawnWithInput;
        proc.then(() => resolve({ data: true }), failure => resolve({ error: message(failure) }));
        proc.input(content);
    });
}

export async function restartWorker(): Promise<IoResult<true>> {
    try {
        await cockpit.spawn(["systemctl", "restart", WORKER_UNIT], { superuser: "require", err: "message" });
        return { data: true };
    } catch (e) {
        return { error: message(e) };
    }
}
