// The reviewer's inspector: a pasted koji-osbuild `compose-status.json` (reference §4.1) or a
// Cloud `ComposeStatus` (§3.3) read into one summary. Bad input gets an error that says what is
// wrong and where: JSON syntax with line and column, a wrong type at a JSON path. Pure.
import { type ComposeError, normalizeError } from "./errorTree";
import { locateSyntaxError, positionAt } from "./jsonErrorPosition";
import { type Location, locationsFromImageStatus } from "./locations";

const N_ = (message: string): string => message;

/** Largest input read (UTF-8 bytes), checked before parsing. */
export const MAX_INSPECT_BYTES = 10 * 1024 * 1024;

export interface InspectedImage {
    status: string;
    locations: Location[];
    error?: ComposeError;
    progress?: { done: number; total: number };
}

export interface InspectedCompose {
    source: "koji-osbuild" | "cloud";
    /** the compose id (Cloud only) */
    id?: string;
    status: string;
    kojiBuildId?: number;
    kojiTaskId?: number;
    images: InspectedImage[];
}

export interface InspectError {
    code: "empty" | "too-large" | "json-syntax" | "missing" | "wrong-type" | "unrecognized";
    /** msgid with format() placeholders $0, $1, … filled from args */
    message: string;
    args: string[];
    /** msgid of the syntax problem, for json-syntax */
    detail?: string;
    /** JSON path of the value, e.g. `$.image_statuses[0].status` */
    path?: string;
    line?: number;
    column?: number;
}

export type InspectResult = { ok: true; compose: InspectedCompose } | { ok: false; error: InspectError };

class Invalid extends Error {
    constructor(readonly error: InspectError) {
        super(error.message);
    }
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        } else
            bytes += 3;
    }
    return bytes;
}

/** The error for a file of `size` bytes, when it is too large to read; else null. */
export function tooLargeError(size: number): InspectError | null {
    if (size <= MAX_INSPECT_BYTES)
        return null;
    return { code: "too-large", message: N_("The file is $0 MB; at most $1 MB can be inspected."), args: [(size / 1048576).toFixed(1), String(MAX_INSPECT_BYTES / 1048576)] };
}

/** Reads pasted or opened text. */
export function inspectComposeText(text: string): InspectResult {
    const large = text.length > MAX_INSPECT_BYTES ? tooLargeError(text.length) : tooLargeError(utf8Length(text));
    if (large)
        return { ok: false, error: large };
    if (text.trim() === "")
        return { ok: false, error: { code: "empty", message: N_("There is nothing to inspect: paste a compose-status.json or a ComposeStatus."), args: [] } };
    let value: unknown;
    try {
        value = JSON.parse(text.replace(/^\ufeff/, ""));
    } catch {
        return { ok: false, error: syntaxError(text.replace(/^\ufeff/, "")) };
    }
    return inspectComposeValue(value);
}

/** Reads a parsed value. */
export function inspectComposeValue(value: unknown): InspectResult {
    try {
        return { ok: true, compose: readCompose(value) };
    } catch (e) {
        if (e instanceof Invalid)
            return { ok: false, error: e.error };
        throw e;
    }
}

// ---- structure ----

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

const typeName = (value: unknown): string =>
    value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;

export function jsonPath(path: (string | number)[]): string {
    return "$" + path.map(p => typeof p === "number" ? `[${p}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`).join("");
}

function fail(code: "missing" | "wrong-type", path: (string | number)[], expected: string, value?: unknown): never {
    const where = jsonPath(path);
    if (code === "missing")
        throw new Invalid({ code, path: where, message: N_("$0 is missing; it should be $1."), args: [where, expected] });
    throw new Invalid({ code, path: where, message: N_("$0 should be $1, not $2."), args: [where, expected, typeName(value)] });
}

function field(obj: Record<string, unknown>, key: string, path: (string | number)[], expected: "string" | "object" | "array", required: boolean): unknown {
    const value = obj[key];
    if (value === undefined) {
        if (required)
            fail("missing", [...path, key], expected);
        return undefined;
    }
    const ok = expected === "string" ? typeof value === "string" : expected === "array" ? Array.isArray(value) : isRecord(value);
    if (!ok)
        fail("wrong-type", [...path, key], expected === "string" ? "a string" : expected === "array" ? "a list" : "an object", value);
    return value;
}

function kojiIdField(obj: Record<string, unknown>, key: string, path: (string | number)[]): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0)
        fail("wrong-type", [...path, key], "a whole number or null", value);
    return value > 0 ? value : undefined;
}

function readImage(image: unknown, path: (string | number)[]): InspectedImage {
    if (!isRecord(image))
        fail("wrong-type", path, "an object", image);
    const result: InspectedImage = { status: field(image, "status", path, "string", true) as string, locations: locationsFromImageStatus(image) };
    const error = normalizeError(image.error);
    if (error)
        result.error = error;
    const p = image.progress;
    if (isRecord(p) && Number.isSafeInteger(p.done) && Number.isSafeInteger(p.total))
        result.progress = { done: p.done as number, total: p.total as number };
    return result;
}

function readCompose(value: unknown): InspectedCompose {
    if (!isRecord(value))
        fail("wrong-type", [], "an object", value);
    const cloud = "image_status" in value || value.kind === "ComposeStatus";
    const koji = "image_statuses" in value || "koji_build_id" in value || "koji_task_id" in value;
    if (!cloud && !koji)
        throw new Invalid({
            code: "unrecognized", path: "$", args: [],
            message: N_("This is neither a koji-osbuild compose-status.json (it has image_statuses) nor a Cloud API ComposeStatus (it has image_status)."),
        });
    const status = field(value, "status", [], "string", true) as string;
    if (!cloud) {
        const images = field(value, "image_statuses", [], "array", true) as unknown[];
        const compose: InspectedCompose = { source: "koji-osbuild", status, images: images.map((im, i) => readImage(im, ["image_statuses", i])) };
        const buildId = kojiIdField(value, "koji_build_id", []);
        const taskId = kojiIdField(value, "koji_task_id", []);
        if (buildId !== undefined)
            compose.kojiBuildId = buildId;
        if (taskId !== undefined)
            compose.kojiTaskId = taskId;
        return compose;
    }
    const first = readImage(field(value, "image_status", [], "object", true), ["image_status"]);
    const all = field(value, "image_statuses", [], "array", false) as unknown[] | undefined;
    const compose: InspectedCompose = {
        source: "cloud", status,
        images: all && all.length > 0 ? all.map((im, i) => readImage(im, ["image_statuses", i])) : [first],
    };
    const id = field(value, "id", [], "string", false) as string | undefined;
    if (id !== undefined)
        compose.id = id;
    const kojiStatus = field(value, "koji_status", [], "object", false) as Record<string, unknown> | undefined;
    const buildId = kojiStatus ? kojiIdField(kojiStatus, "build_id", ["koji_status"]) : undefined;
    if (buildId !== undefined)
        compose.kojiBuildId = buildId;
    return compose;
}

// ---- where JSON.parse failed (its messages differ between engines and often lack a position) ----

function syntaxError(text: string): InspectError {
    const { offset, detail } = locateSyntaxError(text);
    const { line, column } = positionAt(text, offset);
    return { code: "json-syntax", message: N_("The text is not valid JSON: line $0, column $1."), args: [String(line), String(column)], detail, line, column };
}
