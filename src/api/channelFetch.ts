// Big GET replies over Cockpit's external channel URL (pkg/lib/channelUrl): the same channel to
// the same socket, but answered as a plain HTTP response. For megabytes that is about ten times
// faster than the WebSocket, which frames every 4 kB, waits for acknowledgements and hands each
// frame to cockpit.js on the page's main thread (composer's 2.5 MB compose/finished for 10,000
// composes: about 35 ms against about 450 ms here, measured with curl and in the page).
// Only a 2xx reply counts. Anything else (the channel did not open, composer refused, the
// connection broke) comes back as "failed", and the caller asks again over the WebSocket, whose
// channel says precisely what went wrong (transport.ts).
import cockpit from "cockpit";

import { channelUrl } from "../../pkg/lib/channelUrl";

export type ChannelFetch = { kind: "reply"; text: string } | { kind: "failed" } | { kind: "timeout" };

function transportReady(): Promise<void> {
    // the URL carries the session's CSRF token, known once Cockpit's transport is up
    return new Promise(resolve => cockpit.transport.wait(resolve));
}

export async function fetchOverChannelUrl(socket: string, path: string, timeoutMs: number): Promise<ChannelFetch> {
    await transportReady();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    try {
        const response = await fetch(channelUrl({ unix: socket, path }), { signal: abort.signal, credentials: "same-origin", cache: "no-store" });
        if (!response.ok) {
            await response.body?.cancel();
            return { kind: "failed" };
        }
        return { kind: "reply", text: await response.text() };
    } catch {
        return abort.signal.aborted ? { kind: "timeout" } : { kind: "failed" };
    } finally {
        clearTimeout(timer);
    }
}
