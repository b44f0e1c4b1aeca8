// Small JSON files in the user's home directory (settings, remembered Koji composes), read and
// written through cockpit.file on the host. Each file is a tiny external store that React reads
// with useSyncExternalStore; writes go through cockpit's read-modify-write (`modify`), so keys
// this plugin does not know survive.
import cockpit from "cockpit";
import { useSyncExternalStore } from "react";

export interface FileState<T> {
    /** undefined until the file was read (a missing file reads as the empty value) */
    value: T | undefined;
    /** why the file could not be read or parsed */
    error?: string;
}

let homeDir: Promise<string> | undefined;

/** The absolute path of a file under the user's home directory. */
export async function userFilePath(relative: string): Promise<string> {
    homeDir ??= cockpit.user().then(user => user.home.replace(/\/+$/, ""));
    return `${await homeDir}/${relative}`;
}

const message = (e: unknown): string =>
    typeof e === "object" && e !== null && "message" in e && typeof e.message === "string" ? e.message : String(e);

function parseObject(text: string | null): Record<string, unknown> {
    if (text === null || text.trim() === "")
        return {};
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new Error("the file does not hold a JSON object");
    return value as Record<string, unknown>;
}

export interface JsonFileStore<T> {
    useFile(): FileState<T>;
    /** reads the file again (once is done on the first use) */
    reload(): Promise<void>;
    /** changes the file's object; resolves to an error message, or null when written */
    update(change: (whole: Record<string, unknown>) => Record<string, unknown>): Promise<string | null>;
    /** the relative path, for messages */
    relative: string;
}

/** A store for one JSON object file under the home directory, decoded into T. */
export function jsonFileStore<T>(relative: string, decode: (whole: Record<string, unknown>) => T): JsonFileStore<T> {
    let state: FileState<T> = { value: undefined };
    let started = false;
    const listeners = new Set<() => void>();
    const set = (next: FileState<T>) => {
        state = next;
        listeners.forEach(l => l());
    };

    async function reload(): Promise<void> {
        started = true;
        const file = cockpit.file(await userFilePath(relative));
        try {
            set({ value: decode(parseObject(await file.read())) });
        } catch (e) {
            set({ value: decode({}), error: message(e) });
        } finally {
            file.close();
        }
    }

    async function update(change: (whole: Record<string, unknown>) => Record<string, unknown>): Promise<string | null> {
        const path = await userFilePath(relative);
        const dir = path.slice(0, path.lastIndexOf("/"));
        const file = cockpit.file(path);
        try {
            await cockpit.spawn(["mkdir", "-p", "--", dir], { err: "message" });
            let written: Record<string, unknown> = {};
            await file.modify(old => {
                written = change(parseObject(old));
                return JSON.stringify(written, null, 2) + "\n";
            });
            set({ value: decode(written) });
            return null;
        } catch (e) {
            return message(e);
        } finally {
            file.close();
        }
    }

    function subscribe(listener: () => void): () => void {
        listeners.add(listener);
        if (!started)
            void reload();
        return () => listeners.delete(listener);
    }

    return {
        relative,
        reload,
        update,
        useFile: () => useSyncExternalStore(subscribe, () => state),
    };
}
