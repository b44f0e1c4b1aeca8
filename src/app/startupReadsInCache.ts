// The start-up reads (startupReads.ts) go into RTK Query's cache before the first render: those
// that have come back as entries, so that the gate opens at once and the page draws with its data
// in one render, without a "Connecting" spinner first; those still out as running queries (each
// query takes its read), so that the first render already shows them loading and the queries'
// hooks, subscribing after it, change nothing: otherwise each hook's start dispatched a "pending"
// right after the first commit, and the page was rendered again before it was painted (PatternFly's
// Tabs update in their componentDidMount, which makes React run the effects and that render
// first). Failures are taken by their queries as before (api/startupRead.ts).
import type { Result } from "../api/parseReply";
import { weldrBlueprintsApi } from "../api/weldrBlueprints";
import { blueprintNamesRead, blueprintRead, blueprintsInfoRead, statusRead } from "../api/weldrReads";
import type { AppStore } from "./store";

function answered<T>(result: Result<T>): result is { data: T } {
    return result.error === undefined;
}

export function cacheStartupReads(store: AppStore): void {
    store.dispatch(weldrBlueprintsApi.util.upsertQueryEntries([
        ...statusRead.takeSettled(answered).map(({ outcome }) => ({ endpointName: "status" as const, arg: undefined, value: outcome.data })),
        ...blueprintNamesRead.takeSettled(answered).map(({ outcome }) => ({ endpointName: "blueprintNames" as const, arg: undefined, value: outcome.data })),
        ...blueprintsInfoRead.takeSettled(answered).map(({ arg, outcome }) => ({ endpointName: "blueprintsInfo" as const, arg, value: outcome.data })),
        ...blueprintRead.takeSettled(answered).map(({ arg, outcome }) => ({ endpointName: "blueprint" as const, arg, value: outcome.data })),
    ]));
    const { endpoints } = weldrBlueprintsApi;
    const running = [
        ...statusRead.running().map(() => store.dispatch(endpoints.status.initiate())),
        ...blueprintNamesRead.running().map(() => store.dispatch(endpoints.blueprintNames.initiate())),
        ...blueprintsInfoRead.running().map(names => store.dispatch(endpoints.blueprintsInfo.initiate(names))),
        ...blueprintRead.running().map(name => store.dispatch(endpoints.blueprint.initiate(name))),
    ];
    // each held until it settles: the page's hooks have subscribed by then
    for (const query of running)
        void query.then(() => query.unsubscribe());
}
