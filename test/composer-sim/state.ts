// The stand-in's state: create, load and save (atomically) as JSON, and the
// blueprint store operations of osbuild-composer's Weldr store (push with
// version bump, workspace, tag, delete, history).

import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

import { bumpPatch, deepCopy, initializeBlueprint, isRecord, type Result } from "./blueprint";
import type { Blueprint, BlueprintCommit, BlueprintEntry, SimState } from "./model";

export function createState(): SimState {
    return { blueprints: {}, sources: {}, composes: {} };
}

/** Reads a state file; undefined when it is absent or empty. Throws on bad JSON. */
export function loadState(file: string): SimState | undefined {
    let text: string;
    try {
        text = fs.readFileSync(file, "utf8");
    } catch (err) {
        if (isRecord(err) && err.code === "ENOENT")
            return undefined;
        throw err;
    }
    if (text.trim() === "")
        return undefined;
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw))
        throw new Error(`${file}: not a stand-in state (expected a JSON object)`);
    const state = createState();
    if (isRecord(raw.blueprints))
        state.blueprints = raw.blueprints as SimState["blueprints"];
    if (isRecord(raw.sources))
        state.sources = raw.sources as SimState["sources"];
    if (isRecord(raw.composes))
        state.composes = raw.composes as SimState["composes"];
    return state;
}

/** Writes the state to `file` atomically (temp file + rename). */
export function saveState(file: string, state: SimState): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state), { mode: 0o600 });
    fs.renameSync(tmp, file);
}

/** A random commit id: 40 hex characters, like the store's random SHA-1. */
export function randomCommit(): string {
    return randomBytes(20).toString("hex");
}

/** Go's time.Now().Format("2006-01-02T15:04:05Z") (UTC here). */
export function commitTimestamp(date = new Date()): string {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The committed blueprint of an entry (undefined: none, or deleted). */
export function committedBlueprint(entry: BlueprintEntry | undefined): Blueprint | undefined {
    if (!entry || entry.committed === null)
        return undefined;
    return entry.committed ?? entry.commits[0]?.blueprint ?? undefined;
}

/** `GetBlueprint`: the workspace copy if there is one, else the committed one. */
export function currentBlueprint(entry: BlueprintEntry | undefined): { blueprint: Blueprint; changed: boolean } | undefined {
    if (entry?.workspace)
        return { blueprint: entry.workspace, changed: true };
    const committed = committedBlueprint(entry);
    return committed ? { blueprint: committed, changed: false } : undefined;
}

/** Sorted names of the committed blueprints. */
export function listBlueprints(state: SimState): string[] {
    return Object.keys(state.blueprints).filter(n => committedBlueprint(state.blueprints[n])).sort();
}

function entryFor(state: SimState, name: string): BlueprintEntry {
    let entry = state.blueprints[name];
    if (!entry) {
        entry = { commits: [], workspace: null };
        state.blueprints[name] = entry;
    }
    return entry;
}

/**
 * `store.PushBlueprint`: Initialize(), new commit (holding the blueprint as pushed),
 * drop the workspace copy, bump the patch version when the pushed version is ""
 * or equal to the committed one. `message` defaults to the blueprints/new text,
 * built from the posted version.
 */
export function commitBlueprint(state: SimState, posted: Blueprint, message?: string, when = new Date()): Result<BlueprintCommit> {
    const init = initializeBlueprint(posted);
    if (init.error !== undefined)
        return { error: init.error };
    const bp = init.ok;
    const entry = entryFor(state, bp.name);
    const old = committedBlueprint(entry);
    const commit: BlueprintCommit = {
        commit: randomCommit(),
        message: message ?? `Recipe ${bp.name}, version ${posted.version ?? ""} saved.`,
        timestamp: commitTimestamp(when),
        revision: null,
        blueprint: deepCopy(bp),
    };
    const committed = deepCopy(bp);
    if (old && (!posted.version || posted.version === old.version || bp.version === old.version))
        committed.version = bumpPatch(old.version, committed.version);
    entry.commits.unshift(commit);
    entry.workspace = null;
    entry.committed = committed;
    return { ok: commit };
}

/** `store.PushBlueprintToWorkspace`: Initialize() and keep as the workspace copy. */
export function saveWorkspace(state: SimState, posted: Blueprint): Result<Blueprint> {
    const init = initializeBlueprint(posted);
    if (init.error !== undefined)
        return { error: init.error };
    entryFor(state, init.ok.name).workspace = init.ok;
    return { ok: init.ok };
}

/** `DeleteBlueprint`: workspace copy always goes; the history stays, as upstream. */
export function deleteBlueprint(state: SimState, name: string): Result<true> {
    const entry = state.blueprints[name];
    if (entry)
        entry.workspace = null;
    if (!committedBlueprint(entry))
        return { error: `Unknown blueprint: ${name}` };
    entry.committed = null;
    return { ok: true };
}

export function deleteWorkspace(state: SimState, name: string): Result<true> {
    const entry = state.blueprints[name];
    if (!entry?.workspace)
        return { error: `Unknown blueprint: ${name}` };
    entry.workspace = null;
    return { ok: true };
}

/** `TagBlueprint`: gives the newest commit the next revision number (no-op if it has one). */
export function tagBlueprint(state: SimState, name: string): Result<true> {
    const entry = state.blueprints[name];
    if (!committedBlueprint(entry))
        return { error: "Unknown blueprint" };
    const newest = entry.commits[0];
    if (!newest)
        return { error: "No commits for blueprint" };
    if (newest.revision !== null)
        return { ok: true };
    const last = entry.commits.find(c => c.revision !== null && c.revision > 0);
    newest.revision = (last?.revision ?? 0) + 1;
    return { ok: true };
}

/** `GetBlueprintChange`: the commit, or the store's error text. */
export function findCommit(state: SimState, name: string, commit: string): Result<BlueprintCommit> {
    const entry = state.blueprints[name];
    if (!entry || entry.commits.length === 0)
        return { error: "Unknown blueprint" };
    const found = entry.commits.find(c => c.commit === commit);
    return found ? { ok: found } : { error: "Unknown commit" };
}

/**
 * What a composer restart does to the history: every commit but the newest
 * loses its blueprint content (undo/change then fail with "no blueprint found").
 */
export function forgetHistory(state: SimState): void {
    for (const entry of Object.values(state.blueprints)) {
        if (entry.commits.length > 0 && entry.committed === undefined && entry.commits[0].blueprint)
            entry.committed = deepCopy(entry.commits[0].blueprint);
        entry.commits.forEach((c, i) => {
            if (i > 0)
                c.blueprint = null;
        });
    }
}
