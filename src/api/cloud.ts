// Cloud API v2 endpoints (reference §3) as RTK Query hooks. Tag "Compose" with LIST.
import { createApi, fakeBaseQuery } from "@reduxjs/toolkit/query/react";

import type { CloudComposeStatus } from "../model/compose";
import { decodeComposeList } from "./cloudTypes";
import type { ComposerError } from "./composerError";
import { CLOUD_PREFIX } from "./cloudPaths";
import { cloud } from "./transport";
import { bigList, unchangedReply } from "./unchangedReply";

// the trailing slash matters: GET /composes/ is the list (a bare array); an unchanged reply
// keeps its decoded value
const readComposeList = unchangedReply(cloud, { path: `${CLOUD_PREFIX}/composes/`, big: true }, decodeComposeList);

export const cloudApi = createApi({
    reducerPath: "cloud",
    baseQuery: fakeBaseQuery<ComposerError>(),
    tagTypes: ["Compose"],
    endpoints: build => ({
        composes: build.query<CloudComposeStatus[], void>({
            queryFn: async () => {
                const reply = await readComposeList();
                return reply.error ? reply : { data: bigList(reply.data) };
            },
            structuralSharing: false,
            providesTags: [{ type: "Compose", id: "LIST" }],
        }),
    }),
});

export const { useComposesQuery: useCloudComposesQuery } = cloudApi;
