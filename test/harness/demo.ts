// `make demo`: the built plugin in a real Cockpit on http://127.0.0.1:9090/foundry, backed by the
// composer stand-in on the real socket paths (demo data, 60 s builds, state kept in
// /var/tmp/foundry-demo across runs). Runs until Ctrl-C, then stops both.
import fs from "node:fs";
import path from "node:path";
import { portInUse, startCockpit, type Cockpit } from "./cockpit";
import { REPO_ROOT, assertSocketsFree, simConfig, simEnv, startSim, stopSim } from "./sim";

const DEMO_DIR = "/var/tmp/foundry-demo";
const PORT = 9090;

async function main(): Promise<void> {
    const dist = path.join(REPO_ROOT, "dist");
    if (!fs.existsSync(path.join(dist, "manifest.json"))) {
        throw new Error(`${dist}/manifest.json is missing: build first (\`make\`)`);
    }
    if (await portInUse(PORT)) {
        throw new Error(`127.0.0.1:${PORT} is already in use (another Cockpit or demo?)`);
    }
    fs.mkdirSync(DEMO_DIR, { recursive: true });
    const sim = simConfig({
        seed: "demo",
        buildSeconds: 60,
        state: path.join(DEMO_DIR, "state.json"),
        logFile: path.join(DEMO_DIR, "composer-sim.log"),
    });
    await assertSocketsFree(sim);
    await startSim(sim);

    let cockpit: Cockpit;
    try {
        cockpit = await startCockpit({ plugins: { foundry: dist }, env: simEnv(sim), port: PORT });
    } catch (e) {
        await stopSim(sim.pidFile);
        throw e;
    }

    let stopping = false;
    const stop = async (): Promise<void> => {
        if (stopping) return;
        stopping = true;
        process.stdout.write("\nstopping…\n");
        await cockpit.stop();
        // whoever started the stand-in last (us, or systemctl through the plugin)
        await stopSim(sim.pidFile);
        process.exit(0);
    };
    process.on("SIGINT", () => void stop());
    process.on("SIGTERM", () => void stop());

    console.log(`composer stand-in: ${sim.weldrSocket}, ${sim.cloudSocket} (state ${sim.state}, log ${sim.logFile})`);
    console.log(`Image Builder demo: ${cockpit.baseUrl}/foundry`);
    console.log("Ctrl-C stops it.");
}

main().catch((e: unknown) => {
    console.error(`make demo: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
});
