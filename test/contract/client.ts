// A tiny HTTP-over-unix-socket client for the contract tests of the composer
// stand-in (both the Weldr and the Cloud API front-ends).

import http from "node:http";

export interface ClientReply {
    status: number;
    headers: http.IncomingHttpHeaders;
    /** the whole body as UTF-8 text */
    text: string;
    /** the raw body */
    raw: Buffer;
    /** JSON.parse(text); throws when the body is not JSON */
    json(): unknown;
}

export interface RequestOptions {
    body?: string | Buffer;
    headers?: Record<string, string>;
    /** stop reading after this many body bytes and abort the connection */
    maxBytes?: number;
    /** milliseconds before the request is aborted with an error (default 30 s) */
    timeoutMs?: number;
}

/** Sends one request over the unix socket `socket` and reads the reply. */
export function request(socket: string, method: string, path: string, opts: RequestOptions = {}): Promise<ClientReply> {
    return new Promise((resolve, reject) => {
        const headers: Record<string, string> = { ...(opts.headers ?? {}) };
        if (opts.body !== undefined)
            headers["Content-Length"] = String(Buffer.byteLength(opts.body));
        const req = http.request({ socketPath: socket, method, path, headers, agent: false }, res => {
            const chunks: Buffer[] = [];
            let length = 0;
            let settled = false;
            const finish = (): void => {
                if (settled)
                    return;
                settled = true;
                const raw = Buffer.concat(chunks);
                const text = raw.toString("utf8");
                resolve({
                    status: res.statusCode ?? 0,
                    headers: res.headers,
                    text,
                    raw,
                    json: () => JSON.parse(text) as unknown,
                });
            };
            res.on("data", (chunk: Buffer) => {
                chunks.push(chunk);
                length += chunk.length;
                if (opts.maxBytes !== undefined && length >= opts.maxBytes) {
                    finish();
                    req.destroy();
                }
            });
            res.on("end", finish);
            res.on("error", err => {
                if (!settled)
                    reject(err);
            });
            res.on("close", finish);
        });
        req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)));
        req.on("error", err => reject(err));
        if (opts.body !== undefined)
            req.write(opts.body);
        req.end();
    });
}

/** JSON POST/PUT helper: sends `value` as `application/json`. */
export function requestJSON(socket: string, method: string, path: string, value: unknown): Promise<ClientReply> {
    return request(socket, method, path, {
        body: JSON.stringify(value),
        headers: { "Content-Type": "application/json" },
    });
}
