// The Cloud API's OpenAPI spec (../shared/reference/cloudapi-openapi.v2.yml)
// as validators for the contract tests: request bodies and replies are
// checked against `components.schemas` with ajv (+ ajv-formats), by a client
// wrapper (CloudContract) that records every violation.
//
// Quirks of the reference handled here (each says why):
//  - `UploadStatus.options` is a oneOf, which real replies cannot satisfy
//    (`{url}` matches both AWSS3UploadStatus and OCIUploadStatus): validated as anyOf.
//  - `DistributionDetails` is allOf(ObjectReference, an object with
//    additionalProperties:false that does not list href/id/kind): no object
//    satisfies both, so the second part gets href/id/kind added.
//  - `PackageMetadataCommon` requires `sigmd5` without defining it (so the Go
//    type has no such field and composer's /depsolve/blueprint replies lack
//    it); `PackageMetadata` requires it again: dropped from the common part.
//  - OpenAPI 3.0 `nullable: true` becomes a JSON-schema type union with "null".
//  - Request bodies are validated without formats, as composer's kin-openapi
//    validator does not check "uri"/"uuid"; replies are validated with formats.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import type { TestContext } from "node:test";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

import { request, type ClientReply } from "./client";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the spec is expected: ../shared beside the repository. */
export const SPEC_PATH = path.resolve(repoRoot, "../shared/reference/cloudapi-openapi.v2.yml");
export const SPEC_ABSENT = "../shared/reference/cloudapi-openapi.v2.yml absent: OpenAPI contract checks skipped";

export type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** OpenAPI 3.0 `nullable` → JSON-schema type unions, recursively (in place). */
function convertNullable(v: unknown): void {
    if (Array.isArray(v)) {
        v.forEach(convertNullable);
        return;
    }
    if (!isObj(v))
        return;
    if (v.nullable === true && typeof v.type === "string")
        v.type = [v.type, "null"];
    for (const x of Object.values(v))
        convertNullable(x);
}

function patchQuirks(schemas: Obj): void {
    const upload = schemas.UploadStatus;
    if (isObj(upload) && isObj(upload.properties) && isObj(upload.properties.options)) {
        const options = upload.properties.options;
        if (Array.isArray(options.oneOf)) {
            options.anyOf = options.oneOf;
            delete options.oneOf;
        }
    }
    const common = schemas.PackageMetadataCommon;
    if (isObj(common) && Array.isArray(common.required))
        common.required = common.required.filter(r => r !== "sigmd5");
    const details = schemas.DistributionDetails;
    if (isObj(details) && Array.isArray(details.allOf)) {
        for (const part of details.allOf) {
            if (isObj(part) && part.additionalProperties === false && isObj(part.properties))
                Object.assign(part.properties, { href: { type: "string" }, id: { type: "string" }, kind: { type: "string" } });
        }
    }
}

export interface SpecOperation {
    /** path template, e.g. "/composes/{id}" */
    path: string;
    method: string;
    /** JSON schema of the request body, if the operation takes one */
    requestSchema?: unknown;
    /** status → JSON schema of an application/json reply */
    responses: Record<string, unknown>;
}

export class Spec {
    readonly operations: SpecOperation[] = [];
    private readonly replies: Ajv;
    private readonly requests: Ajv;
    private readonly cache = new Map<string, ValidateFunction>();

    constructor(doc: Obj) {
        const components = isObj(doc.components) ? doc.components : {};
        const schemas = isObj(components.schemas) ? components.schemas : {};
        convertNullable(schemas);
        patchQuirks(schemas);
        this.replies = new Ajv({ strict: false, allErrors: true });
        addFormats(this.replies);
        this.replies.addFormat("uint64", true);
        this.requests = new Ajv({ strict: false, allErrors: true, validateFormats: false });
        for (const ajv of [this.replies, this.requests])
            ajv.addSchema({ $id: "spec", components: { schemas } });
        const paths = isObj(doc.paths) ? doc.paths : {};
        for (const [p, item] of Object.entries(paths)) {
            if (!isObj(item))
                continue;
            for (const [method, op] of Object.entries(item)) {
                if (isObj(op))
                    this.operations.push(this.operation(p, method.toUpperCase(), op));
            }
        }
    }

    private operation(p: string, method: string, op: Obj): SpecOperation {
        const json = (content: unknown): unknown => (isObj(content) && isObj(content["application/json"]) ? content["application/json"].schema : undefined);
        const responses: Record<string, unknown> = {};
        if (isObj(op.responses)) {
            for (const [status, r] of Object.entries(op.responses)) {
                const schema = isObj(r) ? json(r.content) : undefined;
                if (schema !== undefined)
                    responses[status] = schema;
            }
        }
        const requestSchema = isObj(op.requestBody) ? json(op.requestBody.content) : undefined;
        return { path: p, method, requestSchema, responses };
    }

    /** The operation whose path template matches `relPath` (path below the API prefix). */
    find(method: string, relPath: string): SpecOperation | undefined {
        const segs = relPath.split("/");
        return this.operations.find(op => {
            const t = op.path.split("/");
            return op.method === method && t.length === segs.length &&
                t.every((s, i) => (/^\{\w+\}$/.test(s) ? segs[i] !== "" : s === segs[i]));
        });
    }

    private validator(ajv: Ajv, schema: unknown, key: string): ValidateFunction {
        let v = this.cache.get(key);
        if (!v) {
            // refs inside the schema point into the spec document
            const rewritten = JSON.parse(JSON.stringify(schema ?? {}).replaceAll("\"#/components/", "\"spec#/components/")) as unknown;
            v = ajv.compile(isObj(rewritten) ? rewritten : {});
            this.cache.set(key, v);
        }
        return v;
    }

    private run(ajv: Ajv, schema: unknown, key: string, value: unknown): string[] {
        const v = this.validator(ajv, schema, key);
        if (v(value))
            return [];
        return (v.errors ?? []).map(e => `${e.instancePath || "/"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
    }

    /** Errors of `value` against components.schemas[name] (replies: with formats). */
    validate(name: string, value: unknown): string[] {
        return this.run(this.replies, { $ref: `#/components/schemas/${name}` }, `reply:${name}`, value);
    }

    /** Errors of a reply body against an inline response schema of an operation. */
    validateReply(op: SpecOperation, status: string, value: unknown): string[] | undefined {
        const schema = op.responses[status];
        if (schema === undefined)
            return undefined;
        return this.run(this.replies, schema, `reply:${op.method} ${op.path} ${status}`, value);
    }

    /** Errors of a request body against the operation's request schema (formats not checked, like kin-openapi). */
    validateRequest(op: SpecOperation, value: unknown): string[] {
        if (op.requestSchema === undefined)
            return [];
        return this.run(this.requests, op.requestSchema, `request:${op.method} ${op.path}`, value);
    }
}

/** The spec, or undefined when ../shared/reference is absent. */
export function loadSpec(file = SPEC_PATH): Spec | undefined {
    if (!fs.existsSync(file))
        return undefined;
    const doc: unknown = yaml.load(fs.readFileSync(file, "utf8"));
    if (!isObj(doc))
        throw new Error(`${file}: not an OpenAPI document`);
    return new Spec(doc);
}

/** The Cloud API's path prefix. */
export const CLOUD_API = "/api/image-builder-composer/v2";

export interface CallOptions {
    json?: unknown;
    body?: string;
    contentType?: string;
    maxBytes?: number;
}

/** `GET /distributions` really answers distro → arch → image type → repositories (the spec documents two levels). */
function distributionListProblems(v: unknown): string[] {
    const out: string[] = [];
    if (!isObj(v))
        return ["not an object"];
    for (const [d, arches] of Object.entries(v)) {
        for (const [a, types] of Object.entries(isObj(arches) ? arches : {})) {
            for (const [t, repos] of Object.entries(isObj(types) ? types : {})) {
                const ok = Array.isArray(repos) && repos.every(r => isObj(r) && typeof r.name === "string" &&
                    (Array.isArray(r.baseurls) || typeof r.metalink === "string" || typeof r.mirrorlist === "string"));
                if (!ok)
                    out.push(`${d}/${a}/${t}: not a list of repositories`);
            }
        }
    }
    return out;
}

/**
 * Sends requests to a Cloud API socket and collects every way they or their
 * replies break the spec: a request the server accepts must validate against
 * the operation's request schema, one the spec rejects must get 400 code 30;
 * every JSON reply must validate against the schema of its status (errors:
 * `Error`). Without a spec nothing is checked and verify() reports a skip.
 */
export class CloudContract {
    private readonly problems: string[] = [];

    constructor(private readonly socket: string, private readonly spec: Spec | undefined) {}

    async call(method: string, p: string, o: CallOptions = {}): Promise<ClientReply> {
        const body = o.json !== undefined ? JSON.stringify(o.json) : o.body;
        const contentType = o.contentType ?? (body !== undefined ? "application/json" : undefined);
        const headers: Record<string, string> = contentType !== undefined ? { "Content-Type": contentType } : {};
        const r = await request(this.socket, method, p, { body, headers, maxBytes: o.maxBytes });
        if (this.spec)
            this.check(this.spec, method, p, body, contentType, r);
        return r;
    }

    private checkRequest(spec: Spec, op: SpecOperation, where: string, body: string, r: ClientReply, reply: unknown): void {
        let sent: unknown;
        try {
            sent = JSON.parse(body);
        } catch {
            return;
        }
        const errs = spec.validateRequest(op, sent);
        const code = isObj(reply) ? reply.code : undefined;
        if (r.status < 300 && errs.length > 0)
            this.problems.push(`${where}: accepted a request the spec rejects: ${errs.join("; ")}`);
        if (errs.length > 0 && !(r.status === 400 && code === "IMAGE-BUILDER-COMPOSER-30"))
            this.problems.push(`${where}: the spec rejects the request (${errs[0]}) but the reply is not 400 code 30`);
    }

    private check(spec: Spec, method: string, p: string, body: string | undefined, contentType: string | undefined, r: ClientReply): void {
        const rel = p.split("?")[0].slice(CLOUD_API.length);
        const where = `${method} ${p} -> ${r.status}`;
        const op = spec.find(method, rel);
        const streamed = r.status === 200 && rel.endsWith("/download");
        let reply: unknown;
        try {
            reply = streamed ? undefined : r.json();
        } catch {
            this.problems.push(`${where}: reply is not JSON: ${r.text.slice(0, 80)}`);
            return;
        }
        if (op && body !== undefined && contentType?.split(";")[0] === "application/json")
            this.checkRequest(spec, op, where, body, r, reply);
        if (streamed)
            return; // the artifact (application/octet-stream)
        if (r.headers["content-type"] !== "application/json")
            this.problems.push(`${where}: Content-Type ${String(r.headers["content-type"])}`);
        const add = (errs: string[] | undefined, what: string): void => {
            if (errs === undefined)
                this.problems.push(`${where}: the spec has no JSON schema for this reply`);
            else
                this.problems.push(...errs.map(e => `${where}: ${what}: ${e}`));
        };
        // composer answers every error with an `Error` body, also where the spec
        // says text/plain (logs, manifests, sboms, clone) or lists no such status
        if (r.status >= 400)
            return add(spec.validate("Error", reply), "Error");
        if (!op)
            return add(undefined, "");
        if (op.path === "/composes/") {
            // quirk: a bare array of ComposeStatus, not the ComposeList object the spec declares
            if (!Array.isArray(reply))
                return add(["not a bare array"], "ComposeStatus[]");
            reply.forEach((item, i) => add(spec.validate("ComposeStatus", item), `[${i}] ComposeStatus`));
            return;
        }
        if (op.path === "/distributions")
            return add(distributionListProblems(reply), "distro/arch/image type/repositories");
        add(spec.validateReply(op, String(r.status), reply), op.path);
    }

    /** Asserts an `Error` reply with `status` and service error `code`; returns the body. */
    assertError(r: ClientReply, status: number, code: number): Obj {
        assert.equal(r.status, status, r.text);
        const e: unknown = r.json();
        assert.ok(isObj(e), r.text);
        assert.equal(e.code, `IMAGE-BUILDER-COMPOSER-${code}`, r.text);
        assert.equal(e.id, String(code));
        assert.equal(e.href, `${CLOUD_API}/errors/${code}`);
        assert.equal(e.kind, "Error");
        assert.match(String(e.operation_id), /^[0-9A-Za-z]{27}$/);
        return e;
    }

    /** POST /compose that must be accepted; returns the compose id. */
    async create(body: Obj): Promise<string> {
        const r = await this.call("POST", `${CLOUD_API}/compose`, { json: body });
        assert.equal(r.status, 201, r.text);
        const j: unknown = r.json();
        assert.ok(isObj(j));
        assert.equal(j.href, `${CLOUD_API}/compose`);
        assert.equal(j.kind, "ComposeId");
        return String(j.id);
    }

    /** Polls GET /composes/{id} until the compose is no longer pending; returns its ComposeStatus. */
    async settled(id: string): Promise<Obj> {
        for (let i = 0; i < 200; i++) {
            const s: unknown = (await this.call("GET", `${CLOUD_API}/composes/${id}`)).json();
            assert.ok(isObj(s));
            if (s.status !== "pending")
                return s;
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        throw new Error(`compose ${id} did not finish`);
    }

    /** A subtest that fails on any collected problem (skipped, with a message, without the spec). */
    async verify(t: TestContext): Promise<void> {
        await t.test("requests and replies match the OpenAPI spec", st => {
            if (!this.spec) {
                st.skip(SPEC_ABSENT);
                return;
            }
            assert.deepEqual(this.problems, []);
        });
    }
}
