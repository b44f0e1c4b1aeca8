// Lossless by construction (issue 3): load a blueprint (JSON, and TOML), change one field
// through setIn, serialize, load again: the field has its new value and every other field
// is as it was, known to this UI or not.
import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import type { Blueprint } from "./blueprint.ts";
import { isBlueprint } from "./blueprintShape.ts";
import { blueprintToJson, blueprintToToml, parseBlueprintJson, parseBlueprintToml } from "./blueprintText.ts";
import { getIn, type Path, setIn } from "./objectPath.ts";
import { blueprintArbitrary, unknownKey, unknownValue } from "./testing/blueprintArbitrary.ts";

const SEED = Number(process.env.FC_SEED ?? 20261122);
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Runs a property with our seed; on failure the message says the seed and how to replay it */
function check<T>(arbitrary: fc.Arbitrary<T>, predicate: (value: T) => void): void {
    try {
        fc.assert(fc.property(arbitrary, predicate), { seed: SEED, numRuns: RUNS });
    } catch (e) {
        throw new Error(`lossless property failed with seed ${SEED} (replay: FC_SEED=${SEED}):\n${(e as Error).message}`);
    }
}

type Format = "json" | "toml";

function load(text: string, format: Format): Blueprint {
    const result = format === "json" ? parseBlueprintJson(text) : parseBlueprintToml(text);
    if ("error" in result)
        throw new Error(`${format} did not load (${result.error.line}:${result.error.column}): ${result.error.message}\n${text}`);
    return result.blueprint;
}

const save = (bp: Blueprint, format: Format) => format === "json" ? blueprintToJson(bp) : blueprintToToml(bp);

/** Every path in a value: to tables, lists and plain values */
function allPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
    out.push(path);
    if (Array.isArray(value))
        value.forEach((item, i) => allPaths(item, [...path, i], out));
    else if (typeof value === "object" && value !== null)
        Object.entries(value).forEach(([key, child]) => allPaths(child, [...path, key], out));
    return out;
}

/** Paths the editor's sections write to, whether or not the blueprint has them yet */
const EDITOR_PATHS: Path[] = [
    ["description"], ["version"], ["customizations", "hostname"], ["customizations", "kernel", "append"],
    ["customizations", "user", 0, "uid"], ["customizations", "user", 0, "groups"], ["customizations", "timezone", "timezone"],
    ["customizations", "disk", "partitions", 0, "minsize"], ["customizations", "firewall", "ports"], ["customizations", "fips"],
    ["customizations", "filesystem", 0, "minsize"], ["customizations", "services", "enabled"], ["packages", 0, "version"],
];

interface Edit {
    choice: number;
    how: "replace" | "add-key" | "append" | "remove" | "editor-path";
    key: string;
    value: unknown;
}

const editArbitrary: fc.Arbitrary<Edit> = fc.record({
    choice: fc.nat(),
    how: fc.constantFrom("replace", "add-key", "append", "remove", "editor-path"),
    key: unknownKey,
    value: unknownValue,
});

/** The one path an edit changes, chosen so that putting the old value back restores the original exactly */
function editPath(bp: Blueprint, edit: Edit): Path | null {
    const paths = allPaths(bp).slice(1);
    const containers = allPaths(bp).filter(p => { const v = getIn(bp, p); return typeof v === "object" && v !== null; });
    if (edit.how === "replace")
        return paths.length ? paths[edit.choice % paths.length] : null;
    if (edit.how === "remove") {
        // keys of tables only: removing a list element shifts the others, which is a different edit
        const keys = paths.filter(p => typeof p[p.length - 1] === "string" && !(p.length === 1 && p[0] === "name"));
        return keys.length ? keys[edit.choice % keys.length] : null;
    }
    if (edit.how === "editor-path") {
        const usable = EDITOR_PATHS.filter(p => {
            const parent = getIn(bp, p.slice(0, -1));
            const last = p[p.length - 1];
            return typeof parent === "object" && parent !== null &&
                (typeof last === "string" ? !Array.isArray(parent) : Array.isArray(parent) && last <= parent.length);
        });
        return usable.length ? usable[edit.choice % usable.length] : null;
    }
    const tables = containers.filter(p => !Array.isArray(getIn(bp, p)));
    const lists = containers.filter(p => Array.isArray(getIn(bp, p)));
    if (edit.how === "add-key")
        return [...tables[edit.choice % tables.length], edit.key];
    return lists.length ? [...lists[edit.choice % lists.length], (getIn(bp, lists[edit.choice % lists.length]) as unknown[]).length] : null;
}

/** How many generated edits were carried out (the others were skipped by fc.pre) */
const carriedOut = { json: 0, toml: 0 };

function roundTrip(format: Format) {
    return ([original, edit]: [Blueprint, Edit]) => {
        const snapshot = JSON.stringify(original);
        const loaded = load(save(original, format), format);
        assert.deepStrictEqual(loaded, original, "loading alone changes nothing");

        const path = editPath(loaded, edit);
        fc.pre(path !== null);
        const p = path as Path;
        const newValue = edit.how === "remove" ? undefined : edit.value;
        const edited = setIn(loaded, p, newValue);
        fc.pre(isBlueprint(edited)); // an edit that makes it no blueprint is refused on load, rightly

        const reloaded = load(save(edited, format), format);
        assert.deepStrictEqual(getIn(reloaded, p), newValue, "the changed field has its new value");
        assert.deepStrictEqual(setIn(reloaded, p, getIn(original, p)), original, "every other field is as it was");
        assert.equal(JSON.stringify(original), snapshot, "setIn changed nothing in place");
        carriedOut[format]++;
    };
}

describe("lossless editing", () => {
    it("keeps every other field through JSON, for generated blueprints with unknown keys everywhere", () => {
        check(fc.tuple(blueprintArbitrary, editArbitrary), roundTrip("json"));
        assert.ok(carriedOut.json >= 200, `only ${carriedOut.json} edits carried out`);
    });

    it("keeps every other field through TOML, for generated blueprints with unknown keys everywhere", () => {
        check(fc.tuple(blueprintArbitrary, editArbitrary), roundTrip("toml"));
        assert.ok(carriedOut.toml >= 200, `only ${carriedOut.toml} edits carried out`);
    });

    it("keeps every field of the JSON text through a TOML round trip (what the raw editor does)", () => {
        check(blueprintArbitrary, bp => {
            assert.deepStrictEqual(load(save(load(blueprintToJson(bp), "json"), "toml"), "toml"), bp);
        });
    });

    it("generates blueprints that have unknown keys at every level", () => {
        const samples = fc.sample(blueprintArbitrary, { seed: SEED, numRuns: 200 });
        const unknownAt = (pattern: RegExp) => samples.some(bp => allPaths(bp).some(p => pattern.test(p.join("/"))));
        assert.ok(unknownAt(/^x-|^future$/), "top");
        assert.ok(unknownAt(/^customizations\/(x-|future)/), "customizations");
        assert.ok(unknownAt(/^customizations\/user\/\d+\/(x-|future)/), "users");
        assert.ok(unknownAt(/^customizations\/disk\/partitions\/\d+\/(x-|future)/), "disk partitions");
        assert.ok(unknownAt(/^customizations\/disk\/partitions\/\d+\/logical_volumes\/\d+\/(x-|future)/), "logical volumes");
    });
});
