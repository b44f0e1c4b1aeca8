// Request body checks of the Cloud API, in the order osbuild-composer runs them:
//  1. the OpenAPI request validator (kin-openapi openapi3filter, composer's
//     ValidateRequest middleware): body present, Content-Type media type
//     declared by the operation, body decodes as JSON, body matches the schema
//     -> 400 code 30 "Request could not be validated", details = validator message;
//  2. the handler's binder: Content-Type header exactly "application/json"
//     (415 code 3), Go JSON decoding into the request struct (400 code 20).
// The schemas are the embedded fragments of cloud-schema.ts (no ../shared at run time).

import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { cloudSchemas } from "./cloud-schema";
import { CloudError } from "./cloud-errors";
import type { SimRequest } from "./model";

export type RequestSchemaName = "ComposeRequest" | "CloneComposeBody" | "DepsolveRequest" | "SearchPackagesRequest";

/** Go type names, for the `json: cannot unmarshal ...` texts of code 20. */
const GO_TYPES: Record<RequestSchemaName, string> = {
    ComposeRequest: "v2.ComposeRequest",
    CloneComposeBody: "v2.AWSEC2CloneCompose",
    DepsolveRequest: "v2.DepsolveRequest",
    SearchPackagesRequest: "v2.SearchPackagesRequest",
};

// kin-openapi does not check the "uri"/"uuid" formats by default, so neither do we.
const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false, verbose: true });
ajv.addSchema({ $id: "cloudapi", components: { schemas: cloudSchemas } });

const validators = new Map<RequestSchemaName, ValidateFunction>();

function validatorFor(name: RequestSchemaName): ValidateFunction {
    let v = validators.get(name);
    if (!v) {
        v = ajv.compile({ $ref: `cloudapi#/components/schemas/${name}` });
        validators.set(name, v);
    }
    return v;
}

function headerValue(req: SimRequest, name: string): string | undefined {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
}

function goJsonSyntaxError(text: string, err: unknown): string {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /position (\d+)/.exec(msg);
    if (m) {
        const ch = text[Number(m[1])];
        if (ch !== undefined)
            return `invalid character '${ch}' looking for beginning of value`;
    }
    return "unexpected EOF";
}

function goValue(v: unknown): string {
    if (Array.isArray(v))
        return `[${v.map(goValue).join(" ")}]`;
    if (typeof v === "object" && v !== null)
        return JSON.stringify(v);
    return String(v);
}

/** One ajv error as kin-openapi's SchemaError prints it (`Error at "/path": reason`). */
function kinMessage(e: ErrorObject): string {
    let path = e.instancePath;
    let reason: string;
    const params: Record<string, unknown> = e.params;
    switch (e.keyword) {
    case "additionalProperties":
        path += `/${String(params.additionalProperty)}`;
        reason = `property "${String(params.additionalProperty)}" is unsupported`;
        break;
    case "required":
        path += `/${String(params.missingProperty)}`;
        reason = `property "${String(params.missingProperty)}" is missing`;
        break;
    case "enum":
        reason = `value is not one of the allowed values ${goValue(params.allowedValues)}`;
        break;
    case "type": {
        const t = String(params.type);
        reason = `value must be ${/^[aeiou]/.test(t) ? "an" : "a"} ${t}`;
        break;
    }
    case "minItems":
        reason = `minimum number of items is ${String(params.limit)}`;
        break;
    case "not":
    case "oneOf":
    case "anyOf":
        reason = `Doesn't match schema "${e.keyword}"`;
        break;
    default:
        reason = e.message ?? e.keyword;
    }
    const at = path ? `Error at "${path}": ` : "";
    const schema = JSON.stringify(e.parentSchema ?? {}, null, 2).replace(/\n/g, "\n  ");
    const value = JSON.stringify(e.data ?? null, null, 2).replace(/\n/g, "\n  ");
    return `${at}${reason}\nSchema:\n  ${schema}\n\nValue:\n  ${value}\n`;
}

/** JSON pointer of the first null inside a decoded value, if any. */
function findNull(v: unknown, at: string): string | undefined {
    if (v === null)
        return at;
    if (typeof v !== "object")
        return undefined;
    for (const [k, x] of Object.entries(v)) {
        const found = findNull(x, `${at}/${k}`);
        if (found !== undefined)
            return found;
    }
    return undefined;
}

function validationFailed(details: string): CloudError {
    return new CloudError(30, `request body has an error: ${details}`);
}

/**
 * Reads and checks a JSON request body for `schema`; returns the decoded
 * object or throws a CloudError (codes 30, 3, 20) as composer would.
 */
export function readJsonBody(req: SimRequest, schema: RequestSchemaName): Record<string, unknown> {
    // openapi3filter.ValidateRequestBody
    if (req.body.length === 0)
        throw validationFailed("value is required but missing");
    const contentType = headerValue(req, "content-type") ?? "";
    const media = contentType.split(";")[0];
    if (contentType === "" || media !== "application/json")
        throw validationFailed(`header Content-Type has unexpected value ${JSON.stringify(contentType)}`);
    const text = req.body.toString("utf8");
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (err) {
        throw validationFailed(`failed to decode request body: ${goJsonSyntaxError(text, err)}`);
    }
    const schemaRef = `#/components/schemas/${schema}`;
    if (value === null)
        throw validationFailed(`doesn't match schema ${schemaRef}: Value is not nullable`);
    const validate = validatorFor(schema);
    if (!validate(value)) {
        const errors = validate.errors ?? [];
        const last = errors[errors.length - 1];
        throw validationFailed(`doesn't match schema ${schemaRef}: ${last ? kinMessage(last) : "invalid"}`);
    }

    // kin-openapi refuses null wherever a schema is not `nullable` (no request schema is)
    const nullAt = findNull(value, "");
    if (nullAt !== undefined)
        throw validationFailed(`doesn't match schema ${schemaRef}: Error at "${nullAt}": Value is not nullable`);

    // the handler's binder (handler.go): exact header, then Go's json decoding
    if (contentType !== "application/json")
        throw new CloudError(3);
    if (!isRecord(value)) {
        // unreachable for the schemas with `not`/`required` (they refuse non-objects), kept for the others
        const kind = Array.isArray(value) ? "array" : typeof value === "string" ? "string" : typeof value === "boolean" ? "bool" : "number";
        throw new CloudError(20, `json: cannot unmarshal ${kind} into Go value of type ${GO_TYPES[schema]}`);
    }
    return value;
}

/**
 * Go's decoding of a field the schema leaves untyped into an unsigned integer
 * (`size`, `min_size`): anything but a non-negative integer is error 20.
 */
export function checkUint(value: unknown, field: string, goStruct: string): void {
    // absent or null leaves the Go uint64 at 0
    if (value === undefined || value === null)
        return;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0)
        return;
    const kind = typeof value === "number" ? `number ${String(value)}` : Array.isArray(value) ? "array" : typeof value === "boolean" ? "bool" : typeof value;
    throw new CloudError(20, `json: cannot unmarshal ${kind} into Go struct field ${goStruct}.${field} of type uint64`);
}

/** Narrows a decoded JSON value to an object. */
export function isRecord(v: unknown): v is Record<string, unknown> {
    return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Go's uuid.Parse (github.com/google/uuid): accepts the 36-character form,
 * "urn:uuid:" + it, "{...}" around it and 32 bare hex digits; returns the
 * canonical lower-case form, or throws an Error with Go's message.
 */
export function parseUuid(s: string): string {
    let body = s;
    switch (s.length) {
    case 36:
        break;
    case 45:
        if (s.slice(0, 9).toLowerCase() !== "urn:uuid:")
            throw new Error(`invalid urn prefix: ${JSON.stringify(s.slice(0, 9))}`);
        body = s.slice(9);
        break;
    case 38:
        body = s.slice(1, 37);
        break;
    case 32:
        if (!/^[0-9a-fA-F]{32}$/.test(s))
            throw new Error("invalid UUID format");
        return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`.toLowerCase();
    default:
        throw new Error(`invalid UUID length: ${s.length}`);
    }
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(body))
        throw new Error("invalid UUID format");
    return body.toLowerCase();
}
