// Reply helpers shared by the Weldr handlers: Go-style JSON encoding, the
// error body, 404/405/501, query parsing (offset/limit, distro, arch, format).

import { isValidDistro } from "./imageTypes";
import type { SimContext, SimReply, SimRequest } from "./model";

export const JSON_TYPE = "application/json; charset=utf-8";
export const NAME_RE = /^[a-zA-Z0-9._-]+$/;

/** What a handler gets: the request, the context, path params and the API version. */
export interface WeldrCall {
    req: SimRequest;
    ctx: SimContext;
    params: Record<string, string>;
    version: number;
}

export type WeldrHandler = (call: WeldrCall) => SimReply | Promise<SimReply>;

/** json.NewEncoder(w).Encode(v): HTML-safe escapes and a trailing newline. */
export function goJSON(value: unknown): string {
    return JSON.stringify(value)
        .replace(/</g, "\\u003c")
        .replace(/>/g, "\\u003e")
        .replace(/&/g, "\\u0026")
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029") + "\n";
}

export function jsonReply(value: unknown, status = 200): SimReply {
    return { status, headers: { "Content-Type": JSON_TYPE }, body: goJSON(value) };
}

/** A text body that still says JSON, as every Weldr reply does. */
export function textReply(text: string, status = 200): SimReply {
    return { status, headers: { "Content-Type": JSON_TYPE }, body: text };
}

export interface ApiError {
    code?: number;
    id: string;
    msg: string;
}

/** statusResponseError: {"status":false,"errors":[…]} (errors omitted when empty). */
export function errorReply(status: number, ...errors: ApiError[]): SimReply {
    return jsonReply(errors.length ? { status: false, errors } : { status: false }, status);
}

export function error400(id: string, msg: string): SimReply {
    return errorReply(400, { id, msg });
}

export function okReply(): SimReply {
    return jsonReply({ status: true });
}

export function notFound(): SimReply {
    return errorReply(404, { code: 404, id: "HTTPError", msg: "Not Found" });
}

/** 405 and 501 carry no body, only the JSON Content-Type set before routing. */
export function emptyReply(status: number, headers: Record<string, string> = {}): SimReply {
    return { status, headers: { "Content-Type": JSON_TYPE, ...headers }, body: "" };
}

export function invalidChars(): SimReply {
    return error400("InvalidChars", "Invalid characters in API path");
}

/** verifyStringsWithRegex: every string non-empty and matching the name regex. */
export function validNames(names: string[]): boolean {
    return names.every(n => n.length > 0 && NAME_RE.test(n));
}

/** The first Content-Type header value, or undefined when the header is missing. */
export function contentType(req: SimRequest): string | undefined {
    const v = req.headers["content-type"];
    return Array.isArray(v) ? v[0] : v;
}

const UINT64_MAX = 18446744073709551615n;

function parseUint(name: string, v: string | null, fallback: number): number | string {
    if (v === null || v === "")
        return fallback;
    if (!/^\d+$/.test(v))
        return `invalid value for '${name}': strconv.ParseUint: parsing ${JSON.stringify(v)}: invalid syntax`;
    const big = BigInt(v);
    if (big > UINT64_MAX)
        return `invalid value for '${name}': strconv.ParseUint: parsing ${JSON.stringify(v)}: value out of range`;
    return big > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(big);
}

/** parseOffsetAndLimit (defaults 0 and 20); a 400 BadLimitOrOffset reply on error. */
export function offsetLimit(query: URLSearchParams): { offset: number; limit: number } | SimReply {
    const offset = parseUint("offset", query.get("offset"), 0);
    if (typeof offset === "string")
        return error400("BadLimitOrOffset", `BadRequest: ${offset}`);
    const limit = parseUint("limit", query.get("limit"), 20);
    if (typeof limit === "string")
        return error400("BadLimitOrOffset", `BadRequest: ${limit}`);
    return { offset, limit };
}

export function isReply(v: unknown): v is SimReply {
    return typeof v === "object" && v !== null && "status" in v && typeof (v as { status: unknown }).status === "number";
}

/** ?arch, defaulting to the host arch. */
export function queryArch(call: WeldrCall): string {
    return call.req.query.get("arch") || call.ctx.hostArch;
}

/** parseDistro: ?distro must be valid for the arch ("Invalid distro: X"); default host distro. */
export function queryDistro(call: WeldrCall, arch: string): string | SimReply {
    const distro = call.req.query.get("distro");
    if (distro) {
        if (isValidDistro(distro, arch))
            return distro;
        return error400("DistroError", `Invalid distro: ${distro}`);
    }
    return call.ctx.hostDistro;
}

/** ?format=json|toml (default json); anything else is a 400 InvalidChars reply. */
export function queryFormat(call: WeldrCall): "json" | "toml" | SimReply {
    const format = call.req.query.get("format") ?? "";
    if (format === "" || format === "json")
        return "json";
    if (format === "toml")
        return "toml";
    return error400("InvalidChars", `invalid format parameter: ${format}`);
}

/** A blueprints catch-all param ("/a,b") as its comma list; undefined when the first item is just "/". */
export function catchAllList(param: string | undefined): string[] | undefined {
    const names = (param ?? "/").split(",");
    if (names[0] === "/" || names[0] === "")
        return undefined;
    names[0] = names[0].slice(1);
    return names;
}

/** A projects/modules catch-all param: undefined for "" or "/", else its comma list. */
export function projectList(param: string | undefined): string[] | undefined {
    if (!param || param === "/")
        return undefined;
    return param.slice(1).split(",");
}
