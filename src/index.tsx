// The app: styles, store and React, evaluated once src/startup.ts has sent the first page's reads
// (it imports this module when Cockpit's transport is up).
import "./index.css";

import cockpit from "cockpit";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "react-redux";

import { App } from "./app/App";
import { createStore } from "./app/store";

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
