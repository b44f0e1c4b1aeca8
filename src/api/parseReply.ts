// A JSON reply's text, parsed and checked by a decoder: what every transport's json() does after
// the request (transport.ts), kept apart from cockpit so that it can be tested under node.
import { type ComposerApi, type ComposerError, malformedReply } from "./composerError";
import { DecodeError } from "./decode";

export type Result<T> = { data: T; error?: undefined } | { data?: undefined; error: ComposerError };

/** Turns the parsed JSON into T, or throws a DecodeError naming what is wrong */
export type Decoder<T> = (value: unknown) => T;

export function parseReply<T>(api: ComposerApi, text: string, decode: Decoder<T>): Result<T> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        return { error: malformedReply(api, "not JSON", text) };
    }
    try {
        return { data: decode(parsed) };
    } catch (e) {
        if (e instanceof DecodeError)
            return { error: malformedReply(api, e.message, text) };
        throw e;
    }
}
