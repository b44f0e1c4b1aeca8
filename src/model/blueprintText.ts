// Blueprints as TOML and JSON text, in and out: parse errors with line and column, a
// check that the result is shaped like a blueprint, and readable output (reference §2).
// Nothing is dropped but what TOML cannot hold (null). Pure.
import { parse as parseToml, stringify as stringifyToml, TomlError } from "smol-toml";

import type { Blueprint } from "./blueprint";
import { blueprintShapeError, type ShapeExpectation } from "./blueprintShape";
import { defineKey, inSchemaOrder } from "./blueprintKeyOrder";
import { jsonErrorOffset, positionAt } from "./jsonErrorPosition";
import { type Path, pathText } from "./objectPath";

export type BlueprintFormat = "toml" | "json";

export interface BlueprintTextError {
    /** "syntax": the text does not parse; "shape": it parses, but not into a blueprint */
    kind: "syntax" | "shape";
    /** syntax: the parser's own words; shape: an English sentence built from path and expected */
    message: string;
    /** 1-based; for shape errors the line of the offending key when it can be found, else 1 */
    line: number;
    column: number;
    /** shape errors: where in the parsed value, and what was expected there */
    path?: Path;
    expected?: ShapeExpectation;
}

export type BlueprintParseResult = { blueprint: Blueprint } | { error: BlueprintTextError };

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Where the last named key of path is written, roughly: good enough to put a cursor there */
function locateKey(text: string, path: Path, format: BlueprintFormat): { line: number; column: number } {
    const key = [...path].reverse().find(k => typeof k === "string");
    if (key === undefined)
        return { line: 1, column: 1 };
    const k = escapeRegExp(String(key));
    const pattern = format === "json"
        ? new RegExp(`"${k}"\\s*:`)
        : new RegExp(`^[ \\t]*(?:\\[\\[?[^\\]\\n]*\\b${k}\\]\\]?|["']?${k}["']?[ \\t]*=)`, "m");
    const match = pattern.exec(text);
    if (!match)
        return { line: 1, column: 1 };
    const offset = match.index + match[0].length - match[0].trimStart().length;
    return positionAt(text, offset);
}

/** Deeper than any blueprint needs, and shallow enough for TOML output and the editor's recursion */
export const MAX_BLUEPRINT_DEPTH = 100;

/** Whether value nests objects and arrays deeper than max (walked with a queue, not recursion) */
function nestsDeeperThan(value: unknown, max: number): boolean {
    let level: unknown[] = [value];
    for (let depth = 0; level.length > 0; depth++) {
        if (depth > max)
            return true;
        const next: unknown[] = [];
        for (const node of level) {
            if (typeof node === "object" && node !== null)
                next.push(...Object.values(node));
        }
        level = next;
    }
    return false;
}

/** Offset of the bracket that opens level max + 1 in the text (strings skipped), roughly; 0 if none is found */
function deepOffset(text: string, max: number): number {
    let depth = 0;
    let quote: string | null = null;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quote !== null) {
            if (c === "\\" && quote === "\"")
                i++;
            else if (c === quote)
                quote = null;
        } else if (c === "\"" || c === "'") {
            quote = c;
        } else if (c === "[" || c === "{") {
            if (++depth > max)
                return i;
        } else if (c === "]" || c === "}") {
            depth--;
        }
    }
    return 0;
}

function checkShape(value: unknown, text: string, format: BlueprintFormat): BlueprintParseResult {
    if (nestsDeeperThan(value, MAX_BLUEPRINT_DEPTH)) {
        const where = positionAt(text, deepOffset(text, MAX_BLUEPRINT_DEPTH));
        return { error: { kind: "syntax", message: `nested more than ${MAX_BLUEPRINT_DEPTH} levels deep`, ...where } };
    }
    const shape = blueprintShapeError(value);
    if (shape === null)
        return { blueprint: value as Blueprint };
    const where = shape.path.length === 0 ? "The blueprint" : pathText(shape.path);
    return {
        error: {
            kind: "shape",
            message: `${where} must be a ${shape.expected}`,
            ...locateKey(text, shape.path, format),
            path: shape.path,
            expected: shape.expected,
        },
    };
}

/** smol-toml's tables have no prototype; the rest of the code (and deep equality) expects plain objects */
function plainObjects(value: unknown): unknown {
    if (Array.isArray(value))
        return value.map(plainObjects);
    if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === null) {
        const result: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(value))
            defineKey(result, key, plainObjects(child));
        return result;
    }
    return value;
}

export function parseBlueprintToml(text: string): BlueprintParseResult {
    let value: unknown;
    try {
        value = plainObjects(parseToml(text));
    } catch (e) {
        if (e instanceof TomlError) {
            // the message ends with a code excerpt; line and column say the same
            const message = e.message.split("\n\n")[0].replace(/^Invalid TOML document: /, "");
            return { error: { kind: "syntax", message, line: e.line, column: e.column } };
        }
        throw e;
    }
    return checkShape(value, text, "toml");
}

/** The engine's message without its excerpt of the text, which can be long */
function jsonMessage(error: SyntaxError): string {
    // V8 quotes the text around the error, shortened with "..." on either side when long
    return error.message.replace(/,\s*(?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, "").replace(/\s+in JSON at position \d+.*$/s, "");
}

export function parseBlueprintJson(text: string): BlueprintParseResult {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (e) {
        if (!(e instanceof SyntaxError))
            throw e;
        const offset = jsonErrorOffset(text) ?? 0;
        return { error: { kind: "syntax", message: jsonMessage(e), ...positionAt(text, offset) } };
    }
    return checkShape(value, text, "json");
}

/** TOML for blueprints/new or a download: keys in the schema's order; null values left out */
export function blueprintToToml(blueprint: Blueprint): string {
    return stringifyToml(inSchemaOrder(blueprint, true));
}

/** JSON with two-space indentation and the schema's key order */
export function blueprintToJson(blueprint: Blueprint): string {
    return JSON.stringify(inSchemaOrder(blueprint), null, 2) + "\n";
}

/** TOML or JSON: by the file name's extension, else by whether the text starts with "{" */
export function detectBlueprintFormat(text: string, filename?: string): BlueprintFormat {
    const extension = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
    if (extension === "json")
        return "json";
    if (extension === "toml")
        return "toml";
    return text.trimStart().startsWith("{") ? "json" : "toml";
}

/** A blueprint from an imported file or a paste, with the format it was read as */
export function importBlueprint(text: string, filename?: string): BlueprintParseResult & { format: BlueprintFormat } {
    const format = detectBlueprintFormat(text, filename);
    const result = format === "json" ? parseBlueprintJson(text) : parseBlueprintToml(text);
    return { ...result, format };
}

/** A file name for an export: the blueprint's name (already file-safe) and the extension */
export function blueprintFileName(blueprint: Blueprint, format: BlueprintFormat): string {
    const base = blueprint.name.replace(/[^a-zA-Z0-9._-]/g, "_") || "blueprint";
    return `${base}.${format}`;
}
