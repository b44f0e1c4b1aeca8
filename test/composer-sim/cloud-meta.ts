// The Cloud API's operations (paths, methods, operation ids, request body
// schemas) as data, the routing of a path onto them, and the self-describing
// endpoints: GET /openapi, GET /errors, GET /errors/{id}.

import type { SimReply } from "./model";
import { CLOUD_PREFIX, CloudError, ERROR_COUNT, errorBody, errorPage, isKnownError, jsonReply, newOperationId } from "./cloud-errors";
import { cloudSchemas } from "./cloud-schema";
import type { RequestSchemaName } from "./cloud-validate";

export interface Operation {
    /** OpenAPI path template, e.g. "/composes/{id}/logs" */
    path: string;
    method: "GET" | "POST" | "DELETE";
    operationId: string;
    summary: string;
    status: string;
    body?: RequestSchemaName;
}

export const OPERATIONS: readonly Operation[] = [
    { path: "/openapi", method: "GET", operationId: "getOpenapi", summary: "Get the openapi spec in json format", status: "200" },
    { path: "/composes/", method: "GET", operationId: "getComposeList", summary: "The list of composes", status: "200" },
    { path: "/composes/{id}", method: "GET", operationId: "getComposeStatus", summary: "The status of a compose", status: "200" },
    { path: "/composes/{id}", method: "DELETE", operationId: "deleteCompose", summary: "Delete a compose", status: "200" },
    { path: "/composes/{id}/metadata", method: "GET", operationId: "getComposeMetadata", summary: "Get the metadata for a compose.", status: "200" },
    { path: "/composes/{id}/logs", method: "GET", operationId: "getComposeLogs", summary: "Get logs for a compose.", status: "200" },
    { path: "/composes/{id}/manifests", method: "GET", operationId: "getComposeManifests", summary: "Get the manifests for a compose.", status: "200" },
    { path: "/composes/{id}/sboms", method: "GET", operationId: "getComposeSBOMs", summary: "Get the SBOMs for a compose.", status: "200" },
    { path: "/composes/{id}/download", method: "GET", operationId: "getComposeDownload", summary: "Download the artifact for a compose.", status: "200" },
    { path: "/composes/{id}/clone", method: "POST", operationId: "postCloneCompose", summary: "Clone an existing compose", status: "201", body: "CloneComposeBody" },
    { path: "/clones/{id}", method: "GET", operationId: "getCloneStatus", summary: "The status of a cloned compose", status: "200" },
    { path: "/compose", method: "POST", operationId: "postCompose", summary: "Create compose", status: "201", body: "ComposeRequest" },
    { path: "/depsolve/blueprint", method: "POST", operationId: "postDepsolveBlueprint", summary: "Depsolve one or more blueprints", status: "200", body: "DepsolveRequest" },
    { path: "/search/packages", method: "POST", operationId: "postSearchPackages", summary: "Search for detailed information on a list of package names", status: "200", body: "SearchPackagesRequest" },
    { path: "/distributions", method: "GET", operationId: "getDistributionList", summary: "Get all of the supported distribution repository details", status: "200" },
    { path: "/distributions/{distro}", method: "GET", operationId: "getDistribution", summary: "Get details for a specific distribution", status: "200" },
    { path: "/errors/{id}", method: "GET", operationId: "getError", summary: "Get error description", status: "200" },
    { path: "/errors", method: "GET", operationId: "getErrorList", summary: "Get a list of all possible errors", status: "200" },
];

export interface RouteMatch {
    op: Operation;
    params: Record<string, string>;
}

function matchTemplate(template: string, path: string): Record<string, string> | undefined {
    const t = template.split("/");
    const p = path.split("/");
    if (t.length !== p.length)
        return undefined;
    const params: Record<string, string> = {};
    for (let i = 0; i < t.length; i++) {
        const m = /^\{(\w+)\}$/.exec(t[i]);
        if (m) {
            if (p[i] === "")
                return undefined;
            params[m[1]] = p[i];
        } else if (t[i] !== p[i]) {
            return undefined;
        }
    }
    return params;
}

/**
 * Finds the operation for a request path (with the /api/image-builder-composer/v2
 * prefix). Like composer's kin-openapi router: an unknown path and a known path
 * with another method are both 404 code 21.
 */
export function route(method: string, fullPath: string): RouteMatch {
    if (!fullPath.startsWith(`${CLOUD_PREFIX}/`))
        throw new CloudError(21, "code=404, message=Not Found");
    const rel = fullPath.slice(CLOUD_PREFIX.length);
    let pathKnown = false;
    for (const op of OPERATIONS) {
        const params = matchTemplate(op.path, rel);
        if (!params)
            continue;
        pathKnown = true;
        if (op.method === method)
            return { op, params };
    }
    throw new CloudError(21, pathKnown ? "method not allowed" : "no matching operation was found");
}

/** GET /openapi: a minimal but valid OpenAPI 3.0 document (operations and the request schemas). */
export function getOpenapi(): SimReply {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const op of OPERATIONS) {
        const params = [...op.path.matchAll(/\{(\w+)\}/g)].map(m => ({ in: "path", name: m[1], required: true, schema: { type: "string" } }));
        const operation: Record<string, unknown> = {
            operationId: op.operationId,
            summary: op.summary,
            responses: { [op.status]: { description: "success" }, default: { description: "an Error object" } },
        };
        if (params.length > 0)
            operation.parameters = params;
        if (op.body)
            operation.requestBody = { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/${op.body}` } } } };
        paths[op.path] ??= {};
        paths[op.path][op.method.toLowerCase()] = operation;
    }
    return jsonReply(200, {
        openapi: "3.0.1",
        info: {
            version: "2",
            title: "OSBuild Composer cloud api",
            description: "Service to build and install images (composer stand-in: operations and request body schemas only).",
            license: { name: "Apache 2.0", url: "https://www.apache.org/licenses/LICENSE-2.0.html" },
        },
        servers: [{ url: CLOUD_PREFIX, description: "current domain" }],
        paths,
        components: { schemas: cloudSchemas },
    });
}

function intParam(v: string | null, code: number, fallback: number): number {
    if (v === null)
        return fallback;
    if (!/^[+-]?\d+$/.test(v))
        throw new CloudError(code);
    return Number(v);
}

/** GET /errors?page=&size= (defaults 0 and 100). */
export function getErrorList(query: URLSearchParams): SimReply {
    const page = intParam(query.get("page"), 18, 0);
    const size = intParam(query.get("size"), 19, 100);
    const items = errorPage(page, size, newOperationId());
    return jsonReply(200, { kind: "ErrorList", page, size: items.length, total: ERROR_COUNT, items });
}

/** GET /errors/{id} */
export function getError(id: string): SimReply {
    if (!/^[+-]?\d+$/.test(id))
        throw new CloudError(16);
    const code = Number(id);
    if (!isKnownError(code))
        throw new CloudError(17);
    return jsonReply(200, errorBody(code, newOperationId()));
}
