// composer-sim command line: serves the Weldr and Cloud APIs on unix sockets
// until SIGTERM/SIGINT. See README.md for the flags.

import { startKojiHub, type RunningKojiHub } from "./koji-hub";
import { startSim, type SimOptions } from "./server";

const USAGE = `usage: composer-sim [--weldr-socket PATH] [--cloud-socket PATH] [--state FILE]
                    [--seed demo|empty] [--build-seconds N] [--record FILE]
                    [--artifacts DIR] [--host-distro NAME] [--host-arch ARCH]
                    [--koji-port N]`;

const FLAGS = ["weldr-socket", "cloud-socket", "state", "seed", "build-seconds", "record", "artifacts", "host-distro", "host-arch", "koji-port"];

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

function options(args: Record<string, string>): SimOptions {
    const seed = args.seed ?? "empty";
    if (seed !== "demo" && seed !== "empty")
        throw new Error(`--seed must be demo or empty, not ${seed}`);
    const buildSeconds = Number(args["build-seconds"] ?? "10");
    if (!Number.isFinite(buildSeconds) || buildSeconds < 0)
        throw new Error(`--build-seconds must be a number >= 0, not ${args["build-seconds"]}`);
    return {
        weldrSocket: args["weldr-socket"] ?? "/run/weldr/api.socket",
        cloudSocket: args["cloud-socket"] ?? "/run/cloudapi/api.socket",
        stateFile: args.state,
        seed,
        buildSeconds,
        recordFile: args.record,
        artifactsDir: args.artifacts,
        hostDistro: args["host-distro"] ?? "fedora-43",
        hostArch: args["host-arch"] ?? "x86_64",
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
    process.stdout.write(`composer-sim ready weldr=${sim.weldrSocket} cloud=${sim.cloudSocket}${koji ? ` koji=${koji.hubUrl}` : ""}\n`);
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
