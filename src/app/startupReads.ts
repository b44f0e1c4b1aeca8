// The service gate's status check and the data of the page the plugin opens on, asked for as the
// page starts (src/startup.ts, before the app's code is evaluated): the page's data beside the
// status check instead of one round trip after it, and the list's first page of details as soon
// as the names are there instead of after a render. The gate and the page's queries take these
// reads (api/startupRead.ts); the gate drops them when the service turns out unusable. A page
// other than the list also starts fetching its code then (laterPagesLoader.ts), not only once the
// gate opens; every page its fonts.
import { blueprintNamesRead, blueprintRead, blueprintsInfoRead, statusRead } from "../api/weldrReads";
import { composeListsRead } from "../api/weldrComposeLists";
import { detailNames, parseListView } from "../model/blueprintListView";
import { loadLaterPages } from "./laterPagesLoader";
import type { Route } from "./route";

/** how long the gate waits for the page's code at most, before it opens and the page waits for it */
const CODE_WAIT_MS = 3000;

let preloading: Promise<void> | undefined;
/** the status and the data of the page the plugin opened on, as started */
let firstData: Promise<unknown> = Promise.resolve();

/** the chunk of every page but the list, and its sheet (laterPagesLoader.ts) */
function preloadLaterPages(): void {
    // a failure is said by the page itself (LoadFailureBoundary)
    const code = loadLaterPages().then(() => undefined, () => undefined);
    preloading = Promise.race([code, new Promise<void>(resolve => setTimeout(resolve, CODE_WAIT_MS))]);
}

/** settles once the code started at start-up is there (or failed, or took too long); undefined if none was */
export function startupCode(): Promise<void> | undefined {
    return preloading;
}

/**
 * PatternFly's faces (Cockpit's static fonts) that the first page uses, fetched now: a face that
 * arrives after the page's first layout lays out all its text again (font-display: fallback).
 */
function preloadFonts(mono: boolean): void {
    const faces = ['400 1em "Red Hat Text"', '700 1em "Red Hat Text"', '700 1em "Red Hat Display"', ...mono ? ['400 1em "Red Hat Mono"'] : []];
    for (const face of faces)
        document.fonts.load(face).catch(() => undefined);
}

/**
 * Settles once the status and the data of the page the plugin opened on have come back (or
 * failed), or after `waitMs`: the app's first render waits for that much, so that it can draw the
 * page with its data (startupReadsInCache.ts) rather than "Connecting" first.
 */
export function firstPageData(waitMs: number): Promise<void> {
    return Promise.race([
        firstData.then(() => undefined, () => undefined),
        new Promise<void>(resolve => setTimeout(resolve, waitMs)),
    ]);
}

export function startReadsFor(route: Route, options: Record<string, string | string[]>): void {
    // the gate's own question, sent before its first render rather than after it
    const status = statusRead.start();
    preloadFonts(route.page !== "blueprints");
    if (route.page === "blueprints") {
        const view = parseListView(options);
        const names = blueprintNamesRead.start();
        firstData = Promise.all([status, names]);
        void names.then(reply => {
            const detailed = reply.data ? detailNames(reply.data, view) : [];
            if (detailed.length > 0)
                void blueprintsInfoRead.start(detailed);
        });
        return;
    }
    if (route.page !== "unknown")
        preloadLaterPages();
    startPageReads(route);
    // the editor's blueprint (started just above: the same read) is drawn with the first render
    firstData = route.page === "blueprint" ? Promise.all([status, blueprintRead.start(route.name)]) : status;
}

/**
 * The data of a page that is not the list, asked for beside its code: at start-up, and when the
 * app first goes to such a page (App.tsx), rather than once the code has come. The page's query
 * takes the read.
 */
export function startPageReads(route: Route): void {
    if (route.page === "blueprint")
        void blueprintRead.start(route.name);
    if (route.page === "images")
        void composeListsRead.start();
}
