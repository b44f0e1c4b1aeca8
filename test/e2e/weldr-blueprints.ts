// What composer holds, read and written over the Weldr socket: the specs set blueprints up this
// way and check through it what the UI sent. Also the requests the stand-in recorded (--record).
import fs from "node:fs";

import { expect, type SimControl } from "./fixtures";

export type Json = Record<string, unknown>;

/** one request as the stand-in's --record file keeps it */
export interface Recorded { method: string; path: string; body: string }

export async function pushBlueprint(sim: SimControl, blueprint: Json): Promise<void> {
    const reply = await sim.weldr("POST", "/api/v1/blueprints/new", { body: blueprint });
    expect(reply.status, reply.body.slice(0, 300)).toBe(200);
}

export async function removeBlueprint(sim: SimControl, name: string): Promise<void> {
    await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
}

/** the blueprint as composer gives it (the workspace draft when there is one) */
export async function blueprintInfo<T = Json>(sim: SimControl, name: string): Promise<T> {
    const reply = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: T[] };
    return reply.blueprints[0];
}

/** the blueprint and whether it is a draft not yet saved (`changes[].changed`) */
export async function blueprintState(sim: SimControl, name: string): Promise<{ blueprint: Json; changed: boolean }> {
    const reply = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: Json[]; changes: { changed: boolean }[] };
    return { blueprint: reply.blueprints[0], changed: reply.changes[0]?.changed ?? false };
}

/** every request the stand-in received so far, oldest first */
export function recordedRequests(sim: SimControl): Recorded[] {
    const file = sim.config.record;
    if (!file)
        throw new Error("the stand-in records no requests (global-setup passes --record)");
    return fs.readFileSync(file, "utf8").split("\n").filter(line => line !== "").map(line => JSON.parse(line) as Recorded);
}
