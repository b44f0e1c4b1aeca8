// Talking to Koji from the host: the hub's XML-RPC getBuild (reference §4.3) and the web's
// getfile for a task's compose-status.json (§4.1). The bridge makes the request (cockpit.http),
// so the browser's CSP is not in the way; TLS is used for https URLs (the system's trust store).
import cockpit from "cockpit";

import { type KojiBuildInfo, getBuildRequestXml, kojiBaseUrl, kojiId, parseGetBuildResponse } from "../model/kojiLinks";

const N_ = (message: string): string => message;

export interface KojiFetchError {
    /** msgid, with $0… filled from args */
    message: string;
    args: string[];
    /** the server's or bridge's own words */
    detail?: string;
}

export type KojiResult<T> = { data: T; error?: undefined } | { data?: undefined; error: KojiFetchError };

interface Endpoint { address: string; port: number; tls: boolean; path: string }

function endpoint(base: string): Endpoint {
    const url = new URL(base);
    const tls = url.protocol === "https:";
    return {
        address: url.hostname.replace(/^\[(.*)\]$/, "$1"),
        port: url.port ? Number(url.port) : tls ? 443 : 80,
        tls,
        path: url.pathname,
    };
}

function failureText(failure: unknown, body?: string): string {
    const f = (typeof failure === "object" && failure !== null ? failure : {}) as { status?: number; reason?: string; message?: string; problem?: string | null };
    const parts = [f.status ? `${f.status} ${f.reason ?? ""}`.trim() : f.message || f.problem || String(failure)];
    if (body && body.trim() !== "")
        parts.push(body.trim().slice(0, 500));
    return parts.join(": ");
}

function request(base: string, method: "GET" | "POST", path: string, options: { params?: Record<string, string | number>; body?: string; headers?: Record<string, string> }): Promise<KojiResult<string>> {
    const ep = endpoint(base);
    const client = cockpit.http({ address: ep.address, port: ep.port, ...(ep.tls ? { tls: {} } : {}) });
    return new Promise(resolve => {
        const pending = client.request({ method, path, params: options.params, body: options.body ?? "", headers: options.headers ?? {} });
        pending.then(reply => {
            client.close();
            resolve({ data: reply });
        }, () => undefined);
        pending.catch((failure: unknown, body?: string) => {
            client.close();
            resolve({ error: { message: N_("$0 did not answer as expected."), args: [base], detail: failureText(failure, body) } });
        });
    });
}

/** The build as the hub keeps it: getBuild(<id>) over XML-RPC. */
export async function getKojiBuild(hubUrl: string, buildId: number): Promise<KojiResult<KojiBuildInfo>> {
    const hub = kojiBaseUrl(hubUrl);
    if (!hub)
        return { error: { message: N_("The Koji hub URL must be an http(s) address without a query: $0"), args: [hubUrl] } };
    const xml = getBuildRequestXml(buildId);
    if (xml === null || kojiId(buildId) === null)
        return { error: { message: N_("The build id must be a positive whole number."), args: [] } };
    const reply = await request(hub, "POST", endpoint(hub).path, { body: xml, headers: { "Content-Type": "text/xml" } });
    if (reply.error)
        return reply;
    const parsed = parseGetBuildResponse(reply.data);
    if (parsed.ok)
        return { data: parsed.build };
    if (parsed.code === "not-found")
        return { error: { message: N_("The Koji hub $0 has no build $1."), args: [hub, String(buildId)] } };
    if (parsed.code === "fault")
        return { error: { message: N_("The Koji hub $0 refused getBuild($1)."), args: [hub, String(buildId)], detail: parsed.message } };
    return { error: { message: N_("The answer of the Koji hub $0 could not be read."), args: [hub], detail: parsed.message } };
}

/** The text of a task's compose-status.json: `<web>/getfile?taskID=<id>&name=compose-status.json`. */
export async function getComposeStatusFile(webUrl: string, taskId: number): Promise<KojiResult<string>> {
    const web = kojiBaseUrl(webUrl);
    if (!web)
        return { error: { message: N_("The Koji web URL must be an http(s) address without a query: $0"), args: [webUrl] } };
    if (kojiId(taskId) === null)
        return { error: { message: N_("The task id must be a positive whole number."), args: [] } };
    return request(web, "GET", `${endpoint(web).path}/getfile`, { params: { taskID: taskId, name: "compose-status.json" } });
}
