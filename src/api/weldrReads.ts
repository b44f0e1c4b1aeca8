// The Weldr reads the page the plugin opens on needs first (composer's status, the blueprint
// names, a page of their details, one blueprint), as startup reads (startupRead.ts): begun by
// src/startup.ts before the app's own code runs, taken by the RTK Query endpoints (weldr.ts,
// weldrBlueprints.ts). Free of RTK Query and React, so that the start-up module stays small.
import { BLUEPRINT_NAME_PATTERN } from "../model/blueprint";
import { startupRead } from "./startupRead";
import { type Result, weldr } from "./transport";
import { STATUS, V1 } from "./weldrPaths";
import { type BlueprintInfo, type WeldrStatus, decodeBlueprintNames, decodeBlueprintsInfo, decodeStatus } from "./weldrTypes";

/** the status, startable before the first render asks for it (app/startupReads.ts) */
export const statusRead = startupRead<void, Result<WeldrStatus>>(() => weldr.json({ path: STATUS }, decodeStatus), () => "");

/** names per blueprints/info request: few requests, URLs well under any limit */
export const INFO_BATCH = 100;
const NAMES_PAGE = 1000;

async function allBlueprintNames(): Promise<Result<string[]>> {
    const first = await weldr.json({ path: `${V1}/blueprints/list`, params: { offset: 0, limit: NAMES_PAGE } }, decodeBlueprintNames);
    if (first.error)
        return first;
    const offsets: number[] = [];
    for (let offset = NAMES_PAGE; offset < first.data.total; offset += NAMES_PAGE)
        offsets.push(offset);
    const rest = await Promise.all(offsets.map(offset =>
        weldr.json({ path: `${V1}/blueprints/list`, params: { offset, limit: NAMES_PAGE } }, decodeBlueprintNames)));
    const names = [...first.data.blueprints];
    for (const page of rest) {
        if (page.error)
            return page;
        names.push(...page.data.blueprints);
    }
    return { data: names };
}

/**
 * blueprints/info for many names, INFO_BATCH names a request, all batches at once. A name composer
 * refuses in a path is not asked for: its 400 would lose the details of the whole batch.
 */
async function blueprintsInfo(names: string[]): Promise<Result<BlueprintInfo[]>> {
    const readable = names.filter(name => BLUEPRINT_NAME_PATTERN.test(name));
    const batches: string[][] = [];
    for (let i = 0; i < readable.length; i += INFO_BATCH)
        batches.push(readable.slice(i, i + INFO_BATCH));
    const replies = await Promise.all(batches.map(batch =>
        weldr.json({ path: `${V1}/blueprints/info/${batch.join(",")}` }, decodeBlueprintsInfo)));
    const infos: BlueprintInfo[] = [];
    for (const reply of replies) {
        if (reply.error)
            return reply;
        infos.push(...reply.data.blueprints);
    }
    return { data: infos };
}

async function oneBlueprint(name: string): Promise<Result<BlueprintInfo>> {
    // big: one blueprint can be hundreds of kB (thousands of packages, users with keys, files)
    const reply = await weldr.json({ path: `${V1}/blueprints/info/${name}`, big: true }, decodeBlueprintsInfo);
    if (reply.error)
        return reply;
    const info = reply.data.blueprints.find(b => b.blueprint.name === name);
    if (!info)
        return { error: { kind: "not-found", api: "weldr", message: `Unknown blueprint name: ${name}` } };
    return { data: info };
}

/** the reads the first page needs, startable before the service gate has its answer (app/startupReads.ts) */
export const blueprintNamesRead = startupRead<void, Result<string[]>>(allBlueprintNames, () => "");
export const blueprintsInfoRead = startupRead(blueprintsInfo, names => JSON.stringify(names));
export const blueprintRead = startupRead(oneBlueprint, name => name);
