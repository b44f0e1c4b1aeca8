// The composer stand-in's fault knobs (test/composer-sim/faults.ts) for the fault scenarios,
// plus the blueprint helpers they share. Every scenario ends with the knobs reset.
import type { Page } from "@playwright/test";

import { simFault, type FaultKnob } from "../harness/sim";
import { expect, pluginFrame, type SimControl } from "./fixtures";

export type Json = Record<string, unknown>;

export function fault(sim: SimControl, knob: FaultKnob, body: object = {}): Promise<unknown> {
    return simFault(sim.config, knob, body);
}

/** after each scenario: no knob stays on, whatever the scenario did (the stand-in may have been restarted) */
export async function resetFaults(sim: SimControl): Promise<void> {
    if (sim.running()) await fault(sim, "reset");
}

export async function pushBlueprint(sim: SimControl, blueprint: Json): Promise<void> {
    const reply = await sim.weldr("POST", "/api/v1/blueprints/new", { body: blueprint });
    expect(reply.status, reply.body).toBe(200);
}

export async function committedBlueprint(sim: SimControl, name: string): Promise<Json> {
    const reply = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: Json[] };
    return reply.blueprints[0];
}

export async function removeBlueprint(sim: SimControl, name: string): Promise<void> {
    await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
}

/** a fresh name per test: composer keeps the history of deleted blueprints */
export function freshName(prefix: string): string {
    return `${prefix}-${Date.now().toString(36)}`;
}

/**
 * Marks the plugin's document; `stillSameDocument` then tells whether it was never reloaded
 * (a reload, of the shell or of the plugin's frame, starts a new document without the mark).
 */
export async function markDocument(page: Page): Promise<() => Promise<boolean>> {
    const frame = await pluginFrame(page);
    await frame.evaluate(() => { (window as unknown as Record<string, unknown>).__foundryFaultMark = true });
    return () => frame.evaluate(() => (window as unknown as Record<string, unknown>).__foundryFaultMark === true);
}
