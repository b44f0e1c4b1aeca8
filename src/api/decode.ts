// Small checks that turn unknown JSON into the shapes the plugin relies on. A reply
// that does not fit gives a DecodeError naming the field, never a blank page later.
/** A reply that does not have the shape the plugin relies on */
export class DecodeError extends Error {}

export type Json = Record<string, unknown>;

/**
 * What a value is, for the error message: a name, or a function that makes the name. Lists of
 * thousands of entries pass a function, so that no name is put together unless one is wrong.
 */
export type What = string | (() => string);

/** The name `what` stands for, with `.field` when given */
export function named(what: What, field?: string): string {
    const base = typeof what === "string" ? what : what();
    return field === undefined ? base : `${base}.${field}`;
}

export function record(value: unknown, what: What, field?: string): Json {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        throw new DecodeError(`${named(what, field)} is not an object`);
    return value as Json;
}

export function array(value: unknown, what: What, field?: string): unknown[] {
    if (!Array.isArray(value))
        throw new DecodeError(`${named(what, field)} is not a list`);
    return value;
}

export function string(value: unknown, what: What, field?: string): string {
    if (typeof value !== "string")
        throw new DecodeError(`${named(what, field)} is not a string`);
    return value;
}

export function number(value: unknown, what: What, field?: string): number {
    if (typeof value !== "number" || !Number.isFinite(value))
        throw new DecodeError(`${named(what, field)} is not a number`);
    return value;
}

export function optionalString(value: unknown, what: What, field?: string): string | undefined {
    return value === undefined || value === null ? undefined : string(value, what, field);
}

export function optionalNumber(value: unknown, what: What, field?: string): number | undefined {
    return value === undefined || value === null ? undefined : number(value, what, field);
}
