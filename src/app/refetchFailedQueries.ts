// After the service came back: ask again for everything that failed while it was away, and
// nothing else (data read before the outage stays as it is, so open forms are not disturbed).
import type { ThunkAction, UnknownAction } from "@reduxjs/toolkit";

import { isChannelFailure } from "../api/channelFailures";
import { cloudApi } from "../api/cloud";
import { type ComposerApi, isComposerError } from "../api/composerError";
import { weldrApi } from "../api/weldr";
import type { RootState } from "./store";

interface QueryEntry {
    status?: string;
    endpointName?: string;
    originalArgs?: unknown;
    error?: unknown;
}

type Initiate = (args: unknown, options: { subscribe: boolean; forceRefetch: boolean }) => ThunkAction<unknown, RootState, unknown, UnknownAction>;

const APIS = { weldr: weldrApi, cloud: cloudApi } as const;

function failed(state: RootState, api: ComposerApi): QueryEntry[] {
    const queries = state[APIS[api].reducerPath].queries as Record<string, QueryEntry | undefined>;
    return Object.values(queries).filter((entry): entry is QueryEntry => entry?.status === "rejected" && Boolean(entry.endpointName));
}

/** whether a query of `api` last failed because the socket could not be reached */
export function hasChannelFailures(state: RootState, api: ComposerApi): boolean {
    return failed(state, api).some(entry => isComposerError(entry.error) && isChannelFailure(entry.error));
}

export function refetchFailedQueries(apis: ComposerApi[] = ["weldr", "cloud"]): ThunkAction<void, RootState, unknown, UnknownAction> {
    return (dispatch, getState) => {
        for (const api of apis) {
            // endpoints are injected per domain file, so they are looked up by name
            const endpoints = APIS[api].endpoints as unknown as Record<string, { initiate: Initiate } | undefined>;
            for (const entry of failed(getState(), api)) {
                const endpoint = endpoints[entry.endpointName ?? ""];
                if (endpoint)
                    void dispatch(endpoint.initiate(entry.originalArgs, { subscribe: false, forceRefetch: true }));
            }
        }
    };
}
