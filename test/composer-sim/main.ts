// composer-sim command line: serves the Weldr and Cloud APIs on unix sockets
// until SIGTERM/SIGINT. See README.md for the flags.

import { startKojiHub, type RunningKojiHub } from "./koji-hub";
import { seedBulk } from "./seed";
import { startSim, type SimOptions } from "./server";
import { createState } from "./state";

const USAGE = `usage: composer-sim [--weldr-socket PATH] [--cloud-socket PATH] [--state FILE]
                    [--seed demo|empty|bulk:B:F:R] [--build-seconds N] [--record FILE]
                    [--artifacts DIR] [--host-distro NAME] [--host-arch ARCH]
                    [--koji-port N] [--control-socket PATH]`;

const FLAGS = ["weldr-socket", "cloud-socket", "state", "seed", "build-seconds", "record", "artifacts", "host-distro", "host-arch", "koji-port", "control-socket"];

function parseArgs(argv: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === "-h" || arg === "--help") {
            process.stdout.write(`${USAGE}\n`);
            process.exit(0);
        }
        const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
        if (!m || !FLAGS.includes(m[1]))
            throw new Error(`unknown argument: ${arg}\n${USAGE}`);
        const value = m[2] ?? argv[++i];
        if (value === undefined)
            throw new Error(`--${m[1]} needs a value`);
        out[m[1]] = value;
    }
    return out;
}

/** `bulk:<blueprints>:<finished>:<running>` (benchmarks): a fresh state from seedBulk */
function bulkState(seed: string): SimOptions["state"] {
    const m = /^bulk:(\d+):(\d+):(\d+)$/.exec(seed);
    if (!m)
        return undefined;
    const state = createState();
    seedBulk(state, { blueprints: Number(m[1]), finishedComposes: Number(m[2]), runningComposes: Number(m[3]) });
    return state;
}

function options(args: Record<string, string>): SimOptions {
    let seed = args.seed ?? "empty";
    const bulk = bulkState(seed);
    if (bulk)
        seed = "empty";
    if (seed !== "demo" && seed !== "empty")
        throw new Error(`--seed must be demo, empty or bulk:<blueprints>:<finished>:<running>, not ${seed}`);
    const buildSeconds = Number(args["build-seconds"] ?? "10");
    if (!Number.isFinite(buildSeconds) || buildSeconds < 0)
        throw new Error(`--build-seconds must be a number >= 0, not ${args["build-seconds"]}`);
    return {
        weldrSocket: args["weldr-socket"] ?? "/run/weldr/api.socket",
        cloudSocket: args["cloud-socket"] ?? "/run/cloudapi/api.socket",
        stateFile: args.state,
        seed,
        ...(bulk ? { state: bulk } : {}),
        buildSeconds,
        recordFile: args.record,
        artifactsDir: args.artifacts,
        hostDistro: args["host-distro"] ?? "fedora-43",
        hostArch: args["host-arch"] ?? "x86_64",
        controlSocket: args["control-socket"],
    };
}

async function main(): Promise<void> {
    let opts: SimOptions;
    let kojiPort: number | undefined;
    try {
        const args = parseArgs(process.argv.slice(2));
        opts = options(args);
        kojiPort = args["koji-port"] === undefined ? undefined : Number(args["koji-port"]);
        if (kojiPort !== undefined && !(Number.isInteger(kojiPort) && kojiPort >= 0 && kojiPort < 65536))
            throw new Error(`--koji-port must be a port number, not ${args["koji-port"]}`);
    } catch (err) {
        process.stderr.write(`composer-sim: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(2);
    }
    let sim;
    let koji: RunningKojiHub | undefined;
    try {
        sim = await startSim(opts);
        // the fake Koji hub and web (loopback, plain HTTP) read this stand-in's state
        if (kojiPort !== undefined)
            koji = await startKojiHub(sim.ctx, kojiPort);
    } catch (err) {
        process.stderr.write(`composer-sim: cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
    }
    process.stdout.write(`composer-sim ready weldr=${sim.weldrSocket} cloud=${sim.cloudSocket}${koji ? ` koji=${koji.hubUrl}` : ""}${opts.controlSocket ? ` control=${opts.controlSocket}` : ""}\n`);
    let stopping = false;
    const stop = (): void => {
        if (stopping)
            return;
        stopping = true;
        Promise.all([sim.stop(), koji?.stop()]).then(() => process.exit(0), err => {
            process.stderr.write(`composer-sim: stop: ${err instanceof Error ? err.message : String(err)}\n`);
            process.exit(1);
        });
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
}

void main();
