// Big lists re-read every 30 s (the images page's compose lists: megabytes for 10,000 composes)
// mostly come back unchanged: the same text gives the same decoded value, without parsing it,
// checking it or merging it again downstream (the value keeps its identity).
// A changed text is parsed, checked and handed on in three tasks, so that the page can answer
// input and paint between them (each is tens of milliseconds for 10,000 composes).
import { type Decoder, type Result, decodeParsed, parseJson } from "./parseReply";
import type { Request, Transport } from "./transport";

/** A new task (not a microtask): the browser may handle input and paint before it runs. */
export function nextTask(): Promise<void> {
    return new Promise(resolve => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
            channel.port1.close();
            resolve();
        };
        channel.port2.postMessage(null);
    });
}

/**
 * A big list as the Redux store keeps it: frozen at the top only. Immer (under RTK Query) then
 * neither walks nor freezes its thousands of entries, which nothing changes in place anyway;
 * the endpoint must say `structuralSharing: false`, or RTK Query copies it into a new array.
 */
export function bigList<T>(list: T[]): T[] {
    Object.freeze(list);
    return list;
}

/** A json() for one request that remembers its last reply text and decoded value. */
export function unchangedReply<T>(transport: Transport, request: Request, decode: Decoder<T>): () => Promise<Result<T>> {
    let last: { text: string; data: T } | undefined;
    return async () => {
        const reply = await transport.text(request);
        if (reply.error)
            return reply;
        if (last && last.text === reply.data)
            return { data: last.data };
        last = undefined;
        const parsed = parseJson(transport.api, reply.data);
        if (parsed.error)
            return parsed;
        await nextTask();
        const result = decodeParsed(transport.api, reply.data, parsed.data, decode);
        if (result.error)
            return result;
        last = { text: reply.data, data: result.data };
        await nextTask();
        return result;
    };
}
