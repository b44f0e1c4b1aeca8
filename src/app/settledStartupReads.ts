// The start-up reads (startupReads.ts) that have come back when the app's store is made go into
// RTK Query's cache before the first render: the gate then opens at once and the page draws with
// its data in one render, without a "Connecting" spinner first. Reads still out, and failures,
// are taken by their queries as before (api/startupRead.ts).
import type { Result } from "../api/parseReply";
import { weldrBlueprintsApi } from "../api/weldrBlueprints";
import { blueprintNamesRead, blueprintRead, blueprintsInfoRead, statusRead } from "../api/weldrReads";
import type { AppStore } from "./store";

function answered<T>(result: Result<T>): result is { data: T } {
    return result.error === undefined;
}

export function cacheSettledStartupReads(store: AppStore): void {
    store.dispatch(weldrBlueprintsApi.util.upsertQueryEntries([
        ...statusRead.takeSettled(answered).map(({ outcome }) => ({ endpointName: "status" as const, arg: undefined, value: outcome.data })),
        ...blueprintNamesRead.takeSettled(answered).map(({ outcome }) => ({ endpointName: "blueprintNames" as const, arg: undefined, value: outcome.data })),
        ...blueprintsInfoRead.takeSettled(answered).map(({ arg, outcome }) => ({ endpointName: "blueprintsInfo" as const, arg, value: outcome.data })),
        ...blueprintRead.takeSettled(answered).map(({ arg, outcome }) => ({ endpointName: "blueprint" as const, arg, value: outcome.data })),
    ]));
}
