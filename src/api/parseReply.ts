// A JSON reply's text, parsed and checked by a decoder: what every transport's json() does after
// the request (transport.ts), kept apart from cockpit so that it can be tested under node.
import { type ComposerApi, type ComposerError, malformedReply } from "./composerError";
import { DecodeError } from "./decode";

export type Result<T> = { data: T; error?: undefined } | { data?: undefined; error: ComposerError };

/** Turns the parsed JSON into T, or throws a DecodeError naming what is wrong */
export type Decoder<T> = (value: unknown) => T;

/** The JSON of `text`, unchecked */
export function parseJson(api: ComposerApi, text: string): Result<unknown> {
    try {
        return { data: JSON.parse(text) as unknown };
    } catch {
        return { error: malformedReply(api, "not JSON", text) };
    }
}

/** `parsed` (the JSON of `text`) checked by `decode` */
export function decodeParsed<T>(api: ComposerApi, text: string, parsed: unknown, decode: Decoder<T>): Result<T> {
    try {
        return { data: decode(parsed) };
    } catch (e) {
        if (e instanceof DecodeError)
            return { error: malformedReply(api, e.message, text) };
        throw e;
    }
}

export function parseReply<T>(api: ComposerApi, text: string, decode: Decoder<T>): Result<T> {
    const parsed = parseJson(api, text);
    return parsed.error ? parsed : decodeParsed(api, text, parsed.data, decode);
}
