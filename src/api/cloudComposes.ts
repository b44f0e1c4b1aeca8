// Cloud API compose endpoints (reference §3.3): one compose's status, its logs, metadata,
// manifests and SBOMs, and delete. Documents beyond the status are handed on as checked objects;
// src/model reads them (they vary by job type and osbuild version).
import type { CloudComposeStatus } from "../model/compose";
import { cloudApi } from "./cloud";
import { CLOUD_PREFIX } from "./cloudPaths";
import { decodeComposeStatus } from "./cloudTypes";
import { type Json, record } from "./decode";
import { cloud } from "./transport";

const composePath = (id: string, what = "") => `${CLOUD_PREFIX}/composes/${encodeURIComponent(id)}${what}`;

export const cloudComposesApi = cloudApi.injectEndpoints({
    endpoints: build => ({
        cloudCompose: build.query<CloudComposeStatus, string>({
            queryFn: id => cloud.json({ path: composePath(id) }, v => decodeComposeStatus(v)),
            providesTags: (_r, _e, id) => [{ type: "Compose", id }],
            keepUnusedDataFor: 5,
        }),
        cloudComposeLogs: build.query<Json, string>({
            queryFn: id => cloud.json({ path: composePath(id, "/logs") }, v => record(v, "compose logs")),
            keepUnusedDataFor: 0,
        }),
        cloudComposeMetadata: build.query<Json, string>({
            queryFn: id => cloud.json({ path: composePath(id, "/metadata") }, v => record(v, "compose metadata")),
            providesTags: (_r, _e, id) => [{ type: "Compose", id }],
        }),
        cloudComposeManifests: build.query<Json, string>({
            queryFn: id => cloud.json({ path: composePath(id, "/manifests") }, v => record(v, "compose manifests")),
            providesTags: (_r, _e, id) => [{ type: "Compose", id }],
        }),
        deleteCloudCompose: build.mutation<true, string>({
            queryFn: async id => {
                const reply = await cloud.json({ method: "DELETE", path: composePath(id) }, v => record(v, "delete reply"));
                return reply.error ? reply : { data: true };
            },
            invalidatesTags: (_r, _e, id) => [{ type: "Compose", id }, { type: "Compose", id: "LIST" }],
        }),
    }),
});

/** Paths for streamed downloads (pkg/lib/channelUrl); the bytes never pass through JavaScript. */
export const cloudDownloadPath = (id: string) => composePath(id, "/download");
export const cloudSbomsPath = (id: string) => composePath(id, "/sboms");
export const cloudManifestsPath = (id: string) => composePath(id, "/manifests");

export const {
    useCloudComposeQuery,
    useCloudComposeLogsQuery,
    useCloudComposeMetadataQuery,
    useCloudComposeManifestsQuery,
    useDeleteCloudComposeMutation,
} = cloudComposesApi;
