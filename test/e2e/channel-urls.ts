// Requests to Cockpit's external channel URL (/cockpit/channel/<csrf>?<base64 JSON>), as the
// plugin makes them for big replies (src/api/channelFetch.ts) and downloads: what they open.
import type { Request } from "@playwright/test";

export interface ChannelOpen { unix: string; path: string }

/** the channel a request to the channel URL opens, or undefined for any other request */
export function channelOpen(request: Request): ChannelOpen | undefined {
    const url = new URL(request.url());
    if (!/\/channel\/[^/]+$/.test(url.pathname))
        return undefined;
    const options = JSON.parse(Buffer.from(decodeURIComponent(url.search.slice(1)), "base64").toString()) as ChannelOpen;
    return { unix: options.unix, path: options.path };
}
