// The app: styles, store and React, evaluated once src/startup.ts has sent the first page's reads
// (it imports this module when Cockpit's transport is up); its first render waits a little for
// their replies (app/startupReads.ts, app/startupReadsInCache.ts).
import "./index.css";

import cockpit from "cockpit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "react-redux";

import { App } from "./app/App";
import { cacheStartupReads } from "./app/startupReadsInCache";
import { firstPageData } from "./app/startupReads";
import { createStore } from "./app/store";

/**
 * How long the first render waits for composer's status and the first page's data: they usually
 * come within ~100 ms of the app's start, and the page is then drawn once, with them, instead of
 * the gate's "Connecting" first and the page one render later (A/B, 12 cold loads each: the
 * editor of a 5,000-package blueprint 583 -> 504 and 498 -> 484 ms, the list within its spread).
 * A slower service gets "Connecting" after this long.
 */
const FIRST_DATA_WAIT_MS = 300;

cockpit.transport.wait(() => void firstPageData(FIRST_DATA_WAIT_MS).then(() => {
    const container = document.getElementById("app");
    if (!container)
        return;
    const store = createStore();
    cacheStartupReads(store);
    createRoot(container).render(
        <StrictMode>
            <Provider store={store}>
                <App />
            </Provider>
        </StrictMode>
    );
}));
