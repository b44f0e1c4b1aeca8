// Who wants to know that a composer socket could not be reached at all (stopped, missing,
// permission denied): the service gate, which then checks the service once instead of every
// page guessing. Requests that got an HTTP answer are not reported.
import type { ComposerError } from "./composerError";

type Listener = (error: ComposerError) => void;

const listeners = new Set<Listener>();

/** true for the failures that say the service itself is gone, not one request */
export function isChannelFailure(error: ComposerError): boolean {
    return error.status === undefined && (error.kind === "unreachable" || error.kind === "permission");
}

export function reportChannelFailure(error: ComposerError): void {
    if (isChannelFailure(error))
        listeners.forEach(listener => listener(error));
}

/** Calls `listener` on each channel failure; returns the unsubscribe function. */
export function onChannelFailure(listener: Listener): () => void {
    listeners.add(listener);
    return () => { listeners.delete(listener) };
}
