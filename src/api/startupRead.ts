// A read that the page's start can begin before anything asks for it: the first page's data is
// asked for beside the service gate's status check instead of one round trip after it. The
// query that needs it takes the read started for the same argument once (its data or its
// error, as if it had asked itself); a read nobody took within a few seconds after it settled
// is dropped, and so are all of them when the gate finds the service unusable (the page asks
// again once it answers). No React, no store: plain promises beside RTK Query.

/** how long a settled read waits to be taken before it counts as stale */
export const STARTUP_READ_KEEP_MS = 3000;

interface Started<A, T> {
    arg: A;
    promise: Promise<T>;
    /** once it has settled */
    outcome?: { value: T };
    /** once it has failed (a rejected promise, not an error reply) */
    failed?: true;
    timer?: ReturnType<typeof setTimeout>;
}

const all = new Set<Map<string, Started<unknown, unknown>>>();

export interface StartupRead<A, T> {
    /** begin the read for `arg` now (at most one per argument); its outcome, to chain on */
    start(arg: A): Promise<T>;
    /** the read started for `arg`, once; otherwise a new one */
    read(arg: A): Promise<T>;
    /**
     * The reads that have already settled with an outcome `usable` accepts, taken now (for the
     * store to hold before the first render: app/startupReadsInCache.ts)
     */
    takeSettled<U extends T>(usable: (outcome: T) => outcome is U): { arg: A; outcome: U }[];
    /** the arguments of the reads started and not settled yet (nothing is taken) */
    running(): A[];
}

export function startupRead<A, T>(fetch: (arg: A) => Promise<T>, keyOf: (arg: A) => string): StartupRead<A, T> {
    const started = new Map<string, Started<A, T>>();
    all.add(started as Map<string, Started<unknown, unknown>>);
    return {
        start(arg) {
            const key = keyOf(arg);
            const before = started.get(key);
            if (before)
                return before.promise;
            const entry: Started<A, T> = { arg, promise: fetch(arg) };
            started.set(key, entry);
            const expire = () => {
                if (started.get(key) === entry)
                    entry.timer = setTimeout(() => {
                        if (started.get(key) === entry)
                            started.delete(key);
                    }, STARTUP_READ_KEEP_MS);
            };
            entry.promise.then(value => {
                entry.outcome = { value };
                expire();
            }, () => {
                entry.failed = true;
                expire();
            });
            return entry.promise;
        },
        read(arg) {
            const key = keyOf(arg);
            const entry = started.get(key);
            if (!entry)
                return fetch(arg);
            started.delete(key);
            clearTimeout(entry.timer);
            return entry.promise;
        },
        takeSettled<U extends T>(usable: (outcome: T) => outcome is U) {
            const taken: { arg: A; outcome: U }[] = [];
            for (const [key, entry] of started) {
                if (!entry.outcome || !usable(entry.outcome.value))
                    continue;
                started.delete(key);
                clearTimeout(entry.timer);
                taken.push({ arg: entry.arg, outcome: entry.outcome.value });
            }
            return taken;
        },
        running() {
            return [...started.values()].filter(entry => !entry.outcome && !entry.failed).map(entry => entry.arg);
        },
    };
}

/** forget every read started and not yet taken */
export function dropStartupReads(): void {
    for (const started of all) {
        for (const entry of started.values())
            clearTimeout(entry.timer);
        started.clear();
    }
}
