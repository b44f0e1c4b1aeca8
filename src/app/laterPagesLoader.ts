// The later pages' module (laterPages.ts) with its style sheet, loaded once: by start-up when the
// plugin opens on such a page (startupReads.ts), else when the app first goes to one (App.tsx).
// The routed pages are drawn from the module once it is here, not through React.lazy: a lazy
// component suspends on its first render whatever the state of its chunk, and React then holds
// the page back until 300 ms after its fallback showed (the images page opened from the list took
// ~490 ms, 300 of them that). A failed load stays failed, as React.lazy's does: the way out the
// page offers is a reload (LoadFailureBoundary.tsx).
import { loadStylesheet } from "../../pkg/lib/stylesheet";

export type LaterPages = typeof import("./laterPages");

let loading: Promise<LaterPages> | undefined;
let loaded: LaterPages | undefined;

export function loadLaterPages(): Promise<LaterPages> {
    loading ??= Promise.all([import("./laterPages"), loadStylesheet("chunks/laterPages.css")]).then(([pages]) => {
        loaded = pages;
        return pages;
    });
    return loading;
}

/** the module, if it has come */
export function loadedLaterPages(): LaterPages | undefined {
    return loaded;
}
