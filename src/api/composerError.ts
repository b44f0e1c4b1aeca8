// One error type for both composer APIs, built in one place from whatever went wrong:
// a failed channel (socket missing, permission), a Weldr `errors[]` body, a Cloud API
// error body, or a reply that could not be read. Pure: no cockpit, no React.

export type ComposerErrorKind = "unreachable" | "permission" | "not-found" | "invalid" | "conflict" | "server";
export type ComposerApi = "weldr" | "cloud";

export interface ComposerError {
    kind: ComposerErrorKind;
    api: ComposerApi;
    /** the service's own words (Weldr errors[].msg, Cloud reason), or what went wrong */
    message: string;
    /** Cloud `details`, or the raw body when it could not be read */
    details?: string;
    /** HTTP status, when the service answered */
    status?: number;
    /** Weldr error id (e.g. "UnknownBlueprint") or Cloud error code (e.g. "15") */
    id?: string;
    /** a 2xx reply that could not be read; message says what was wrong with it */
    malformed?: boolean;
}

const WELDR_NOT_FOUND = new Set(["UnknownBlueprint", "UnknownUUID", "UnknownCommit", "UnknownSource", "UnknownProject", "UnknownModule", "HTTPError"]);
const WELDR_CONFLICT = new Set(["BuildInWrongState"]);
const CLOUD_NOT_FOUND = new Set(["15", "21", "26"]);
const CLOUD_CONFLICT = new Set(["31"]);

export function isComposerError(value: unknown): value is ComposerError {
    return typeof value === "object" && value !== null &&
        typeof (value as ComposerError).kind === "string" && typeof (value as ComposerError).message === "string";
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kindForStatus(status: number): ComposerErrorKind {
    if (status === 401 || status === 403)
        return "permission";
    if (status === 404)
        return "not-found";
    if (status === 409)
        return "conflict";
    if (status >= 500)
        return "server";
    return "invalid";
}

function stringify(value: unknown): string | undefined {
    if (value === undefined || value === null || value === "")
        return undefined;
    return typeof value === "string" ? value : JSON.stringify(value, null, 2);
}

/** The Weldr error body `{status:false, errors:[{id,msg}]}`, or null when it is not one */
export function fromWeldrBody(status: number, body: unknown): ComposerError | null {
    if (!isRecord(body) || !Array.isArray(body.errors))
        return null;
    const errors = body.errors.filter(isRecord);
    if (errors.length === 0)
        return null;
    const id = typeof errors[0].id === "string" ? errors[0].id : undefined;
    const message = errors.map(e => typeof e.msg === "string" ? e.msg : String(e.id ?? "")).filter(Boolean).join("\n");
    let kind = kindForStatus(status);
    if (status === 400 && id && WELDR_NOT_FOUND.has(id))
        kind = "not-found";
    else if (status === 400 && id && WELDR_CONFLICT.has(id))
        kind = "conflict";
    return { kind, api: "weldr", status, id, message: message || `HTTP ${status}` };
}

/** The Cloud API error body `{kind:"Error", id, code, reason, details?}`, or null */
export function fromCloudBody(status: number, body: unknown): ComposerError | null {
    if (!isRecord(body) || typeof body.reason !== "string")
        return null;
    const id = typeof body.id === "string" ? body.id : undefined;
    let kind = kindForStatus(status);
    if (id && CLOUD_NOT_FOUND.has(id))
        kind = "not-found";
    else if (id && CLOUD_CONFLICT.has(id))
        kind = "conflict";
    return { kind, api: "cloud", status, id, message: body.reason, details: stringify(body.details) };
}

/**
 * From a rejected cockpit.http request: `failure` is what cockpit rejected with
 * ({problem} for channel failures, {status, reason, message} for HTTP errors),
 * `body` the reply body cockpit handed to .catch (HTTP errors only).
 */
export function fromHttpFailure(api: ComposerApi, failure: unknown, body?: string | null): ComposerError {
    const f = isRecord(failure) ? failure : {};
    const status = typeof f.status === "number" ? f.status : undefined;
    const problem = typeof f.problem === "string" ? f.problem : undefined;
    const message = typeof f.message === "string" ? f.message : (typeof failure === "string" ? failure : "");

    if (status === undefined || status === 0) {
        if (problem === "access-denied" || problem === "not-authorized" || /permission denied/i.test(message))
            return { kind: "permission", api, message: message || problem || "access-denied" };
        if (problem === "not-found" || problem === "disconnected" || problem === "terminated" || /no such file|connection refused/i.test(message))
            return { kind: "unreachable", api, message: message || problem || "not-found" };
        return { kind: "server", api, message: message || problem || "unknown error" };
    }

    let parsed: unknown;
    if (body) {
        try {
            parsed = JSON.parse(body);
        } catch {
            parsed = undefined;
        }
    }
    const fromBody = api === "weldr" ? fromWeldrBody(status, parsed) : fromCloudBody(status, parsed);
    if (fromBody)
        return fromBody;
    const reason = typeof f.reason === "string" ? f.reason : "";
    // 405/501 come with an empty body: say what HTTP said
    return {
        kind: kindForStatus(status),
        api,
        status,
        message: (body && parsed === undefined ? body.slice(0, 2000) : "") || message || reason || `HTTP ${status}`,
    };
}

/** A 2xx reply we could not use: not JSON, cut off, or not the expected shape */
export function malformedReply(api: ComposerApi, what: string, raw?: string): ComposerError {
    return {
        kind: "server",
        api,
        malformed: true,
        message: what,
        details: raw === undefined ? undefined : raw.slice(0, 2000),
    };
}

/** RTK Query hands over either our error or, for a bug in our own code, a SerializedError */
export function asComposerError(error: unknown, api: ComposerApi = "weldr"): ComposerError | undefined {
    if (error === undefined || error === null)
        return undefined;
    if (isComposerError(error))
        return error;
    const message = isRecord(error) && typeof error.message === "string" ? error.message : String(error);
    return { kind: "server", api, message };
}
