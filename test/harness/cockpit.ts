// A real cockpit-ws (Debian's, local-session mode: no systemd, no login, loopback only)
// serving our plugin from a temporary XDG_DATA_HOME. Recipe and gotchas:
// ../shared/harness/cockpit.md (§2 start, §3 placement, §9.1 idle timeout, §9.2 Origin).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** test/harness/bin: our systemctl stand-in comes first on cockpit-ws's PATH. */
export const HARNESS_BIN = fileURLToPath(new URL("./bin", import.meta.url));

const SETPRIV = "/usr/bin/setpriv"; // util-linux
const WS_CANDIDATES = ["/usr/lib/cockpit/cockpit-ws", "/usr/libexec/cockpit-ws"]; // Debian, Fedora

export function cockpitWsPath(): string {
    const found = WS_CANDIDATES.find((p) => fs.existsSync(p));
    if (!found) {
        throw new Error(`cockpit-ws not found (looked at ${WS_CANDIDATES.join(", ")}); run \`make deps\``);
    }
    return found;
}

export interface CockpitOptions {
    /** package name -> directory holding manifest.json, e.g. { foundry: "dist" } */
    plugins: Record<string, string>;
    /** extra environment for cockpit-ws, and so for the bridge and everything it spawns */
    env?: Record<string, string>;
    /** default: a free port */
    port?: number;
    /** copy cockpit-ws output to our stderr as it comes */
    log?: boolean;
    /** command prefix for cockpit-ws, e.g. setpriv dropping capabilities (test/e2e/faults-permission.spec.ts) */
    wrapper?: string[];
}

/** Open options of an external channel, e.g. { payload: "http-stream2", unix, method, path } */
export type ChannelOptions = Record<string, unknown>;

export interface Cockpit {
    baseUrl: string;
    port: number;
    pid: number;
    /** constant for the session: needed for /cockpit/channel/<token>?… URLs */
    csrfToken: string;
    /** the plugin page outside the shell */
    pluginUrl(pkg: string, file?: string): string;
    /** a GET URL that streams a channel, the way the plugin builds download links */
    channelUrl(opts: ChannelOptions): string;
    /** everything cockpit-ws and the bridge printed so far */
    output(): string;
    stop(): Promise<void>;
}

export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.unref();
        srv.on("error", reject);
        srv.listen(0, "127.0.0.1", () => {
            const addr = srv.address();
            const port = typeof addr === "object" && addr ? addr.port : 0;
            srv.close(() => resolve(port));
        });
    });
}

/** true when something accepts TCP connections on 127.0.0.1:port */
export function portInUse(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        const sock = net.connect({ host: "127.0.0.1", port });
        sock.once("connect", () => { sock.destroy(); resolve(true); });
        sock.once("error", () => resolve(false));
    });
}

/** HTTP status of a GET, 0 when nothing answers within 2 s */
export function httpStatus(url: string): Promise<number> {
    return new Promise((resolve) => {
        const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
        req.on("error", () => resolve(0));
        req.setTimeout(2000, () => { req.destroy(); resolve(0); });
    });
}

/** GET URL streaming a channel (e.g. http-stream2 from a unix socket), as the plugin builds for downloads */
export function channelUrl(baseUrl: string, csrfToken: string, opts: ChannelOptions): string {
    return `${baseUrl}/cockpit/channel/${csrfToken}?${Buffer.from(JSON.stringify(opts)).toString("base64")}`;
}

interface Keepalive { socket: net.Socket; csrfToken: string }

/**
 * cockpit-ws kills the local session 15 s after the last /cockpit/socket WebSocket closes, and
 * answers 401 to everything afterwards (cockpit.md §9.1). Holding one WebSocket open for the
 * whole run prevents that. A raw HTTP upgrade needs no WebSocket library; Origin is required,
 * and the "init" frame (which carries the CSRF token) arrives in the upgrade's `head`.
 */
function openKeepalive(baseUrl: string): Promise<Keepalive> {
    return new Promise((resolve, reject) => {
        const req = http.request(`${baseUrl}/cockpit/socket`, {
            headers: {
                Connection: "Upgrade",
                Upgrade: "websocket",
                "Sec-WebSocket-Version": "13",
                "Sec-WebSocket-Key": crypto.randomBytes(16).toString("base64"),
                "Sec-WebSocket-Protocol": "cockpit1",
                Origin: baseUrl,
            },
        });
        const timer = setTimeout(() => {
            req.destroy();
            reject(new Error("cockpit keepalive: no init message within 5 s"));
        }, 5000);
        req.on("response", (res) => {
            clearTimeout(timer);
            res.resume();
            reject(new Error(`cockpit keepalive: WebSocket refused with HTTP ${res.statusCode}`));
        });
        req.on("error", (e) => { clearTimeout(timer); reject(e); });
        req.on("upgrade", (_res, socket, head) => {
            let seen = "";
            const onData = (chunk: Buffer): void => {
                seen += chunk.toString("latin1");
                const m = /"csrf-token":"([0-9a-f]+)"/.exec(seen);
                if (!m) return;
                clearTimeout(timer);
                socket.off("data", onData);
                socket.on("data", () => { /* keep draining frames */ });
                resolve({ socket, csrfToken: m[1] });
            };
            socket.on("data", onData);
            socket.on("error", () => { /* the session ends with the test run */ });
            if (head.length > 0) onData(head);
        });
        req.end();
    });
}

function exitOf(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once("exit", () => resolve());
    });
}

export async function startCockpit(opts: CockpitOptions): Promise<Cockpit> {
    const port = opts.port ?? await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    if (await portInUse(port)) {
        throw new Error(`cannot start cockpit-ws: 127.0.0.1:${port} is already in use`);
    }

    // The bridge scans $XDG_DATA_HOME/cockpit/<pkg> once, at start: the symlinks must exist first.
    // User packages are served no-cache, so a rebuilt dist/ shows up on the next load.
    const xdg = fs.mkdtempSync(path.join(os.tmpdir(), "foundry-cockpit-"));
    fs.mkdirSync(path.join(xdg, "cockpit"));
    for (const [name, dir] of Object.entries(opts.plugins)) {
        const abs = path.resolve(dir);
        if (!fs.existsSync(path.join(abs, "manifest.json"))) {
            throw new Error(`plugin ${name}: ${abs}/manifest.json is missing (did the build run?)`);
        }
        fs.symlinkSync(abs, path.join(xdg, "cockpit", name));
    }

    const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...opts.env,
        XDG_DATA_HOME: xdg,
        LANG: "C.UTF-8",
        PATH: `${HARNESS_BIN}:${opts.env?.PATH ?? process.env.PATH ?? "/usr/bin:/bin"}`,
    };
    const wsArgv = [cockpitWsPath(), "--port", String(port), "--address", "127.0.0.1", "--local-session=cockpit-bridge"];
    // If we die without stop() (a killed test run), take cockpit-ws along instead of leaving
    // a root session listening: setpriv sets the parent-death signal, then execs (same pid).
    if (fs.existsSync(SETPRIV)) wsArgv.unshift(SETPRIV, "--pdeathsig", "SIGTERM", "--");
    if (opts.wrapper) wsArgv.unshift(...opts.wrapper);
    const child = spawn(wsArgv[0], wsArgv.slice(1), { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const collect = (d: Buffer): void => {
        output += d.toString();
        if (opts.log) process.stderr.write(d);
    };
    child.stdout?.on("data", collect);
    child.stderr?.on("data", collect);
    const exited = exitOf(child);

    const cleanup = async (): Promise<void> => {
        if (child.exitCode === null && child.signalCode === null) {
            child.kill("SIGTERM");
            await exited;
        }
        fs.rmSync(xdg, { recursive: true, force: true });
    };

    // Ready = manifests.json answers 200: ws serves only after the bridge's init.
    const t0 = Date.now();
    for (;;) {
        if (child.exitCode !== null || child.signalCode !== null) {
            await cleanup();
            throw new Error(`cockpit-ws exited early (code ${child.exitCode}, signal ${child.signalCode}):\n${output}`);
        }
        if (await httpStatus(`${baseUrl}/cockpit/@localhost/manifests.json`) === 200) break;
        if (Date.now() - t0 > 10_000) {
            await cleanup();
            throw new Error(`cockpit-ws not ready after 10 s:\n${output}`);
        }
        await new Promise((r) => setTimeout(r, 20));
    }

    let ka: Keepalive;
    try {
        ka = await openKeepalive(baseUrl);
    } catch (e) {
        await cleanup();
        throw e;
    }

    return {
        baseUrl,
        port,
        pid: child.pid ?? 0,
        csrfToken: ka.csrfToken,
        pluginUrl: (pkg, file = "index.html") => `${baseUrl}/cockpit/@localhost/${pkg}/${file}`,
        channelUrl: (opts) => channelUrl(baseUrl, ka.csrfToken, opts),
        output: () => output,
        async stop() {
            ka.socket.destroy();
            await cleanup();
        },
    };
}
