// The Redux store: the server cache of both composer APIs. Form state stays in components.
import { configureStore } from "@reduxjs/toolkit";
import { setupListeners } from "@reduxjs/toolkit/query";

import { cloudApi } from "../api/cloud";
import { weldrApi } from "../api/weldr";

export function createStore() {
    const store = configureStore({
        reducer: {
            [weldrApi.reducerPath]: weldrApi.reducer,
            [cloudApi.reducerPath]: cloudApi.reducer,
        },
        middleware: getDefault => getDefault().concat(weldrApi.middleware, cloudApi.middleware),
        // RTK Query's own actions notify subscribers once per microtask tick, not once per
        // animation frame (the default): a reply then renders in the task that brought it
        enhancers: getDefault => getDefault({ autoBatch: { type: "tick" } }),
    });
    setupListeners(store.dispatch);
    return store;
}

export type AppStore = ReturnType<typeof createStore>;
export type RootState = ReturnType<AppStore["getState"]>;
