// Boot: theme, styles, the first page's reads, store, then the app once Cockpit's transport is up.
import "./index.css";

import cockpit from "cockpit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "react-redux";

import { followShellTheme } from "../pkg/lib/theme";
import { App } from "./app/App";
import { parseRoute } from "./app/route";
import { startReadsFor } from "./app/startupReads";
import { createStore } from "./app/store";

followShellTheme();
// the first page's data and code beside the gate's status check, asked for before React's first
// render (their channels wait for the transport, which src/transport.js opened already)
startReadsFor(parseRoute(cockpit.location.path), cockpit.location.options);

cockpit.transport.wait(() => {
    const container = document.getElementById("app");
    if (!container)
        return;
    createRoot(container).render(
        <StrictMode>
            <Provider store={createStore()}>
                <App />
            </Provider>
        </StrictMode>
    );
});
