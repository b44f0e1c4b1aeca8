// Weldr: the image types composer builds for a distro and architecture, and starting a compose
// (POST /api/v1/compose; `upload` is honoured on v1 only). The compose body may carry typed-in
// upload credentials: callers use the mutation without fixedCacheKey and reset() it when done,
// so RTK keeps no copy of them.
import type { WeldrComposeBody } from "../model/composeRequest";
import { cloudApi } from "./cloud";
import { array, record, string } from "./decode";
import { weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";

export interface ComposeType {
    name: string;
    enabled: boolean;
}

export function decodeComposeTypes(value: unknown): ComposeType[] {
    const body = record(value, "compose/types reply");
    if (body.types === null || body.types === undefined)
        return [];
    return array(body.types, "types").map((item, index) => {
        const entry = record(item, `types[${index}]`);
        return { name: string(entry.name, `types[${index}].name`), enabled: entry.enabled !== false };
    });
}

export function decodeComposeStarted(value: unknown): string {
    const body = record(value, "compose reply");
    return string(body.build_id, "build_id");
}

export interface ComposeTypesArg {
    /** empty: the host's distribution */
    distro: string;
    arch: string;
}

export const weldrComposeStartApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        composeTypes: build.query<ComposeType[], ComposeTypesArg>({
            queryFn: ({ distro, arch }) => weldr.json({
                path: `${V1}/compose/types`,
                params: { ...(distro ? { distro } : {}), ...(arch ? { arch } : {}) },
            }, decodeComposeTypes),
        }),
        startWeldrCompose: build.mutation<string, WeldrComposeBody>({
            queryFn: body => weldr.json({
                method: "POST", path: `${V1}/compose`, body: JSON.stringify(body), contentType: "application/json",
            }, decodeComposeStarted),
            invalidatesTags: [{ type: "Compose", id: LIST }],
            // the Cloud list carries Weldr composes too
            onQueryStarted: async (_body, { dispatch, queryFulfilled }) => {
                const done = await queryFulfilled.then(() => true, () => false);
                if (done)
                    dispatch(cloudApi.util.invalidateTags([{ type: "Compose", id: LIST }]));
            },
        }),
    }),
});

export const { useComposeTypesQuery, useStartWeldrComposeMutation } = weldrComposeStartApi;
