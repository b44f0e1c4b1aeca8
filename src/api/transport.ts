// One typed request() per composer socket, over cockpit.http. The only place that talks
// to the sockets; it never throws: every outcome is { data } or { error: ComposerError }.
import cockpit from "cockpit";
import type { HttpClient } from "cockpit";

import { reportChannelFailure } from "./channelFailures";
import { CLOUD_PREFIX } from "./cloudPaths";
import { format, _ } from "../../pkg/lib/gettext";
import { type ComposerApi, type ComposerError, fromHttpFailure } from "./composerError";
import { fetchOverChannelUrl } from "./channelFetch";
import { type Decoder, type Result, parseReply } from "./parseReply";
import { STATUS } from "./weldrPaths";

/** how long a request may stay without a complete reply */
export const REPLY_TIMEOUT_MS = 60_000;

function noReply(api: ComposerApi): ComposerError {
    return {
        kind: "server",
        api,
        message: format(_("No complete reply within $0 seconds: the connection was cut off or the service hangs."), REPLY_TIMEOUT_MS / 1000),
    };
}

export const WELDR_SOCKET = "/run/weldr/api.socket";
export const CLOUD_SOCKET = "/run/cloudapi/api.socket";

export type { Decoder, Result } from "./parseReply";

export interface Request {
    method?: "GET" | "POST" | "DELETE";
    path: string;
    params?: Record<string, string | number>;
    /** JSON-encoded when an object; sent as is when a string (then give contentType) */
    body?: unknown;
    contentType?: "application/json" | "text/x-toml";
    /**
     * a GET (without params) whose reply can be megabytes (the compose lists) or hundreds of kB
     * (one blueprint): over the channel URL (channelFetch.ts) once the socket has answered
     */
    big?: true;
}

export interface Transport {
    api: ComposerApi;
    socket: string;
    /** A JSON reply, checked by decode */
    json<T>(request: Request, decode: Decoder<T>): Promise<Result<T>>;
    /** A text reply (Weldr logs, TOML) */
    text(request: Request): Promise<Result<string>>;
}

function encodeBody(request: Request): { body?: string; headers: Record<string, string> } {
    // cockpit.http ends the request only once it has a body: "" means "no body, done"
    if (request.body === undefined)
        return { body: "", headers: {} };
    if (typeof request.body === "string")
        return { body: request.body, headers: { "Content-Type": request.contentType ?? "application/json" } };
    return { body: JSON.stringify(request.body), headers: { "Content-Type": "application/json" } };
}

/**
 * `probe`: a small GET that tells whether the socket answers, asked over the WebSocket before a
 * big reply when nothing has come back from the socket yet (see `answers` below)
 */
export function createTransport(api: ComposerApi, socket: string, probe?: Request): Transport {
    let client: HttpClient | null = null;
    const http = (): HttpClient => {
        client ??= cockpit.http(socket, { superuser: "try" });
        return client;
    };

    // Whether the socket answered the last request over the WebSocket (undefined: none came back
    // yet). Big replies take the channel URL only to a socket that answers: a stopped service then
    // costs no failed fetch (the browser logs each one as an error) and its errors keep coming
    // from the channel, which names them. `asked` settles once the first WebSocket request has
    // its reply's status line (or has failed without one): that says the socket answers, and it is
    // handled as it comes, where the whole reply reaches us through cockpit's promise, which calls
    // back from a timer task that can wait behind the page's loading work for tens of ms. A big
    // read with no request out asks the probe first: one small round trip, where a big reply over
    // the WebSocket is slow (Weldr's 2.5 MB compose/finished: ~450 ms, against ~35 ms for curl
    // on the channel URL).
    let answers: boolean | undefined;
    let asked: Promise<void> | undefined;

    async function raw(request: Request): Promise<Result<string>> {
        if (request.big && (request.method ?? "GET") === "GET" && request.body === undefined && request.params === undefined) {
            if (answers === undefined && asked === undefined && probe)
                void raw(probe);
            if (answers === undefined)
                await asked;
            if (answers) {
                const fetched = await fetchOverChannelUrl(socket, request.path, REPLY_TIMEOUT_MS);
                if (fetched.kind === "reply")
                    return { data: fetched.text };
                if (fetched.kind === "timeout")
                    return { error: noReply(api) };
                // asked again below, where the channel says what went wrong
                answers = false;
            }
        }
        let heard = (): void => undefined;
        const statusLine = new Promise<void>(resolve => { heard = resolve; });
        const reply = overWebSocket(request, () => {
            answers = true;
            heard();
        });
        const learnt = reply.then(r => { answers = !r.error || r.error.status !== undefined });
        asked ??= answers === undefined ? Promise.race([learnt, statusLine]) : undefined;
        return await reply;
    }

    /** `answered`: called as the reply's status line comes, before its body */
    function overWebSocket(request: Request, answered: () => void): Promise<Result<string>> {
        const { body, headers } = encodeBody(request);
        return new Promise(done => {
            const pending = http().request({ method: request.method ?? "GET", path: request.path, params: request.params, body, headers });
            // A reply cut off mid-body (the connection closed before Content-Length bytes came)
            // leaves cockpit's request open for ever: give up after a while, longer than any slow
            // answer composer gives, and say so.
            const timer = setTimeout(() => {
                (pending as { close?: (problem?: string) => void }).close?.("timeout");
                done({ error: noReply(api) });
            }, REPLY_TIMEOUT_MS);
            const resolve = (result: Result<string>): void => {
                clearTimeout(timer);
                done(result);
            };
            // Without a stream handler cockpit.http joins its whole buffer again on every chunk
            // (quadratic: seconds for a 2 MB list); taking the chunks and joining once is linear.
            // Only 2xx chunks come here; what the handler did not take is what the promise gives.
            const chunks: string[] = [];
            pending.response(answered);
            pending.stream(chunk => { chunks.push(chunk); });
            // The reply body of a non-2xx answer reaches only .catch on cockpit's own promise,
            // as its second argument, so both handlers hang on that promise directly.
            pending.then(rest => { chunks.push(rest); resolve({ data: chunks.join("") }); }, () => undefined);
            pending.catch((failure: unknown, replyBody?: string) => {
                const error = fromHttpFailure(api, failure, replyBody);
                reportChannelFailure(error);
                resolve({ error });
            });
        });
    }

    return {
        api,
        socket,
        text: raw,
        async json<T>(request: Request, decode: Decoder<T>): Promise<Result<T>> {
            const reply = await raw(request);
            return reply.error ? reply : parseReply(api, reply.data, decode);
        },
    };
}

export const weldr = createTransport("weldr", WELDR_SOCKET, { path: STATUS });
// GET /errors/{id}: a few bytes that need nothing but the service
export const cloud = createTransport("cloud", CLOUD_SOCKET, { path: `${CLOUD_PREFIX}/errors/1` });
