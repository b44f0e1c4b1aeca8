// Boot: theme, styles, store, then the app once Cockpit's transport is up.
import "./index.css";

import cockpit from "cockpit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "react-redux";

import { followShellTheme } from "../pkg/lib/theme";
import { App } from "./app/App";
import { createStore } from "./app/store";

followShellTheme();

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
