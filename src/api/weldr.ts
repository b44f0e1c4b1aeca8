// The Weldr API (reference §1.3) as one RTK Query slice. Endpoints are injected per domain
// (weldrBlueprints.ts, weldrComposes.ts, …). Tags carry ids plus a "LIST" id.
import { createApi, fakeBaseQuery } from "@reduxjs/toolkit/query/react";

import type { ComposerError } from "./composerError";
import { startupRead } from "./startupRead";
import { type Result, weldr } from "./transport";
import { type WeldrStatus, decodeStatus } from "./weldrTypes";

export const V1 = "/api/v1";
export const LIST = "LIST";

/** the status, startable before the first render asks for it (app/startupReads.ts) */
export const statusRead = startupRead<void, Result<WeldrStatus>>(() => weldr.json({ path: "/api/status" }, decodeStatus), () => "");

export const weldrApi = createApi({
    reducerPath: "weldr",
    baseQuery: fakeBaseQuery<ComposerError>(),
    tagTypes: ["Status", "Blueprint", "BlueprintChanges", "Compose", "Source", "Package"],
    endpoints: build => ({
        status: build.query<WeldrStatus, void>({
            queryFn: () => statusRead.read(),
            providesTags: ["Status"],
        }),
    }),
});

export const { useStatusQuery } = weldrApi;
