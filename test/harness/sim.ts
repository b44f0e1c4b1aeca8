// Start, stop and talk to the composer stand-in (test/composer-sim) from tests and scripts.
//
// The stand-in runs detached, logs to a file and records its pid in a pid file: the same
// pid file the systemctl stand-in (test/harness/bin/systemctl) uses, so either can stop
// what the other started. Cockpit gets simEnv(): that is how `systemctl start
// osbuild-composer.socket`, spawned by the plugin through Cockpit, restarts it with the
// same flags.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const WELDR_SOCKET = "/run/weldr/api.socket";
export const CLOUD_SOCKET = "/run/cloudapi/api.socket";
/** Defaults shared with bin/systemctl (keep both in step). */
export const DEFAULT_PID_FILE = "/run/foundry-sim/sim.pid";
export const DEFAULT_LOG_FILE = "/run/foundry-sim/sim.log";
/** the stand-in's fault knobs (test/composer-sim/faults.ts) */
export const DEFAULT_CONTROL_SOCKET = "/run/foundry-sim/control.socket";

export interface SimConfig {
    weldrSocket: string;
    cloudSocket: string;
    seed: "demo" | "empty";
    buildSeconds: number;
    /** state file; kept across restarts like composer's own store */
    state?: string;
    record?: string;
    artifacts?: string;
    /** loopback port of the fake Koji hub and web (test/composer-sim/koji-hub.ts); none when unset */
    kojiPort?: number;
    /** the distro the stand-in pretends to run on (--host-distro); its default when unset */
    hostDistro?: string;
    /** unix socket of the fault knobs (test/composer-sim/faults.ts); none when unset */
    controlSocket?: string;
    pidFile: string;
    logFile: string;
    /** entry point; default test/composer-sim/main.ts */
    main?: string;
}

export function simConfig(partial: Partial<SimConfig> = {}): SimConfig {
    return {
        weldrSocket: WELDR_SOCKET,
        cloudSocket: CLOUD_SOCKET,
        seed: "demo",
        buildSeconds: 5,
        pidFile: DEFAULT_PID_FILE,
        logFile: DEFAULT_LOG_FILE,
        controlSocket: DEFAULT_CONTROL_SOCKET,
        // another entry point with the same CLI (e.g. a stand-in under development)
        ...(process.env.FOUNDRY_SIM_MAIN ? { main: process.env.FOUNDRY_SIM_MAIN } : {}),
        ...partial,
    };
}

/**
 * The stand-in's command line: one node process (no npx/tsx wrapper in between), so the pid
 * we record is the server's own and SIGTERM reaches it directly.
 */
export function simArgv(cfg: SimConfig): string[] {
    const loader = pathToFileURL(path.join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;
    const argv = [
        process.execPath, "--import", loader, cfg.main ?? path.join(REPO_ROOT, "test/composer-sim/main.ts"),
        "--weldr-socket", cfg.weldrSocket,
        "--cloud-socket", cfg.cloudSocket,
        "--seed", cfg.seed,
        "--build-seconds", String(cfg.buildSeconds),
    ];
    if (cfg.state) argv.push("--state", cfg.state);
    if (cfg.record) argv.push("--record", cfg.record);
    if (cfg.artifacts) argv.push("--artifacts", cfg.artifacts);
    if (cfg.kojiPort !== undefined) argv.push("--koji-port", String(cfg.kojiPort));
    if (cfg.hostDistro) argv.push("--host-distro", cfg.hostDistro);
    if (cfg.controlSocket) argv.push("--control-socket", cfg.controlSocket);
    return argv;
}

export function shellQuote(argv: string[]): string {
    return argv.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, "'\\''")}'`)).join(" ");
}

/** Environment for cockpit-ws, read by bin/systemctl in processes the plugin spawns. */
export function simEnv(cfg: SimConfig): Record<string, string> {
    return {
        FOUNDRY_SIM_CMD: shellQuote(simArgv(cfg)),
        FOUNDRY_SIM_PIDFILE: cfg.pidFile,
        FOUNDRY_SIM_LOG: cfg.logFile,
    };
}

/** Alive and not a zombie (PID 1 here does not reap orphans, see cockpit.md §9.9). */
export function pidAlive(pid: number): boolean {
    try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
        return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
    } catch {
        return false;
    }
}

function readPid(pidFile: string): number | null {
    try {
        const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").trim(), 10);
        return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
        return null;
    }
}

/** pid of the running stand-in, per the pid file, or null */
export function simPid(pidFile: string = DEFAULT_PID_FILE): number | null {
    const pid = readPid(pidFile);
    return pid !== null && pidAlive(pid) ? pid : null;
}

/** true when a live server accepts connections on the unix socket */
export function socketAnswers(socketPath: string): Promise<boolean> {
    return new Promise((resolve) => {
        const sock = net.connect({ path: socketPath });
        sock.once("connect", () => { sock.destroy(); resolve(true); });
        sock.once("error", () => resolve(false));
    });
}

/** Fail at once, and plainly, when something (`make demo`, a real composer) owns the sockets. */
export async function assertSocketsFree(cfg: SimConfig): Promise<void> {
    for (const sock of [cfg.weldrSocket, cfg.cloudSocket]) {
        if (await socketAnswers(sock)) {
            const pid = simPid(cfg.pidFile);
            const who = pid !== null ? `the composer stand-in (pid ${pid}, from ${cfg.pidFile})` : "another server";
            throw new Error(
                `${sock} is already served by ${who}; the tests need these sockets to themselves. Stop it first: ` +
                "Ctrl-C in `make demo`, or `test/harness/bin/systemctl stop osbuild-composer.socket` for a stand-in, " +
                "or `systemctl stop osbuild-composer.socket osbuild-composer.service` for a real composer.",
            );
        }
    }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function logSince(logFile: string, offset: number): string {
    try {
        const buf = fs.readFileSync(logFile);
        return buf.subarray(Math.min(offset, buf.length)).toString("utf8");
    } catch {
        return "";
    }
}

/**
 * Start the stand-in detached (it outlives the caller, as a service would), logging to
 * cfg.logFile, and resolve once it printed its ready line, i.e. both sockets listen.
 */
export async function startSim(cfg: SimConfig, timeoutMs = 20_000): Promise<number> {
    const running = simPid(cfg.pidFile);
    if (running !== null) throw new Error(`composer stand-in already running (pid ${running})`);
    fs.mkdirSync(path.dirname(cfg.pidFile), { recursive: true });
    fs.mkdirSync(path.dirname(cfg.logFile), { recursive: true });
    const offset = fs.existsSync(cfg.logFile) ? fs.statSync(cfg.logFile).size : 0;
    const fd = fs.openSync(cfg.logFile, "a");
    const [cmd, ...args] = simArgv(cfg);
    const child = spawn(cmd, args, { detached: true, stdio: ["ignore", fd, fd], cwd: REPO_ROOT });
    fs.closeSync(fd);
    child.unref();
    const pid = child.pid;
    if (pid === undefined) throw new Error("composer stand-in: spawn failed");
    fs.writeFileSync(cfg.pidFile, `${pid}\n`);

    const t0 = Date.now();
    for (;;) {
        const out = logSince(cfg.logFile, offset);
        if (/^composer-sim ready /m.test(out)) return pid;
        if (!pidAlive(pid)) {
            fs.rmSync(cfg.pidFile, { force: true });
            throw new Error(`composer stand-in exited before it was ready:\n${out}`);
        }
        if (Date.now() - t0 > timeoutMs) {
            process.kill(pid, "SIGKILL");
            throw new Error(`composer stand-in not ready after ${timeoutMs} ms:\n${out}`);
        }
        await sleep(25);
    }
}

/** SIGTERM (the stand-in then removes its sockets), SIGKILL after 5 s. false if none ran. */
export async function stopSim(pidFile: string = DEFAULT_PID_FILE): Promise<boolean> {
    const pid = simPid(pidFile);
    fs.rmSync(pidFile, { force: true });
    if (pid === null) return false;
    process.kill(pid, "SIGTERM");
    const t0 = Date.now();
    while (pidAlive(pid)) {
        if (Date.now() - t0 > 5000) {
            process.kill(pid, "SIGKILL");
            break;
        }
        await sleep(20);
    }
    return true;
}

export interface SocketResponse {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
    /** the body parsed as JSON (throws if it is not) */
    json(): unknown;
}

export interface SocketRequestOptions {
    /** an object is sent as JSON */
    body?: string | object;
    headers?: Record<string, string>;
}

/** One HTTP request over a unix socket, the way the bridge sends them. */
export function socketRequest(socketPath: string, method: string, urlPath: string, opts: SocketRequestOptions = {}): Promise<SocketResponse> {
    const headers: Record<string, string> = { ...opts.headers };
    let payload: string | undefined;
    if (typeof opts.body === "string") {
        payload = opts.body;
    } else if (opts.body !== undefined) {
        payload = JSON.stringify(opts.body);
        headers["Content-Type"] ??= "application/json";
    }
    return new Promise((resolve, reject) => {
        const req = http.request({ socketPath, method, path: urlPath, headers }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => {
                const body = Buffer.concat(chunks).toString("utf8");
                resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) as unknown });
            });
            res.on("error", reject);
        });
        req.on("error", reject);
        req.setTimeout(15_000, () => req.destroy(new Error(`${method} ${urlPath} on ${socketPath}: no answer in 15 s`)));
        if (payload !== undefined) req.write(payload);
        req.end();
    });
}

/** The knobs of test/composer-sim/faults.ts, as the control socket takes them. */
export type FaultKnob =
    | "reset" | "error-share" | "latency" | "body-latency" | "malformed" | "truncate" | "stop" | "start"
    | "remove-socket" | "recreate-socket" | "permission-denied" | "restart";

/**
 * Turn one fault knob of the running stand-in (see test/composer-sim/README.md), e.g.
 * simFault(cfg, "error-share", { api: "weldr", path: "^/api/v1/blueprints/list", share: 1 }).
 * Throws with the stand-in's message when it refuses the knob.
 */
export async function simFault(cfg: SimConfig, knob: FaultKnob, body: object = {}): Promise<unknown> {
    if (!cfg.controlSocket) throw new Error("the stand-in runs without --control-socket: no fault knobs");
    const res = await socketRequest(cfg.controlSocket, "POST", `/${knob}`, { body });
    if (res.status !== 200) throw new Error(`fault knob ${knob}: ${res.status} ${res.body.trim()}`);
    return res.json();
}
