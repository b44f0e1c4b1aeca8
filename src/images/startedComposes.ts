// Composes started in this browser session, so that their end is announced. Kept in
// sessionStorage: a reload of the page keeps them, another tab or session does not.
const KEY = "foundry:started-composes";

function read(): string[] {
    try {
        const value: unknown = JSON.parse(window.sessionStorage.getItem(KEY) ?? "[]");
        return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    } catch {
        return [];
    }
}

/** Call with the id of a compose this page has just started. */
export function noteComposeStarted(id: string): void {
    const ids = read().filter(i => i !== id);
    ids.push(id);
    try {
        window.sessionStorage.setItem(KEY, JSON.stringify(ids.slice(-200)));
    } catch {
        // storage full or denied: the compose is still followed while the page stays open
    }
}

export function startedComposes(): Set<string> {
    return new Set(read());
}

export function forgetStartedCompose(id: string): void {
    try {
        window.sessionStorage.setItem(KEY, JSON.stringify(read().filter(i => i !== id)));
    } catch {
        // nothing to forget
    }
}
