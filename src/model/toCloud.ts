// A Weldr blueprint → the Cloud API's `blueprint` (schema Blueprint, a stricter subset: reference
// §2 last paragraph and the OpenAPI spec). What the Cloud API cannot carry is left out and listed,
// so the UI can tell the user before submitting. Pure.
import type { Blueprint } from "./blueprint";
import type { Path } from "./objectPath";
import { formatSize, parseSize } from "./size";
import { BLUEPRINT_SHAPE, type Shape } from "./toCloudShape";

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

export type DropReason =
    | "unsupported"       // the Cloud API has no such field
    | "invalid"           // a value the Cloud schema refuses (wrong type, not in its enum, not a URI/UUID)
    | "missing-required"; // the Cloud schema needs params.field here (openscap.profile_id, enabled_modules[].stream…)

export interface Dropped {
    path: Path;
    reason: DropReason;
    params?: Record<string, string>;
}

export const DROP_REASON_TEXT: Readonly<Record<DropReason, string>> = {
    "unsupported": N_("The Cloud API cannot carry this field; it is left out."),
    "invalid": N_("The Cloud API refuses this value; it is left out."),
    "missing-required": N_("The Cloud API needs $0 here; this part is left out."),
};

export interface CloudBlueprintResult {
    blueprint: Record<string, unknown>;
    dropped: Dropped[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

/** Nothing the user meant is lost when dropping these silently */
const isEmpty = (value: unknown): boolean =>
    value === undefined || value === null || value === "" || value === false ||
    (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/;
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function convertLeaf(value: unknown, shape: string): { ok: true; value: unknown } | { ok: false } {
    switch (shape) {
    case "string": return typeof value === "string" ? { ok: true, value } : { ok: false };
    case "boolean": return typeof value === "boolean" ? { ok: true, value } : { ok: false };
    case "integer": return Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
    case "string|integer": return typeof value === "string" || Number.isSafeInteger(value) ? { ok: true, value } : { ok: false };
    case "uri": return typeof value === "string" && URI.test(value) ? { ok: true, value } : { ok: false };
    case "uuid": return typeof value === "string" && UUID.test(value) ? { ok: true, value } : { ok: false };
    case "size": {
        // the Cloud schema's minsize is text with units: keep what the user wrote, write numbers as "2 GiB"
        const bytes = parseSize(value);
        if (bytes === null)
            return { ok: false };
        return { ok: true, value: typeof value === "string" ? value.trim() : formatSize(bytes) };
    }
    }
    return { ok: false };
}

function convert(value: unknown, shape: Shape, path: Path, dropped: Dropped[]): unknown {
    if (typeof shape === "string") {
        const result = convertLeaf(value, shape);
        if (result.ok)
            return result.value;
        dropped.push({ path, reason: "invalid" });
        return undefined;
    }
    if ("enum" in shape) {
        if (typeof value === "string" && shape.enum.includes(value))
            return value;
        if (!(shape.emptyIsDefault && value === ""))
            dropped.push({ path, reason: "invalid" });
        return undefined;
    }
    if ("array" in shape) {
        if (!Array.isArray(value)) {
            dropped.push({ path, reason: "invalid" });
            return undefined;
        }
        const items = value.map((item, index) => convert(item, shape.array, [...path, index], dropped)).filter(item => item !== undefined);
        // an empty list where the schema needs one entry means the same as no list
        return shape.minItems && items.length < shape.minItems ? undefined : items;
    }
    if ("oneOf" in shape)
        return convert(value, shape.oneOf(value), path, dropped);
    if (!isObject(value)) {
        dropped.push({ path, reason: "invalid" });
        return undefined;
    }
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
        const target = shape.rename?.[key] ?? key;
        if (!Object.hasOwn(shape.object, target)) {
            if (!isEmpty(item) && !shape.silent?.includes(key))
                dropped.push({ path: [...path, key], reason: "unsupported" });
            continue;
        }
        if (item === undefined || item === null)
            continue;
        const converted = convert(item, shape.object[target], [...path, key], dropped);
        if (converted !== undefined)
            result[target] = converted;
    }
    for (const field of shape.required ?? []) {
        if (!Object.hasOwn(result, field)) {
            dropped.push({ path, reason: "missing-required", params: { field } });
            return undefined;
        }
    }
    return result;
}

/**
 * The Cloud API blueprint for a Weldr blueprint, and what could not be carried. `architecture`
 * goes to the image request instead and is not reported; empty values are left out silently.
 */
export function toCloudBlueprint(blueprint: Blueprint): CloudBlueprintResult {
    const dropped: Dropped[] = [];
    const converted = convert(blueprint, BLUEPRINT_SHAPE, [], dropped);
    // only a blueprint without a usable name gets here; the compose builder refuses it
    return { blueprint: isObject(converted) ? converted : { name: typeof blueprint.name === "string" ? blueprint.name : "" }, dropped };
}
