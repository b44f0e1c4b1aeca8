// Fault knobs of the stand-in: what a failing osbuild-composer looks like from the
// client's side. The HTTP servers ask `Faults` before and while they answer (delay,
// 500 share, malformed or cut-off bodies); the listeners (stop/start, socket removed,
// mode 0600 for another user) are driven through `Listeners`. A small HTTP control
// server on its own unix socket (`--control-socket`) turns the knobs; see README.md.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";

import { cloudError } from "./cloud-errors";
import type { SimReply, SimRequest } from "./model";
import { errorReply } from "./weldr-http";

export type Api = "weldr" | "cloud";
export const APIS: readonly Api[] = ["weldr", "cloud"];

/** Which requests a knob applies to: both APIs and every path unless narrowed. */
export interface Match {
    api?: Api;
    /** a regular expression tested against the request path (without the query) */
    path?: string;
    method?: string;
}

export interface ErrorShareKnob extends Match {
    /** 0..1: this share of the matching requests is answered 500 */
    share: number;
}

export interface LatencyKnob extends Match {
    /** delay before the answer, 0..30000 ms */
    ms: number;
}

export interface CountedKnob extends Match {
    /** how many matching replies it spoils; unset = every one until reset */
    count?: number;
}

export const MAX_LATENCY_MS = 30_000;

/** The reply body of a composer that fails on its own: the reference's 500 shapes. */
export function internalErrorReply(api: Api): SimReply {
    if (api === "weldr")
        return errorReply(500, { id: "InternalError", msg: "composer-sim fault: internal error injected by the error share knob" });
    return cloudError(10000, "composer-sim fault: internal error injected by the error share knob");
}

/** Invalid JSON of the same length class as the real body: its first half, then garbage. */
export function malformedBody(body: string): string {
    return `${body.slice(0, Math.floor(body.length / 2))}\u0000<<not json>>`;
}

function matches(knob: Match, api: Api, req: SimRequest): boolean {
    if (knob.api && knob.api !== api)
        return false;
    if (knob.method && knob.method.toUpperCase() !== req.method)
        return false;
    return !knob.path || new RegExp(knob.path).test(req.path);
}

/** What the server does with one reply. */
export interface Plan {
    delayMs: number;
    /** the status line and headers at once, the body this much later */
    bodyDelayMs: number;
    /** answer this instead of routing (500 share) */
    replace?: SimReply;
    malformed: boolean;
    truncate: boolean;
}

interface Counted extends CountedKnob {
    left: number;
}

export class Faults {
    errorShares: ErrorShareKnob[] = [];
    latencies: LatencyKnob[] = [];
    bodyLatencies: LatencyKnob[] = [];
    private malformedKnobs: Counted[] = [];
    private truncateKnobs: Counted[] = [];
    /** per error-share knob: matching requests seen, so a share of 0.5 fails every second one */
    private seen = new Map<ErrorShareKnob, number>();

    reset(): void {
        this.errorShares = [];
        this.latencies = [];
        this.bodyLatencies = [];
        this.malformedKnobs = [];
        this.truncateKnobs = [];
        this.seen.clear();
    }

    addErrorShare(knob: ErrorShareKnob): void {
        if (!(typeof knob.share === "number" && knob.share >= 0 && knob.share <= 1))
            throw new Error(`share must be a number from 0 to 1, not ${JSON.stringify(knob.share)}`);
        checkMatch(knob);
        this.errorShares.push(knob);
    }

    addLatency(knob: LatencyKnob): void {
        this.latencies.push(checkedLatency(knob));
    }

    addBodyLatency(knob: LatencyKnob): void {
        this.bodyLatencies.push(checkedLatency(knob));
    }

    addMalformed(knob: CountedKnob): void {
        this.malformedKnobs.push(counted(knob));
    }

    addTruncate(knob: CountedKnob): void {
        this.truncateKnobs.push(counted(knob));
    }

    describe(): Record<string, unknown> {
        return {
            errorShare: this.errorShares,
            latency: this.latencies,
            bodyLatency: this.bodyLatencies,
            malformed: this.malformedKnobs.map(({ left, ...k }) => ({ ...k, left: Number.isFinite(left) ? left : null })),
            truncate: this.truncateKnobs.map(({ left, ...k }) => ({ ...k, left: Number.isFinite(left) ? left : null })),
        };
    }

    /** Decides, once per request, what happens to its reply. */
    plan(api: Api, req: SimRequest): Plan {
        const delayMs = Math.max(0, ...this.latencies.filter(k => matches(k, api, req)).map(k => k.ms));
        const bodyDelayMs = Math.max(0, ...this.bodyLatencies.filter(k => matches(k, api, req)).map(k => k.ms));
        let replace: SimReply | undefined;
        for (const knob of this.errorShares) {
            if (!matches(knob, api, req))
                continue;
            const n = this.seen.get(knob) ?? 0;
            this.seen.set(knob, n + 1);
            // the n-th request fails when the running total of failures due grows by one
            if (Math.floor((n + 1) * knob.share) > Math.floor(n * knob.share))
                replace = internalErrorReply(api);
        }
        return {
            delayMs,
            bodyDelayMs,
            replace,
            malformed: take(this.malformedKnobs, api, req),
            truncate: take(this.truncateKnobs, api, req),
        };
    }
}

function checkedLatency(knob: LatencyKnob): LatencyKnob {
    if (!(typeof knob.ms === "number" && knob.ms >= 0 && knob.ms <= MAX_LATENCY_MS))
        throw new Error(`ms must be a number from 0 to ${MAX_LATENCY_MS}, not ${JSON.stringify(knob.ms)}`);
    checkMatch(knob);
    return knob;
}

function checkMatch(knob: Match): void {
    if (knob.api !== undefined && !APIS.includes(knob.api))
        throw new Error(`api must be weldr or cloud, not ${JSON.stringify(knob.api)}`);
    if (knob.path !== undefined)
        new RegExp(knob.path); // throws a SyntaxError naming the bad pattern
}

function counted(knob: CountedKnob): Counted {
    checkMatch(knob);
    if (knob.count !== undefined && !(Number.isInteger(knob.count) && knob.count > 0))
        throw new Error(`count must be a whole number > 0, not ${JSON.stringify(knob.count)}`);
    return { ...knob, left: knob.count ?? Infinity };
}

function take(knobs: Counted[], api: Api, req: SimRequest): boolean {
    const knob = knobs.find(k => k.left > 0 && matches(k, api, req));
    if (!knob)
        return false;
    knob.left--;
    return true;
}

/** The user the permission knob hands the sockets to (a real other account, so root-less clients get EACCES). */
export function otherUser(): { uid: number; gid: number } {
    try {
        const line = fs.readFileSync("/etc/passwd", "utf8").split("\n").find(l => l.startsWith("nobody:"));
        const f = line?.split(":");
        if (f && f.length > 3)
            return { uid: Number(f[2]), gid: Number(f[3]) };
    } catch {
        // fall through to the conventional ids
    }
    return { uid: 65534, gid: 65534 };
}

/** One API's server and the socket it listens on, as the knobs see them. */
export interface Listener {
    api: Api;
    server: http.Server;
    socket: string;
}

export type ListenerState = "listening" | "stopped" | "socket-removed" | "permission-denied";

/**
 * Stop/start, socket removal and the permission knob for both API servers. `listen` (from
 * server.ts) binds a server and sets mode 0666, as at start-up.
 */
export class Listeners {
    private state = new Map<Api, ListenerState>();

    constructor(
        private readonly listeners: Listener[],
        private readonly listen: (server: http.Server, socket: string) => Promise<void>,
        private readonly close: (server: http.Server) => Promise<void>,
    ) {
        for (const l of listeners)
            this.state.set(l.api, "listening");
    }

    private pick(api?: Api): Listener[] {
        if (api !== undefined && !APIS.includes(api))
            throw new Error(`api must be weldr or cloud, not ${JSON.stringify(api)}`);
        return this.listeners.filter(l => api === undefined || l.api === api);
    }

    describe(): Record<string, ListenerState> {
        return Object.fromEntries(this.state);
    }

    /** Close the listener and its connections; the socket file goes away (ENOENT), as when the unit stops. */
    async stop(api?: Api): Promise<void> {
        for (const l of this.pick(api)) {
            if (l.server.listening)
                await this.close(l.server);
            fs.rmSync(l.socket, { force: true });
            this.state.set(l.api, "stopped");
        }
    }

    /** Listen again (also undoes removeSocket and permissionDenied). */
    async start(api?: Api): Promise<void> {
        for (const l of this.pick(api)) {
            if (l.server.listening)
                await this.close(l.server);
            fs.rmSync(l.socket, { force: true });
            fs.mkdirSync(path.dirname(l.socket), { recursive: true });
            await this.listen(l.server, l.socket);
            this.state.set(l.api, "listening");
        }
    }

    /** Unlink the socket file while the server keeps listening on the now nameless socket. */
    removeSocket(api?: Api): void {
        for (const l of this.pick(api)) {
            fs.rmSync(l.socket, { force: true });
            this.state.set(l.api, "socket-removed");
        }
    }

    /** A new socket file at the same path, as a restarted socket unit makes. */
    recreateSocket(api?: Api): Promise<void> {
        return this.start(api);
    }

    /**
     * Mode 0600, owned by another user (nobody): connect() then fails with EACCES for every
     * client without CAP_DAC_OVERRIDE. Root with that capability still gets in.
     */
    permissionDenied(api?: Api): void {
        const { uid, gid } = otherUser();
        for (const l of this.pick(api)) {
            fs.chownSync(l.socket, uid, gid);
            fs.chmodSync(l.socket, 0o600);
            this.state.set(l.api, "permission-denied");
        }
    }

    /** Every listener back to listening on a fresh 0666 socket. */
    async restoreAll(): Promise<void> {
        for (const l of this.listeners) {
            if (this.state.get(l.api) !== "listening")
                await this.start(l.api);
        }
    }
}

export interface ControlTarget {
    faults: Faults;
    listeners: Listeners;
    /** a composer restart: the change history loses its old blueprints, connections drop */
    restart(): Promise<void>;
}

type Action = (body: Record<string, unknown>) => void | Promise<void>;

function apiOf(body: Record<string, unknown>): Api | undefined {
    return body.api === undefined ? undefined : body.api as Api;
}

function actions(t: ControlTarget): Record<string, Action> {
    return {
        "/reset": async () => {
            t.faults.reset();
            await t.listeners.restoreAll();
        },
        "/error-share": b => t.faults.addErrorShare(b as unknown as ErrorShareKnob),
        "/latency": b => t.faults.addLatency(b as unknown as LatencyKnob),
        "/body-latency": b => t.faults.addBodyLatency(b as unknown as LatencyKnob),
        "/malformed": b => t.faults.addMalformed(b as CountedKnob),
        "/truncate": b => t.faults.addTruncate(b as CountedKnob),
        "/stop": b => t.listeners.stop(apiOf(b)),
        "/start": b => t.listeners.start(apiOf(b)),
        "/remove-socket": b => t.listeners.removeSocket(apiOf(b)),
        "/recreate-socket": b => t.listeners.recreateSocket(apiOf(b)),
        "/permission-denied": b => t.listeners.permissionDenied(apiOf(b)),
        "/restart": () => t.restart(),
    };
}

function send(res: http.ServerResponse, status: number, value: unknown): void {
    const body = JSON.stringify(value) + "\n";
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(body)) });
    res.end(body);
}

/**
 * The control server: `GET /faults` says what is on; `POST /<knob>` with a JSON body turns one
 * on (see README.md). Answers `{ok:true, faults, listeners}`, or 400 `{error}` for a bad knob.
 */
export function controlServer(t: ControlTarget): http.Server {
    const table = actions(t);
    const current = (): Record<string, unknown> => ({ ok: true, faults: t.faults.describe(), listeners: t.listeners.describe() });
    return http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
            void (async () => {
                const url = (req.url ?? "/").split("?")[0];
                if (req.method === "GET" && url === "/faults") {
                    send(res, 200, current());
                    return;
                }
                const action = table[url];
                if (req.method !== "POST" || !action) {
                    send(res, 404, { error: `unknown control request ${req.method} ${url}; knobs: POST ${Object.keys(table).join(", ")}` });
                    return;
                }
                let body: Record<string, unknown> = {};
                const text = Buffer.concat(chunks).toString("utf8").trim();
                try {
                    if (text) {
                        const parsed: unknown = JSON.parse(text);
                        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
                            throw new Error("the body must be a JSON object");
                        body = parsed as Record<string, unknown>;
                    }
                    await action(body);
                } catch (err) {
                    send(res, 400, { error: `${url}: ${err instanceof Error ? err.message : String(err)}` });
                    return;
                }
                send(res, 200, current());
            })();
        });
    });
}
