// Cloud API: start a compose (POST /compose, 201 → ComposeId). Invalidates the compose list.
import type { CloudComposeRequest } from "../model/composeRequest";
import { record, string } from "./decode";
import { cloudApi } from "./cloud";
import { CLOUD_PREFIX } from "./cloudPaths";
import { cloud } from "./transport";

export function decodeComposeId(value: unknown): string {
    const body = record(value, "compose reply");
    return string(body.id, "id");
}

export const cloudComposeApi = cloudApi.injectEndpoints({
    endpoints: build => ({
        startCloudCompose: build.mutation<string, CloudComposeRequest>({
            queryFn: request => cloud.json({ method: "POST", path: `${CLOUD_PREFIX}/compose`, body: request }, decodeComposeId),
            invalidatesTags: [{ type: "Compose", id: "LIST" }],
        }),
    }),
});

export const { useStartCloudComposeMutation } = cloudComposeApi;
