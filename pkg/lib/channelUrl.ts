// A URL that streams a unix-socket HTTP GET through Cockpit's external channel, so the
// browser's download manager gets the bytes and JavaScript never holds them.
import cockpit from "cockpit";

export interface StreamOptions {
    unix: string;
    path: string;
    /** file name to offer when the service sends no Content-Disposition of its own */
    filename?: string;
    contentType?: string;
    superuser?: "try" | "require";
}

function base64(text: string): string {
    const bytes = new TextEncoder().encode(text);
    let binary = "";
    for (const b of bytes)
        binary += String.fromCharCode(b);
    return window.btoa(binary);
}

export function channelUrl({ unix, path, filename, contentType, superuser = "try" }: StreamOptions): string {
    const external: Record<string, string> = {};
    if (filename)
        external["content-disposition"] = `attachment; filename="${filename.replace(/["\\\r\n]/g, "_")}"`;
    if (contentType)
        external["content-type"] = contentType;
    const query = base64(JSON.stringify({
        payload: "http-stream2",
        unix,
        method: "GET",
        path,
        binary: "raw",
        superuser,
        external,
    }));
    const prefix = window.location.pathname.split("/")[1] || "cockpit";
    return `/${prefix}/channel/${cockpit.transport.csrf_token}?${query}`;
}
