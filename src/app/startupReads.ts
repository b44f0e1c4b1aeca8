// The service gate's status check and the data of the page the plugin opens on, asked for at
// once as the app first renders: the page's data beside the status check instead of one round
// trip after it, and the list's first page of details as soon as the names are there instead of
// after a render. The gate and the page's queries take these reads (api/startupRead.ts); the
// gate drops them when the service turns out unusable. A page other than the list also starts
// fetching its code then (lazyPages.ts), not only once the gate opens.
import { loadStylesheet } from "../../pkg/lib/lazyWithStyles";
import { statusRead } from "../api/weldr";
import { blueprintNamesRead, blueprintRead, blueprintsInfoRead } from "../api/weldrBlueprints";
import { detailNames, parseListView } from "../model/blueprintListView";
import type { Route } from "./route";

/** the chunk of every page but the list, and its sheet, as lazyPages.ts loads them */
function preloadLaterPages(): void {
    // a failure is said by the page's own load (LoadFailureBoundary)
    import("./laterPages").catch(() => undefined);
    void loadStylesheet("chunks/laterPages.css");
}

export function startReadsFor(route: Route, options: Record<string, string | string[]>): void {
    // the gate's own question, sent before its first render rather than after it
    void statusRead.start();
    if (route.page === "blueprints") {
        const view = parseListView(options);
        void blueprintNamesRead.start().then(reply => {
            const names = reply.data ? detailNames(reply.data, view) : [];
            if (names.length > 0)
                void blueprintsInfoRead.start(names);
        });
        return;
    }
    if (route.page !== "unknown")
        preloadLaterPages();
    if (route.page === "blueprint")
        void blueprintRead.start(route.name);
}
