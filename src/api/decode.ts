// Small checks that turn unknown JSON into the shapes the plugin relies on. A reply
// that does not fit gives a DecodeError naming the field, never a blank page later.
/** A reply that does not have the shape the plugin relies on */
export class DecodeError extends Error {}

export type Json = Record<string, unknown>;

export function record(value: unknown, what: string): Json {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new DecodeError(`${what} is not an object`);
    return value as Json;
}

export function array(value: unknown, what: string): unknown[] {
    if (!Array.isArray(value))
        throw new DecodeError(`${what} is not a list`);
    return value;
}

export function string(value: unknown, what: string): string {
    if (typeof value !== "string")
        throw new DecodeError(`${what} is not a string`);
    return value;
}

export function number(value: unknown, what: string): number {
    if (typeof value !== "number" || !Number.isFinite(value))
        throw new DecodeError(`${what} is not a number`);
    return value;
}

export function optionalString(value: unknown, what: string): string | undefined {
    return value === undefined || value === null ? undefined : string(value, what);
}

export function optionalNumber(value: unknown, what: string): number | undefined {
    return value === undefined || value === null ? undefined : number(value, what);
}
