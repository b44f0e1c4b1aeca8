// A small fake Koji hub and web on loopback, for the inspector (reference §4): the hub's
// XML-RPC `getBuild` (POST /kojihub) answers the build's `extra` in the content generator's
// shape (§4.3) for builds the stand-in's Koji composes made, and a fault for others; the web's
// `getfile?taskID=&name=compose-status.json` (GET /koji/getfile) serves koji-osbuild's file
// (§4.1) for their tasks. Plain HTTP; it reads the stand-in's state, so it shares its process.
import http from "node:http";
import type { AddressInfo } from "node:net";

import { exportName, jobResultFor } from "./cloud-documents";
import { composeStatus } from "./cloud-status";
import type { ComposeRecord, SimContext } from "./model";

export interface RunningKojiHub {
    port: number;
    /** http://127.0.0.1:<port>/kojihub */
    hubUrl: string;
    /** http://127.0.0.1:<port>/koji */
    webUrl: string;
    stop(): Promise<void>;
}

const COMPOSER_VERSION = "153";
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A JSON value as an XML-RPC <value>. */
export function xmlRpcValue(value: unknown): string {
    if (value === null || value === undefined)
        return "<value><nil/></value>";
    if (typeof value === "boolean")
        return `<value><boolean>${value ? 1 : 0}</boolean></value>`;
    if (typeof value === "number")
        return Number.isInteger(value)
            ? Math.abs(value) <= 0x7fffffff ? `<value><int>${value}</int></value>` : `<value><i8>${value}</i8></value>`
            : `<value><double>${value}</double></value>`;
    if (typeof value === "string")
        return `<value><string>${escapeXml(value)}</string></value>`;
    if (Array.isArray(value))
        return `<value><array><data>${value.map(xmlRpcValue).join("")}</data></array></value>`;
    if (isRecord(value))
        return `<value><struct>${Object.entries(value).map(([k, v]) => `<member><name>${escapeXml(k)}</name>${xmlRpcValue(v)}</member>`).join("")}</struct></value>`;
    return `<value><string>${escapeXml(String(value))}</string></value>`;
}

const response = (value: unknown): string =>
    `<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n${xmlRpcValue(value)}\n</param>\n</params>\n</methodResponse>\n`;
const fault = (code: number, message: string): string =>
    `<?xml version='1.0'?>\n<methodResponse>\n<fault>\n${xmlRpcValue({ faultCode: code, faultString: message })}\n</fault>\n</methodResponse>\n`;

function kojiComposes(ctx: SimContext): ComposeRecord[] {
    return Object.values(ctx.state.composes).filter(rec => rec.koji !== undefined);
}

/** The image file name Koji keeps: `<name>-<version>-<release>.<arch>.<ext>`. */
function imageFilename(rec: ComposeRecord, index: number): string {
    const img = rec.images[index];
    const ext = img.filename.includes(".") ? img.filename.slice(img.filename.indexOf(".") + 1) : "img";
    return `${rec.koji!.name}-${rec.koji!.version}-${rec.koji!.release}.${img.arch}.${ext}`;
}

/** What getBuild returns for a Koji compose's build (§4.3). */
export function kojiBuildFor(rec: ComposeRecord, ctx: SimContext): Record<string, unknown> {
    const koji = rec.koji!;
    const image: Record<string, unknown> = {};
    const manifests: Record<string, unknown> = {};
    rec.images.forEach((img, i) => {
        const filename = imageFilename(rec, i);
        const job = jobResultFor(rec, img, ctx) as Record<string, unknown>;
        const results = Array.isArray(job.target_results) ? job.target_results.filter(r => isRecord(r) && r.name !== "org.osbuild.koji") : [];
        image[filename] = {
            arch: img.arch,
            boot_mode: img.arch === "x86_64" ? "hybrid" : "uefi",
            osbuild_artifact: { export_filename: img.filename, export_name: exportName(img.filename) },
            osbuild_version: job.osbuild_version,
            upload_target_results: results,
        };
        manifests[`${filename}.manifest.json`] = {
            arch: img.arch,
            info: {
                osbuild_composer_version: COMPOSER_VERSION,
                osbuild_composer_deps: [{ path: "github.com/osbuild/images", version: "v0.190.0" }, { path: "github.com/osbuild/blueprint", version: "v1.32.0" }],
            },
        };
    });
    return {
        id: koji.build_id, build_id: koji.build_id, task_id: koji.task_id,
        name: koji.name, version: koji.version, release: koji.release, nvr: `${koji.name}-${koji.version}-${koji.release}`,
        epoch: null, source: "", state: 1, owner_name: "osbuild", cg_name: "osbuild",
        start_time: new Date((rec.started ?? rec.created) * 1000).toISOString(),
        completion_time: rec.finished ? new Date(rec.finished * 1000).toISOString() : null,
        extra: { typeinfo: { image }, osbuild_manifest: manifests },
    };
}

/** koji-osbuild's compose-status.json for a Koji compose's task (§4.1): keys sorted, 4 spaces. */
export function composeStatusFileFor(rec: ComposeRecord, ctx: SimContext): string {
    const status = composeStatus(rec, ctx);
    const images = (status.image_statuses ?? [status.image_status]).map(s => ({
        status: s.status,
        ...(s.upload_statuses?.[0] ?? s.upload_status ? { upload_status: s.upload_statuses?.[0] ?? s.upload_status } : {}),
        ...(s.error ? { error: s.error } : {}),
    }));
    const data: Record<string, unknown> = { image_statuses: images, koji_task_id: null, status: status.status };
    if (status.koji_status?.build_id)
        data.koji_build_id = status.koji_status.build_id;
    const sortKeys = (v: unknown): unknown =>
        Array.isArray(v) ? v.map(sortKeys) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map(k => [k, sortKeys(v[k])])) : v;
    return JSON.stringify(sortKeys(data), null, 4);
}

/** The method name and first parameter of an XML-RPC call (enough for getBuild). */
export function parseCall(xml: string): { method: string; param: string | number | null } | null {
    const method = /<methodName>\s*([\w.]+)\s*<\/methodName>/.exec(xml)?.[1];
    if (!method)
        return null;
    const value = /<param>\s*<value>\s*(?:<(int|i4|i8|string)>([^<]*)<\/\1>|([^<]*))\s*<\/value>/.exec(xml);
    if (!value)
        return { method, param: null };
    const [, type, typed, bare] = value;
    return { method, param: type && type !== "string" ? Number(typed) : (typed ?? bare ?? "").trim() };
}

function readBody(req: http.IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
    });
}

async function handle(ctx: SimContext, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
        res.end(body);
    };
    if (url.pathname === "/kojihub") {
        if (req.method !== "POST")
            return send(405, "text/plain", "Method Not Allowed\n");
        const call = parseCall(await readBody(req));
        if (!call)
            return send(200, "text/xml", fault(1000, "xmlrpc: cannot parse the request"));
        if (call.method !== "getBuild")
            return send(200, "text/xml", fault(1000, `Invalid method: ${call.method}`));
        const rec = kojiComposes(ctx).find(r => r.koji!.build_id !== undefined &&
            (r.koji!.build_id === call.param || `${r.koji!.name}-${r.koji!.version}-${r.koji!.release}` === call.param));
        if (!rec)
            return send(200, "text/xml", fault(1000, `koji.GenericError: No such build: ${String(call.param)}`));
        return send(200, "text/xml", response(kojiBuildFor(rec, ctx)));
    }
    if (url.pathname === "/koji/getfile" && req.method === "GET") {
        const taskId = Number(url.searchParams.get("taskID"));
        const rec = kojiComposes(ctx).find(r => r.koji!.task_id === taskId);
        if (!rec || url.searchParams.get("name") !== "compose-status.json")
            return send(404, "text/plain", "No such file\n");
        return send(200, "application/octet-stream", composeStatusFileFor(rec, ctx));
    }
    const page = /^\/koji\/(buildinfo|taskinfo)$/.exec(url.pathname);
    if (page && req.method === "GET")
        return send(200, "text/html", `<!DOCTYPE html><title>${page[1]}</title><p>${page[1]} ${escapeXml(url.search)}</p>\n`);
    return send(404, "text/plain", "Not Found\n");
}

/** Serves the fake hub and web on 127.0.0.1:<port> (0 = any free port). */
export function startKojiHub(ctx: SimContext, port: number, host = "127.0.0.1"): Promise<RunningKojiHub> {
    const server = http.createServer((req, res) => {
        handle(ctx, req, res).catch((e: unknown) => {
            if (!res.headersSent)
                res.writeHead(500, { "Content-Type": "text/plain" });
            res.end(`${e instanceof Error ? e.message : String(e)}\n`);
        });
    });
    return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
            const actual = (server.address() as AddressInfo).port;
            resolve({
                port: actual,
                hubUrl: `http://${host}:${actual}/kojihub`,
                webUrl: `http://${host}:${actual}/koji`,
                stop: () => new Promise(done => {
                    server.close(() => done());
                    server.closeAllConnections();
                }),
            });
        });
    });
}
