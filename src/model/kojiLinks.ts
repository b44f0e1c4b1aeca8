// Koji web links (reference §4.2) and the hub's XML-RPC `getBuild` (§4.3). Koji has no hub→web
// derivation of its own, so the web URL comes from the user's map, then the Fedora-style rule
// `…/kojihub` → `…/koji`, then a default web. Every link is built from a safe base URL and a
// positive integer id (DESIGN principle 6). Pure; the hub call itself lives in src/api.
import { safeHttpUrl } from "./safeUrl";

export interface KojiWebSettings {
    /** hub URL → web URL, for Koji instances the rule does not fit (e.g. Brew) */
    webByHub?: Record<string, string>;
    /** the web URL for composes whose hub is unknown or has no mapping */
    defaultWeb?: string;
}

export interface KojiWeb {
    web: string;
    via: "override" | "rule" | "default";
}

/** A base URL to append paths to: safe http(s), no query or fragment, no trailing slash; else null. */
export function kojiBaseUrl(text: unknown): string | null {
    const href = safeHttpUrl(text);
    if (!href)
        return null;
    const url = new URL(href);
    if (url.search !== "" || url.hash !== "" || href.includes("?") || href.includes("#"))
        return null;
    return url.origin + url.pathname.replace(/\/+$/, "");
}

/** The Koji web URL for a hub URL, and how it was found; null when nothing fits. */
export function kojiWebForHub(hub: unknown, settings: KojiWebSettings = {}): KojiWeb | null {
    const hubBase = kojiBaseUrl(hub);
    if (hubBase) {
        for (const [from, to] of Object.entries(settings.webByHub ?? {})) {
            const web = kojiBaseUrl(to);
            if (web && kojiBaseUrl(from) === hubBase)
                return { web, via: "override" };
        }
        const url = new URL(hubBase);
        if (/(^|\/)kojihub$/.test(url.pathname))
            return { web: url.origin + url.pathname.replace(/kojihub$/, "koji"), via: "rule" };
    }
    const fallback = kojiBaseUrl(settings.defaultWeb);
    return fallback ? { web: fallback, via: "default" } : null;
}

/** A Koji id as a positive safe integer (number or decimal string), else null. */
export function kojiId(value: unknown): number | null {
    if (typeof value === "string" && /^[1-9]\d{0,15}$/.test(value))
        value = Number(value);
    return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function kojiPage(web: unknown, page: string, id: unknown): string | null {
    const base = kojiBaseUrl(web);
    const n = kojiId(id);
    return base && n !== null ? safeHttpUrl(`${base}/${page.replace("<id>", String(n))}`) : null;
}

/** `<web>/buildinfo?buildID=<id>` */
export const kojiBuildUrl = (web: unknown, buildId: unknown): string | null => kojiPage(web, "buildinfo?buildID=<id>", buildId);
/** `<web>/taskinfo?taskID=<id>` */
export const kojiTaskUrl = (web: unknown, taskId: unknown): string | null => kojiPage(web, "taskinfo?taskID=<id>", taskId);
/** `<web>/getfile?taskID=<id>&name=compose-status.json` */
export const composeStatusFileUrl = (web: unknown, taskId: unknown): string | null =>
    kojiPage(web, "getfile?taskID=<id>&name=compose-status.json", taskId);

// ---- XML-RPC getBuild ----

const escapeXml = (text: string): string =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * The XML-RPC body of `getBuild(<build id or NVR>)`; null for anything but a positive integer
 * id or an NVR-like string (no control characters, at most 1024 characters).
 */
export function getBuildRequestXml(buildIdOrNvr: number | string): string | null {
    let param: string;
    const id = typeof buildIdOrNvr === "number" ? kojiId(buildIdOrNvr) : null;
    if (id !== null)
        param = id <= 0x7fffffff ? `<int>${id}</int>` : `<i8>${id}</i8>`;
    // eslint-disable-next-line no-control-regex -- refusing control characters
    else if (typeof buildIdOrNvr === "string" && /^[^\s\u0000-\u001f\u007f<>&]{1,1024}$/.test(buildIdOrNvr.trim()))
        param = `<string>${escapeXml(buildIdOrNvr.trim())}</string>`;
    else
        return null;
    return `<?xml version="1.0"?>\n<methodCall><methodName>getBuild</methodName><params><param><value>${param}</value></param></params></methodCall>\n`;
}

export interface KojiBuildInfo {
    id: number | null;
    task_id: number | null;
    nvr: string | null;
    /** the build's `extra` (parsed when Koji sent it as JSON text) */
    extra: unknown;
    /** every field of the build as the hub sent it */
    fields: Record<string, unknown>;
}

export type GetBuildResult =
    | { ok: true; build: KojiBuildInfo }
    | { ok: false; code: "not-found" }
    | { ok: false; code: "fault"; faultCode: number | null; message: string }
    | { ok: false; code: "malformed"; message: string };

/** Longest hub answer read. */
export const MAX_XMLRPC_LENGTH = 32 * 1024 * 1024;

/** The hub's answer to getBuild: the build, "not-found" (nil), a fault, or what is malformed. */
export function parseGetBuildResponse(xmlText: string): GetBuildResult {
    let value: unknown;
    try {
        value = parseMethodResponse(xmlText);
    } catch (e) {
        if (e instanceof XmlRpcFault)
            return { ok: false, code: "fault", faultCode: e.faultCode, message: e.message };
        return { ok: false, code: "malformed", message: e instanceof Error ? e.message : String(e) };
    }
    if (value === null)
        return { ok: false, code: "not-found" };
    if (typeof value !== "object" || Array.isArray(value))
        return { ok: false, code: "malformed", message: "getBuild did not return a struct" };
    const fields = value as Record<string, unknown>;
    let extra = fields.extra;
    if (typeof extra === "string") {
        try {
            extra = JSON.parse(extra);
        } catch { /* kept as text */ }
    }
    return {
        ok: true,
        build: {
            id: kojiId(fields.id) ?? kojiId(fields.build_id),
            task_id: kojiId(fields.task_id),
            nvr: typeof fields.nvr === "string" ? fields.nvr : null,
            extra: extra ?? null,
            fields,
        },
    };
}

// A small strict XML reader for XML-RPC: elements, text, entities, comments and the XML
// declaration. No DOCTYPE, no CDATA, no processing instructions after the start.

interface XmlElement { name: string; children: (XmlElement | string)[] }

class XmlRpcFault extends Error {
    constructor(readonly faultCode: number | null, message: string) {
        super(message);
    }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: "\"", apos: "'" };
const MAX_XML_DEPTH = 512;

function decodeText(text: string, at: number): string {
    return text.replace(/&([^;&<]{0,10});?/g, (whole, name: string) => {
        if (!whole.endsWith(";"))
            throw new Error(`bare "&" near character ${at}`);
        if (Object.hasOwn(ENTITIES, name))
            return ENTITIES[name];
        const code = /^#x[0-9a-f]{1,6}$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
        if (!(code >= 0x9 && code <= 0x10ffff))
            throw new Error(`unknown entity "&${name};" near character ${at}`);
        return String.fromCodePoint(code);
    });
}

function parseXml(text: string): XmlElement {
    const stack: XmlElement[] = [];
    let root: XmlElement | undefined;
    let i = 0;
    while (i < text.length) {
        const lt = text.indexOf("<", i);
        const chunk = text.slice(i, lt === -1 ? text.length : lt);
        if (chunk.trim() !== "") {
            if (stack.length === 0)
                throw new Error(`text outside the document element at character ${i}`);
            stack[stack.length - 1].children.push(decodeText(chunk, i));
        }
        if (lt === -1)
            break;
        i = lt;
        if (text.startsWith("<?xml", i) && root === undefined && stack.length === 0 && text.slice(0, i).trim() === "") {
            const end = text.indexOf("?>", i);
            if (end === -1)
                throw new Error("unterminated XML declaration");
            i = end + 2;
        } else if (text.startsWith("<!--", i)) {
            const end = text.indexOf("-->", i + 4);
            if (end === -1)
                throw new Error(`unterminated comment at character ${i}`);
            i = end + 3;
        } else if (text.startsWith("</", i)) {
            const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(text.slice(i, i + 300));
            const open = stack.pop();
            if (!m || !open || open.name !== m[1])
                throw new Error(`unexpected end tag at character ${i}`);
            i += m[0].length;
            if (stack.length === 0)
                root = open;
            else
                stack[stack.length - 1].children.push(open);
        } else {
            const m = /^<([A-Za-z_][\w.:-]*)(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/.exec(text.slice(i, i + 4096));
            if (!m || root !== undefined)
                throw new Error(`unexpected markup at character ${i}`);
            i += m[0].length;
            const element: XmlElement = { name: m[1], children: [] };
            if (m[2] === "/") {
                if (stack.length === 0)
                    root = element;
                else
                    stack[stack.length - 1].children.push(element);
            } else if (stack.push(element) > MAX_XML_DEPTH)
                throw new Error("nested too deeply");
        }
    }
    if (stack.length > 0 || !root)
        throw new Error(stack.length > 0 ? `unclosed <${stack[stack.length - 1].name}>` : "no document element");
    return root;
}

const elements = (el: XmlElement): XmlElement[] => {
    if (el.children.some(c => typeof c === "string" && c.trim() !== ""))
        throw new Error(`text inside <${el.name}>`);
    return el.children.filter((c): c is XmlElement => typeof c !== "string");
};
const textOf = (el: XmlElement): string => {
    if (el.children.some(c => typeof c !== "string"))
        throw new Error(`markup inside <${el.name}>`);
    return el.children.join("");
};
function only(el: XmlElement, name: string): XmlElement {
    const kids = elements(el);
    if (kids.length !== 1 || kids[0].name !== name)
        throw new Error(`<${el.name}> must hold one <${name}>`);
    return kids[0];
}

function xmlRpcValue(el: XmlElement): unknown {
    if (el.children.every(c => typeof c === "string"))
        return textOf(el);
    const typed = only(el, elements(el)[0]?.name ?? "");
    const text = () => textOf(typed).trim();
    switch (typed.name) {
    case "string": case "dateTime.iso8601": return textOf(typed);
    case "base64": return text().replace(/\s+/g, "");
    case "int": case "i4": case "i8": {
        if (!/^[+-]?\d{1,20}$/.test(text()))
            throw new Error(`<${typed.name}> is not an integer`);
        const n = Number(text());
        return Number.isSafeInteger(n) ? n : text();
    }
    case "boolean":
        if (text() !== "0" && text() !== "1")
            throw new Error("<boolean> is not 0 or 1");
        return text() === "1";
    case "double": {
        const n = Number(text());
        if (text() === "" || !Number.isFinite(n))
            throw new Error("<double> is not a number");
        return n;
    }
    case "nil": case "ex:nil": return null;
    case "array": return elements(only(typed, "data")).map(v => {
        if (v.name !== "value")
            throw new Error("<data> holds something else than <value>");
        return xmlRpcValue(v);
    });
    case "struct": return Object.fromEntries(elements(typed).map(member => {
        const parts = elements(member);
        const name = parts.find(p => p.name === "name");
        const value = parts.find(p => p.name === "value");
        if (member.name !== "member" || parts.length !== 2 || !name || !value)
            throw new Error("<struct> member without one <name> and one <value>");
        return [textOf(name), xmlRpcValue(value)];
    }));
    default: throw new Error(`unknown XML-RPC type <${typed.name}>`);
    }
}

function parseMethodResponse(xmlText: string): unknown {
    if (typeof xmlText !== "string" || xmlText.trim() === "")
        throw new Error("the answer is empty");
    if (xmlText.length > MAX_XMLRPC_LENGTH)
        throw new Error("the answer is too large");
    const root = parseXml(xmlText);
    if (root.name !== "methodResponse")
        throw new Error("not an XML-RPC methodResponse");
    const body = elements(root)[0];
    if (body?.name === "fault") {
        const fault = xmlRpcValue(only(body, "value")) as Record<string, unknown> | null;
        const code = typeof fault?.faultCode === "number" ? fault.faultCode : null;
        throw new XmlRpcFault(code, typeof fault?.faultString === "string" ? fault.faultString : "XML-RPC fault");
    }
    if (!body || body.name !== "params" || elements(root).length !== 1)
        throw new Error("a methodResponse needs <params> or <fault>");
    return xmlRpcValue(only(only(body, "param"), "value"));
}
