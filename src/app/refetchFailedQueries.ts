// After the service came back: ask again for everything that failed while it was away, and
// nothing else (data read before the outage stays as it is, so open forms are not disturbed).
import type { ThunkAction, UnknownAction } from "@reduxjs/toolkit";

import { cloudApi } from "../api/cloud";
import { weldrApi } from "../api/weldr";
import type { RootState } from "./store";

interface QueryEntry {
    status?: string;
    endpointName?: string;
    originalArgs?: unknown;
}

type Initiate = (args: unknown, options: { subscribe: boolean; forceRefetch: boolean }) => ThunkAction<unknown, RootState, unknown, UnknownAction>;

export function refetchFailedQueries(): ThunkAction<void, RootState, unknown, UnknownAction> {
    return (dispatch, getState) => {
        for (const api of [weldrApi, cloudApi]) {
            const queries = getState()[api.reducerPath].queries as Record<string, QueryEntry | undefined>;
            // endpoints are injected per domain file, so they are looked up by name
            const endpoints = api.endpoints as unknown as Record<string, { initiate: Initiate } | undefined>;
            for (const entry of Object.values(queries)) {
                if (entry?.status !== "rejected" || !entry.endpointName)
                    continue;
                const endpoint = endpoints[entry.endpointName];
                if (endpoint)
                    void dispatch(endpoint.initiate(entry.originalArgs, { subscribe: false, forceRefetch: true }));
            }
        }
    };
}
