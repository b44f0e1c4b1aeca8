// Weldr projects/source/* handlers: list, info, new, delete. v1 keys sources
// by id, v0 by name; the host distro's system repositories cannot be changed.

import { parse as parseToml, stringify as toToml } from "smol-toml";

import { isRecord } from "./blueprint";
import { isValidDistro } from "./imageTypes";
import type { SimContext, SimReply, SourceV1 } from "./model";
import {
    contentType, error400, isReply, jsonReply, notFound, okReply, queryFormat, textReply, type ApiError, type WeldrCall,
} from "./weldr-http";

const FAKE_KEY = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGTAbEQBEAC1zXLJ3kcgXNP5fyfTJ4bXYdxPbp0DH6xTeY0A3mRgtN5fBpwN\n=stand-in\n-----END PGP PUBLIC KEY BLOCK-----\n";

/** The host distro's repositories, as the repo registry would list them. */
export function systemSources(distro: string, arch: string): SourceV1[] {
    if (!isValidDistro(distro, arch))
        return [];
    const m = /^(fedora|rhel|centos)-(\d+)(?:\.(\d+))?$/.exec(distro);
    const base = { check_gpg: true, check_ssl: true, system: true, gpgkeys: [FAKE_KEY], check_repogpg: false };
    if (m?.[1] === "fedora") {
        return [
            { id: "fedora", name: "fedora", type: "yum-metalink", url: `https://mirrors.fedoraproject.org/metalink?repo=fedora-${m[2]}&arch=${arch}`, rhsm: false, ...base },
            { id: "updates", name: "updates", type: "yum-metalink", url: `https://mirrors.fedoraproject.org/metalink?repo=updates-released-f${m[2]}&arch=${arch}`, rhsm: false, ...base },
        ];
    }
    if (m?.[1] === "rhel") {
        const rel = `${m[2]}${m[3] ? `.${m[3]}` : ""}`;
        return ["baseos", "appstream"].map(repo => ({
            id: repo, name: repo, type: "yum-baseurl" as const, rhsm: true, ...base,
            url: `https://cdn.redhat.com/content/dist/rhel${m[2]}/${rel}/${arch}/${repo}/os`,
        }));
    }
    return [["baseos", "BaseOS"], ["appstream", "AppStream"]].map(([id, dir]) => ({
        id, name: id, type: "yum-baseurl" as const, rhsm: false, ...base,
        url: `https://mirror.stream.centos.org/${m?.[2] ?? "9"}-stream/${dir}/${arch}/os/`,
    }));
}

function systemOrError(ctx: SimContext): { repos: SourceV1[]; errors: ApiError[] } {
    const repos = systemSources(ctx.hostDistro, ctx.hostArch);
    const errors: ApiError[] = repos.length ? [] : [{
        id: "InternalError",
        msg: `error while getting system repos: there are no repositories for distribution '${ctx.hostDistro}' and architecture '${ctx.hostArch}'`,
    }];
    return { repos, errors };
}

function v1JSON(id: string, s: SourceV1): Record<string, unknown> {
    const out: Record<string, unknown> = {
        id, name: s.name, type: s.type, url: s.url, check_gpg: s.check_gpg, check_ssl: s.check_ssl, system: s.system,
    };
    if (s.gpgkeys?.length)
        out.gpgkeys = s.gpgkeys;
    if (s.distros?.length)
        out.distros = s.distros;
    out.rhsm = s.rhsm;
    out.check_repogpg = s.check_repogpg;
    if (s.module_hotfixes)
        out.module_hotfixes = true;
    return out;
}

function v0JSON(s: SourceV1): Record<string, unknown> {
    const out: Record<string, unknown> = {
        name: s.name, type: s.type, url: s.url, check_gpg: s.check_gpg, check_ssl: s.check_ssl, system: s.system,
    };
    if (s.gpgkeys?.length)
        out.gpgkeys = s.gpgkeys;
    return out;
}

/** store.SourceConfig as TOML tables keyed by id (both API versions). */
function tomlJSON(s: SourceV1): Record<string, unknown> {
    const { id: _id, ...rest } = v1JSON(s.id, s);
    return rest;
}

export function sourcesList(call: WeldrCall): SimReply {
    const user = Object.values(call.ctx.state.sources);
    const names = call.version >= 1
        ? Object.keys(call.ctx.state.sources).sort()
        : user.map(s => s.name).sort();
    return jsonReply({ sources: [...names, ...systemSources(call.ctx.hostDistro, call.ctx.hostArch).map(s => s.name)] });
}

export function sourcesInfo(call: WeldrCall): SimReply {
    const param = call.params.sources;
    const { repos, errors } = systemOrError(call.ctx);
    const found = new Map<string, SourceV1>();
    if (param === "*") {
        for (const [key, s] of Object.entries(call.ctx.state.sources))
            found.set(key, s);
        for (const r of repos)
            found.set(r.name, r);
    } else {
        for (const name of param.split(",")) {
            const system = repos.find(r => r.name === name);
            const user = call.ctx.state.sources[name];
            if (system)
                found.set(name, system);
            else if (user)
                found.set(name, user);
            else
                errors.push({ id: "UnknownSource", msg: `${name} is not a valid source` });
        }
    }
    const format = queryFormat(call);
    if (isReply(format))
        return format;
    if (format === "toml")
        return textReply(toToml(Object.fromEntries([...found].map(([key, s]) => [key, tomlJSON(s)]))));
    const sources: Record<string, unknown> = {};
    for (const [key, s] of found) {
        if (call.version >= 1)
            sources[key] = v1JSON(key, s);
        else
            sources[s.name] = v0JSON(s);
    }
    return jsonReply({ sources, errors });
}

const STRING_FIELDS = ["id", "name", "type", "url", "proxy"];
const BOOL_FIELDS = ["check_gpg", "check_ssl", "system", "rhsm", "check_repogpg", "module_hotfixes"];
const LIST_FIELDS = ["gpgkeys", "distros"];

function checkFields(raw: Record<string, unknown>, v1: boolean): string | undefined {
    const struct = v1 ? "SourceConfigV1" : "SourceConfigV0";
    for (const [key, value] of Object.entries(raw)) {
        const kind = Array.isArray(value) ? "array" : typeof value === "boolean" ? "bool" : typeof value;
        if (STRING_FIELDS.includes(key) && typeof value !== "string")
            return `json: cannot unmarshal ${kind} into Go struct field ${struct}.${key} of type string`;
        if (BOOL_FIELDS.includes(key) && typeof value !== "boolean")
            return `json: cannot unmarshal ${kind} into Go struct field ${struct}.${key} of type bool`;
        if (LIST_FIELDS.includes(key) && !(Array.isArray(value) && value.every(v => typeof v === "string")))
            return `json: cannot unmarshal ${kind} into Go struct field ${struct}.${key} of type []string`;
    }
    return undefined;
}

/** DecodeSourceConfigV0/V1: JSON or TOML (flat, or one `[id]` table). */
function decodeSource(body: Buffer, type: string, v1: boolean): Record<string, unknown> | string {
    const text = body.toString("utf8");
    let raw: unknown;
    if (type === "application/json") {
        try {
            raw = JSON.parse(text);
        } catch {
            return text.trim() === "" ? "EOF" : "unexpected EOF";
        }
    } else if (type === "text/x-toml") {
        try {
            raw = parseToml(text);
        } catch (err) {
            return `toml: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`;
        }
        if (isRecord(raw)) {
            const keys = Object.keys(raw).sort();
            if (keys.length > 0 && keys.every(k => isRecord((raw as Record<string, unknown>)[k]))) {
                const first = raw[keys[0]] as Record<string, unknown>;
                raw = v1 && !first.id ? { ...first, id: keys[0] } : first;
            }
        }
    } else {
        return "blueprint must be in json or toml format";
    }
    if (!isRecord(raw))
        return `json: cannot unmarshal ${Array.isArray(raw) ? "array" : typeof raw} into Go value of type weldr.SourceConfig${v1 ? "V1" : "V0"}`;
    const bad = checkFields(raw, v1);
    if (bad)
        return bad;
    if (v1 && !raw.id)
        return "'id' field is missing from request";
    return raw;
}

export function sourcesNew(call: WeldrCall): SimReply {
    const type = contentType(call.req);
    if (type === undefined)
        return error400("HTTPError", "malformed Content-Type header");
    if (call.req.body.length === 0)
        return error400("ProjectsError", "Missing source");
    const v1 = call.version >= 1;
    const raw = decodeSource(call.req.body, type, v1);
    let problem = typeof raw === "string" ? raw : undefined;
    if (typeof raw !== "string") {
        for (const field of ["name", "type", "url"]) {
            if (!raw[field]) {
                problem = `'${field}' field is missing from request`;
                break;
            }
        }
    }
    if (problem !== undefined || typeof raw === "string")
        return error400("ProjectsError", `Problem parsing POST body: ${problem ?? ""}`);
    const distros = Array.isArray(raw.distros) ? raw.distros.map(String) : [];
    const invalid = distros.filter(d => !isValidDistro(d, call.ctx.hostArch));
    if (invalid.length > 0)
        return error400("ProjectsError", `Invalid distributions: ${invalid.join(",")}`);
    const key = String(v1 ? raw.id : raw.name);
    if (systemSources(call.ctx.hostDistro, call.ctx.hostArch).some(s => s.name === key))
        return error400("SystemSource", `${key} is a system source, it cannot be changed.`);
    const source: SourceV1 = {
        id: key,
        name: String(raw.name),
        type: String(raw.type) as SourceV1["type"],
        url: String(raw.url),
        check_gpg: raw.check_gpg === true,
        check_ssl: raw.check_ssl === true,
        system: raw.system === true,
        rhsm: v1 && raw.rhsm === true,
        check_repogpg: v1 && raw.check_repogpg === true,
    };
    if (Array.isArray(raw.gpgkeys) && raw.gpgkeys.length)
        source.gpgkeys = raw.gpgkeys.map(String);
    if (v1 && distros.length)
        source.distros = distros;
    if (raw.module_hotfixes === true)
        source.module_hotfixes = true;
    call.ctx.state.sources[key] = source;
    call.ctx.save();
    return okReply();
}

export function sourcesDelete(call: WeldrCall): SimReply {
    const first = (call.params.source ?? "/").split(",")[0];
    if (first === "/")
        return notFound();
    const name = first.slice(1);
    if (systemSources(call.ctx.hostDistro, call.ctx.hostArch).some(s => s.name === name))
        return error400("SystemSource", `${name} is a system source, it cannot be deleted.`);
    const sources = call.ctx.state.sources;
    if (!sources[name])
        return error400("UnknownSource", `${name} is not a valid source.`);
    if (call.version >= 1) {
        delete sources[name];
    } else {
        for (const [key, s] of Object.entries(sources)) {
            if (s.name === name)
                delete sources[key];
        }
    }
    call.ctx.save();
    return okReply();
}
