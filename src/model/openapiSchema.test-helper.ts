/* eslint-disable no-restricted-imports -- a test helper: it reads the spec from ../shared with node:fs */
// Validates values against a schema of the Cloud API's OpenAPI spec
// (../shared/reference/cloudapi-openapi.v2.yml) with ajv. Used by the *.test.ts files only.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import addFormatsModule from "ajv-formats";
import yaml from "js-yaml";

export const SPEC_PATH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/reference/cloudapi-openapi.v2.yml");

/** Why spec tests skip, or null when the spec is there */
export const SPEC_ABSENT: string | null = fs.existsSync(SPEC_PATH)
    ? null
    : "../shared/reference/cloudapi-openapi.v2.yml absent: the requests cannot be checked against the Cloud API spec";

export type Validate = (value: unknown) => string[];

let ajv: Ajv | null = null;

// ajv-formats is CommonJS; under tsx its default export may come wrapped once more
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function specAjv(): Ajv {
    if (!ajv) {
        const spec = yaml.load(fs.readFileSync(SPEC_PATH, "utf8")) as { components: unknown };
        ajv = new Ajv({ strict: false, allErrors: true, logger: false });
        addFormats(ajv);
        ajv.addFormat("password", true);
        ajv.addSchema({ $id: "spec", components: spec.components });
    }
    return ajv;
}

/** A validator for components/schemas/<name>: returns ajv's messages, [] when valid */
export function schemaValidator(name: string): Validate {
    const validate = specAjv().compile({ $ref: `spec#/components/schemas/${name}` });
    return value => (validate(value) ? [] : (validate.errors ?? []).map(error => `${error.instancePath || "/"} ${error.message ?? ""} ${JSON.stringify(error.params)}`));
}
