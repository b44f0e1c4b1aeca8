// The whole test/demo backend: the composer stand-in on its sockets, then cockpit-ws serving the
// built plugin as "foundry", with the FOUNDRY_SIM_* environment that lets the systemctl stand-in
// restart the same stand-in when the plugin asks. Used by e2e global setup and `make demo`.
import fs from "node:fs";
import path from "node:path";
import { startCockpit, type Cockpit } from "./cockpit";
import { assertSocketsFree, simConfig, simEnv, startSim, stopSim, type SimConfig } from "./sim";

export interface StackOptions {
    /** the built plugin (holds manifest.json) */
    dist: string;
    sim: Partial<SimConfig>;
    /** cockpit-ws port; default a free one */
    port?: number;
}

export interface Stack {
    cockpit: Cockpit;
    sim: SimConfig;
    /** stops cockpit-ws and whichever stand-in runs now (same pid file) */
    stop(): Promise<void>;
}

/** Starts both or neither: on failure, what was started is stopped again. */
export async function startStack(opts: StackOptions): Promise<Stack> {
    if (!fs.existsSync(path.join(opts.dist, "manifest.json"))) {
        throw new Error(`${opts.dist}/manifest.json is missing: build the plugin first (\`make\`)`);
    }
    const sim = simConfig(opts.sim);
    await assertSocketsFree(sim);
    await startSim(sim);
    let cockpit: Cockpit;
    try {
        cockpit = await startCockpit({ plugins: { foundry: opts.dist }, env: simEnv(sim), port: opts.port });
    } catch (e) {
        await stopSim(sim.pidFile);
        throw e;
    }
    return {
        cockpit,
        sim,
        async stop() {
            await cockpit.stop();
            await stopSim(sim.pidFile);
        },
    };
}
