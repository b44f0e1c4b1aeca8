// The stand-in's HTTP side: two node:http servers on unix sockets (Weldr and
// Cloud API), request recording, reply streaming (files and multi-part tar
// bodies), and startSim() to run the whole stand-in in-process.

import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import { cloudRouter } from "./cloud";
import { controlServer, Faults, Listeners, malformedBody, type Plan } from "./faults";
import type { Router, SimContext, SimReply, SimRequest, SimState } from "./model";
import { seedDemo } from "./seed";
import { createState, forgetHistory, loadState, saveState } from "./state";
import { startWorker } from "./worker";
import { weldrRouter } from "./weldr";

export interface SimOptions {
    weldrSocket: string;
    cloudSocket: string;
    /** persist the state here (loaded on start when present) */
    stateFile?: string;
    /** applied only when there is no state to load */
    seed?: "demo" | "empty";
    buildSeconds?: number;
    /** append every request as one JSON line */
    recordFile?: string;
    /** default: a fresh temp dir, removed on stop() */
    artifactsDir?: string;
    hostDistro?: string;
    hostArch?: string;
    workerArches?: string[];
    /** clock in Unix seconds, for tests that control time */
    now?: () => number;
    /** worker tick interval (default 250 ms) */
    workerIntervalMs?: number;
    /** start from this state instead of loading/seeding one */
    state?: SimState;
    /** serve the fault knobs (faults.ts) on this unix socket */
    controlSocket?: string;
}

export interface RunningSim {
    weldrSocket: string;
    cloudSocket: string;
    ctx: SimContext;
    /** the fault knobs (also reachable through the control socket) */
    faults: Faults;
    listeners: Listeners;
    /** a composer restart that loses the blueprints of old commits */
    restart(): Promise<void>;
    stop(): Promise<void>;
}

const RECORD_BODY_MAX = 64 * 1024;

/** Throws when a live server answers on `socket`; removes a stale socket file. */
export async function claimSocket(socket: string): Promise<void> {
    const live = await new Promise<boolean>((resolve, reject) => {
        const conn = net.connect(socket);
        conn.once("connect", () => {
            conn.destroy();
            resolve(true);
        });
        conn.once("error", (err: NodeJS.ErrnoException) => {
            if (err.code === "ECONNREFUSED" || err.code === "ENOENT" || err.code === "ENOTSOCK")
                resolve(false);
            else
                reject(err);
        });
    });
    if (live)
        throw new Error(`${socket}: another server is already listening on this socket; stop it first`);
    fs.rmSync(socket, { force: true });
    fs.mkdirSync(path.dirname(socket), { recursive: true });
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks)));
        req.on("error", reject);
    });
}

function pipeFile(res: http.ServerResponse, file: string, size: number): Promise<void> {
    return new Promise((resolve, reject) => {
        if (size === 0) {
            resolve();
            return;
        }
        const stream = fs.createReadStream(file, { start: 0, end: size - 1 });
        stream.on("error", reject);
        stream.on("end", resolve);
        res.on("close", () => {
            stream.destroy();
            resolve();
        });
        stream.pipe(res, { end: false });
    });
}

/** Headers as promised, then half the body (none of a file or tar), then the connection drops. */
function writeTruncated(res: http.ServerResponse, reply: SimReply): void {
    const headers = { ...(reply.headers ?? {}) };
    const body = Buffer.from(reply.body ?? "");
    headers["Content-Length"] = String(reply.file ? reply.file.size : body.length);
    res.writeHead(reply.status, headers);
    res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.destroy());
}

async function writeReply(res: http.ServerResponse, reply: SimReply, plan?: Plan): Promise<void> {
    if (plan?.truncate) {
        writeTruncated(res, reply);
        return;
    }
    if (plan?.malformed && !reply.file && !reply.parts)
        reply = { ...reply, body: malformedBody(String(reply.body ?? "")) };
    const headers = { ...(reply.headers ?? {}) };
    if (reply.file) {
        headers["Content-Length"] = String(reply.file.size);
        res.writeHead(reply.status, headers);
        await pipeFile(res, reply.file.path, reply.file.size);
        res.end();
        return;
    }
    if (reply.parts) {
        res.writeHead(reply.status, headers);
        for (const part of reply.parts) {
            if (res.destroyed)
                return;
            if (Buffer.isBuffer(part)) {
                if (!res.write(part))
                    await new Promise(resolve => res.once("drain", resolve));
            } else {
                await pipeFile(res, part.path, part.size);
            }
        }
        res.end();
        return;
    }
    const body = reply.body ?? "";
    headers["Content-Length"] = String(Buffer.byteLength(body));
    res.writeHead(reply.status, headers);
    if (plan?.bodyDelayMs) {
        res.flushHeaders();
        await new Promise(resolve => setTimeout(resolve, plan.bodyDelayMs));
        if (res.destroyed)
            return;
    }
    res.end(body);
}

function record(file: string | undefined, api: "weldr" | "cloud", req: SimRequest, rawQuery: string): void {
    if (!file)
        return;
    const ct = req.headers["content-type"];
    const line = {
        time: new Date().toISOString(),
        api,
        method: req.method,
        path: req.path,
        query: rawQuery,
        contentType: Array.isArray(ct) ? ct[0] : (ct ?? null),
        body: req.body.subarray(0, RECORD_BODY_MAX).toString("utf8"),
    };
    fs.appendFileSync(file, JSON.stringify(line) + "\n");
}

function makeServer(api: "weldr" | "cloud", router: Router, ctx: SimContext, recordFile: string | undefined, faults: Faults): http.Server {
    return http.createServer((req, res) => {
        void (async () => {
            const url = req.url ?? "/";
            const q = url.indexOf("?");
            const rawQuery = q >= 0 ? url.slice(q + 1) : "";
            const simReq: SimRequest = {
                method: req.method ?? "GET",
                path: q >= 0 ? url.slice(0, q) : url,
                query: new URLSearchParams(rawQuery),
                headers: req.headers,
                body: await readBody(req),
            };
            record(recordFile, api, simReq, rawQuery);
            const plan = faults.plan(api, simReq);
            if (plan.delayMs > 0)
                await new Promise(resolve => setTimeout(resolve, plan.delayMs));
            if (res.destroyed)
                return;
            let reply: SimReply;
            try {
                reply = plan.replace ?? await router(simReq, ctx);
            } catch (err) {
                const msg = err instanceof Error ? err.stack ?? err.message : String(err);
                process.stderr.write(`composer-sim: ${api} ${simReq.method} ${simReq.path}: ${msg}\n`);
                reply = { status: 500, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "500 Internal Server Error\n" };
            }
            await writeReply(res, reply, plan);
        })().catch(err => {
            process.stderr.write(`composer-sim: ${api}: ${err instanceof Error ? err.message : String(err)}\n`);
            res.destroy();
        });
    });
}

function listen(server: http.Server, socket: string): Promise<void> {
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(socket, () => {
            server.off("error", reject);
            fs.chmodSync(socket, 0o666);
            resolve();
        });
    });
}

function closeServer(server: http.Server): Promise<void> {
    return new Promise(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}

/** Starts both APIs and the worker. Rejects when a socket is owned by a live server. */
export async function startSim(opts: SimOptions): Promise<RunningSim> {
    await claimSocket(opts.weldrSocket);
    await claimSocket(opts.cloudSocket);
    const tempArtifacts = opts.artifactsDir === undefined;
    const artifactsDir = opts.artifactsDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "composer-sim-artifacts-"));
    fs.mkdirSync(artifactsDir, { recursive: true });

    let state = opts.state ?? (opts.stateFile ? loadState(opts.stateFile) : undefined);
    // composer's store keeps the list of changes but not the blueprint of each commit
    // (Change.Blueprint is json:"-"): after a restart only the newest content is left
    if (state && !opts.state)
        forgetHistory(state);
    const seeded = state === undefined;
    state ??= createState();

    let saveTimer: NodeJS.Timeout | undefined;
    const flush = (): void => {
        if (saveTimer)
            clearTimeout(saveTimer);
        saveTimer = undefined;
        if (opts.stateFile)
            saveState(opts.stateFile, ctx.state);
    };
    const ctx: SimContext = {
        state,
        save: () => {
            if (opts.stateFile && !saveTimer)
                saveTimer = setTimeout(flush, 100);
        },
        kick: () => undefined,
        artifactsDir,
        buildSeconds: opts.buildSeconds ?? 10,
        hostDistro: opts.hostDistro ?? "fedora-43",
        hostArch: opts.hostArch ?? "x86_64",
        workerArches: opts.workerArches,
        ...(opts.now ? { now: opts.now } : {}),
    };
    if (seeded && opts.seed === "demo")
        seedDemo(ctx);
    const worker = startWorker(ctx, opts.workerIntervalMs);
    ctx.kick = worker.kick;

    const faults = new Faults();
    const weldr = makeServer("weldr", weldrRouter, ctx, opts.recordFile, faults);
    const cloud = makeServer("cloud", cloudRouter, ctx, opts.recordFile, faults);
    await listen(weldr, opts.weldrSocket);
    await listen(cloud, opts.cloudSocket);
    if (seeded)
        flush();
    const listeners = new Listeners(
        [{ api: "weldr", server: weldr, socket: opts.weldrSocket }, { api: "cloud", server: cloud, socket: opts.cloudSocket }],
        listen, closeServer);
    // as composer restarts: connections drop, the store reloads without old commits' blueprints
    const restart = async (): Promise<void> => {
        await listeners.stop();
        forgetHistory(ctx.state);
        ctx.save();
        await listeners.start();
    };
    let control: http.Server | undefined;
    if (opts.controlSocket) {
        await claimSocket(opts.controlSocket);
        control = controlServer({ faults, listeners, restart });
        await listen(control, opts.controlSocket);
        fs.chmodSync(opts.controlSocket, 0o600);
    }

    let stopped = false;
    return {
        weldrSocket: opts.weldrSocket,
        cloudSocket: opts.cloudSocket,
        ctx,
        faults,
        listeners,
        restart,
        async stop() {
            if (stopped)
                return;
            stopped = true;
            worker.stop();
            await Promise.all([closeServer(weldr), closeServer(cloud), ...(control ? [closeServer(control)] : [])]);
            fs.rmSync(opts.weldrSocket, { force: true });
            fs.rmSync(opts.cloudSocket, { force: true });
            if (opts.controlSocket)
                fs.rmSync(opts.controlSocket, { force: true });
            flush();
            if (tempArtifacts)
                fs.rmSync(artifactsDir, { recursive: true, force: true });
        },
    };
}
