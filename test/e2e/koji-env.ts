// Helpers for the inspector and Koji specs: the fake Koji hub and web of this run, and the
// user's settings file (the bridge runs as this same user), kept and put back around a spec.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { SimConfig } from "../harness/sim";

export const SETTINGS = path.join(os.homedir(), ".config/cockpit-foundry/settings.json");
export const KOJI_COMPOSES = path.join(os.homedir(), ".local/share/cockpit-foundry/koji-composes.json");

export function kojiUrls(sim: SimConfig): { hub: string; web: string } {
    if (sim.kojiPort === undefined)
        throw new Error("the stand-in runs without its fake Koji hub (--koji-port): see global-setup.ts");
    return { hub: `http://127.0.0.1:${sim.kojiPort}/kojihub`, web: `http://127.0.0.1:${sim.kojiPort}/koji` };
}

/** Keeps the user's file (default: the settings) as it is now; the returned function puts it back. */
export function keepSettings(file = SETTINGS): () => void {
    const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
    return () => {
        if (before === null)
            fs.rmSync(file, { force: true });
        else
            fs.writeFileSync(file, before);
    };
}

export function writeSettings(value: unknown, file = SETTINGS): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(value));
}

export interface SeededKoji { buildId: number; taskId: number }

/** The demo seed's finished Koji compose, as the fake hub knows it. */
export async function seededKojiBuild(sim: SimConfig, cloud: (m: string, p: string) => Promise<{ json(): unknown }>): Promise<SeededKoji & { statusFile: string; composeStatus: { id: string } }> {
    const list = (await cloud("GET", "/api/image-builder-composer/v2/composes/")).json() as
        { id: string; status: string; koji_status?: { build_id?: number }; image_status?: { upload_status?: { type?: string } } }[];
    // the demo seed's Koji compose (S3 uploads), not one another test started (those upload to AWS)
    const koji = list.find(c => c.status === "success" && c.koji_status?.build_id !== undefined &&
        c.image_status?.upload_status?.type === "aws.s3");
    if (!koji)
        throw new Error("the demo seed has no finished Koji compose");
    const buildId = koji.koji_status!.build_id!;
    const { hub, web } = kojiUrls(sim);
    const xml = `<?xml version="1.0"?><methodCall><methodName>getBuild</methodName><params><param><value><int>${buildId}</int></value></param></params></methodCall>`;
    const build = await (await fetch(hub, { method: "POST", body: xml })).text();
    const taskId = Number(/<name>task_id<\/name>\s*<value><int>(\d+)<\/int>/.exec(build)?.[1]);
    const statusFile = await (await fetch(`${web}/getfile?taskID=${taskId}&name=compose-status.json`)).text();
    return { buildId, taskId, statusFile, composeStatus: koji };
}
