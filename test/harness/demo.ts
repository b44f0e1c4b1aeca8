// `make demo`: the built plugin in a real Cockpit on http://127.0.0.1:9090/foundry, backed by the
// composer stand-in on the real socket paths (demo data, 60 s builds, state kept in
// /var/tmp/foundry-demo across runs). Runs until Ctrl-C, then stops both.
import fs from "node:fs";
import path from "node:path";
import { portInUse } from "./cockpit";
import { REPO_ROOT } from "./sim";
import { startStack } from "./stack";

const DEMO_DIR = "/var/tmp/foundry-demo";
const PORT = 9090;

async function main(): Promise<void> {
    if (await portInUse(PORT)) {
        throw new Error(`127.0.0.1:${PORT} is already in use (another Cockpit or demo?)`);
    }
    fs.mkdirSync(DEMO_DIR, { recursive: true });
    const stack = await startStack({
        dist: path.join(REPO_ROOT, "dist"),
        port: PORT,
        sim: {
            seed: "demo",
            buildSeconds: 60,
            state: path.join(DEMO_DIR, "state.json"),
            logFile: path.join(DEMO_DIR, "composer-sim.log"),
        },
    });

    let stopping = false;
    const stop = async (): Promise<void> => {
        if (stopping) return;
        stopping = true;
        process.stdout.write("\nstopping…\n");
        await stack.stop();
        process.exit(0);
    };
    process.on("SIGINT", () => void stop());
    process.on("SIGTERM", () => void stop());

    const { sim, cockpit } = stack;
    console.log(`composer stand-in: ${sim.weldrSocket}, ${sim.cloudSocket} (state ${sim.state}, log ${sim.logFile})`);
    console.log(`Image Builder demo: ${cockpit.baseUrl}/foundry`);
    console.log("Ctrl-C stops it.");
}

main().catch((e: unknown) => {
    console.error(`make demo: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
});
