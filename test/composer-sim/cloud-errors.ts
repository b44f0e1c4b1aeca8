// Cloud API v2 error bodies (schema `Error`): the service error table of
// osbuild-composer's internal/cloudapi/v2/errors.go (codes, HTTP statuses and
// reason texts), and the JSON replies built from it.

import crypto from "node:crypto";
import type { SimReply } from "./model";

export const CLOUD_PREFIX = "/api/image-builder-composer/v2";
const ERROR_HREF = `${CLOUD_PREFIX}/errors`;

/** [code, HTTP status, reason], in the order `GET /errors` lists them. */
const TABLE: ReadonlyArray<readonly [number, number, string]> = [
    [401, 401, "Account authentication could not be verified"],
    [2, 403, "Account is unauthorized to perform this action"],
    [3, 415, "Only 'application/json' content is supported"],
    [4, 400, "Unsupported distribution"],
    [5, 400, "Unsupported architecture"],
    [6, 400, "Unsupported image type"],
    [7, 400, "Must specify baseurl, mirrorlist, or metalink"],
    [8, 400, "Failed to depsolve packages"],
    [9, 400, "Invalid OSTree ref"],
    [10, 400, "Error resolving OSTree repo"],
    [11, 400, "Failed to get manifest"],
    [14, 400, "Invalid format for compose id"],
    [15, 404, "Compose with given id not found"],
    [16, 400, "Invalid format for error id, it should be an integer as a string"],
    [17, 404, "Error with given id not found"],
    [18, 400, "Invalid format for page param, it should be an integer as a string"],
    [19, 400, "Invalid format for size param, it should be an integer as a string"],
    [20, 400, "Malformed json, unable to decode body"],
    [21, 404, "Requested resource doesn't exist"],
    [22, 405, "Requested method isn't supported for resource"],
    [23, 406, "Only 'application/json' content is supported"],
    [24, 400, "BaseURL must be specified for payload repositories"],
    [26, 404, "Job with given id has an invalid type"],
    [25, 400, "Compose request has unsupported number of image builds"],
    [27, 400, "Invalid OSTree parameters or parameter combination"],
    [28, 400, "Tenant not found in JWT claims"],
    [1022, 400, "Artifact not found"],
    [29, 400, "Invalid repository, when check_gpg is set, gpgkey must be specified"],
    [30, 400, "Request could not be validated"],
    [31, 400, "Compose is running or has failed"],
    [32, 400, "This compose doesn't support the creation of multiple images"],
    [33, 400, "Invalid format for image id"],
    [34, 400, "Image with given id not found"],
    [35, 400, "Invalid image customization"],
    [36, 400, "local_save is not enabled"],
    [37, 400, "Requested partitioning mode is invalid"],
    [38, 400, "Invalid upload target for image type"],
    [39, 400, "Invalid request, include blueprint or customizations, not both"],
    [40, 400, "Invalid request, Blueprint and Cloud API request Distribution must match"],
    [41, 400, "Invalid request, Blueprint and Cloud API request Architecture must match"],
    [42, 400, "Invalid request, see details for more information"],
    [1000, 500, "Failed to initialize blueprint"],
    [1001, 500, "Failed to generate manifest seed"],
    [1002, 500, "Failed to depsolve packages"],
    [1003, 500, "Failed to marshal struct"],
    [1004, 500, "Failed to unmarshal struct"],
    [1005, 500, "Failed to enqueue job"],
    [1006, 500, "Compose has more than one upload target"],
    [1007, 500, "Compose has unknown upload target"],
    [1008, 500, "Unable to load openapi spec"],
    [1009, 500, "Unable to parse manifest version"],
    [1010, 500, "Unknown manifest version"],
    [1011, 500, "Unable to convert ostree commit stage metadata"],
    [1012, 500, "OSBuildJobResult does not have expected fields set"],
    [1013, 500, "Unable to get depsolve job status"],
    [1014, 500, "Depsolve job was cancelled"],
    [1015, 500, "Compose has unexpected number of image builds"],
    [1016, 500, "Error checking status of build job dependencies"],
    [1017, 500, "Unable to get osbuild job status"],
    [1018, 500, "Unable to get ec2 job status"],
    [1019, 500, "Unable to get job type of existing job"],
    [1020, 500, "Unable to retrieve tenant from request context"],
    [1021, 500, "Unable to get list of composes"],
    [1023, 500, "Unable to delete job"],
    [10000, 500, "Unspecified internal error "],
    [10001, 500, "Error is not an instance of HTTPError"],
    [10002, 500, "Error does not exist"],
    [10003, 500, "OperationID is empty or is not a string"],
];

export interface CloudErrorBody {
    href: string;
    id: string;
    kind: "Error";
    code: string;
    reason: string;
    operation_id: string;
    details?: unknown;
}

/** How many errors the table has (`ErrorList.total`). */
export const ERROR_COUNT = TABLE.length;

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A random 27-character base62 id, the shape of the KSUIDs composer uses as operation ids. */
export function newOperationId(): string {
    const bytes = crypto.randomBytes(27);
    let out = "";
    for (const b of bytes)
        out += BASE62[b % 62];
    return out;
}

function entry(code: number): readonly [number, number, string] {
    return TABLE.find(e => e[0] === code) ?? [10002, 500, "Error does not exist"];
}

/** The `Error` object of a code (without details, as `GET /errors` lists it). */
export function errorBody(code: number, operationId: string): CloudErrorBody {
    const [c, , reason] = entry(code);
    return {
        href: `${ERROR_HREF}/${c}`,
        id: String(c),
        kind: "Error",
        code: `IMAGE-BUILDER-COMPOSER-${c}`,
        reason,
        operation_id: operationId,
    };
}

/** True when `code` is in the table (`GET /errors/{id}`). */
export function isKnownError(code: number): boolean {
    return TABLE.some(e => e[0] === code);
}

/** The error table slice for `GET /errors?page=&size=` (page and size as composer computes them). */
export function errorPage(page: number, size: number, operationId: string): CloudErrorBody[] {
    if (page < 0 || size < 0)
        return [];
    const start = Math.min(page * size, TABLE.length);
    const end = Math.min((page + 1) * size, TABLE.length);
    return TABLE.slice(start, end).map(e => errorBody(e[0], operationId));
}

/** A JSON reply (echo's `c.JSON`: `application/json`, trailing newline). */
export function jsonReply(status: number, value: unknown, headers: Record<string, string> = {}): SimReply {
    return {
        status,
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(value) + "\n",
    };
}

/**
 * The error reply composer sends for a service error. composer always sets
 * `details` for errors raised by handlers: the internal error's text, or ""
 * when there is none.
 */
export function cloudError(code: number, details: unknown = ""): SimReply {
    const [, status] = entry(code);
    return jsonReply(status, { ...errorBody(code, newOperationId()), details });
}

/** Thrown inside the Cloud handlers to end a request with a service error. */
export class CloudError extends Error {
    readonly code: number;
    readonly details: unknown;

    constructor(code: number, details: unknown = "") {
        super(`IMAGE-BUILDER-COMPOSER-${code}`);
        this.code = code;
        this.details = details;
    }

    reply(): SimReply {
        return cloudError(this.code, this.details);
    }
}
