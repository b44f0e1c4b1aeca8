// The Weldr API (reference §1.3) as one RTK Query slice. Endpoints are injected per domain
// (weldrBlueprints.ts, weldrComposes.ts, …). Tags carry ids plus a "LIST" id.
import { createApi, fakeBaseQuery } from "@reduxjs/toolkit/query/react";

import type { ComposerError } from "./composerError";
import { statusRead } from "./weldrReads";
import type { WeldrStatus } from "./weldrTypes";

export { V1 } from "./weldrPaths";
export const LIST = "LIST";

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
