// Weldr blueprint endpoints: list (paged), info (batched), TOML, new, delete.
import type { Blueprint } from "../model/blueprint";
import { weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";
import { blueprintNamesRead, blueprintRead, blueprintsInfoRead } from "./weldrReads";
import { type BlueprintInfo, decodeStatusOk } from "./weldrTypes";

export const weldrBlueprintsApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        blueprintNames: build.query<string[], void>({
            queryFn: () => blueprintNamesRead.read(),
            providesTags: [{ type: "Blueprint", id: LIST }],
        }),
        blueprintsInfo: build.query<BlueprintInfo[], string[]>({
            queryFn: names => names.length === 0 ? { data: [] } : blueprintsInfoRead.read(names),
            providesTags: (_result, _error, names) => names.map(name => ({ type: "Blueprint" as const, id: name })),
        }),
        blueprint: build.query<BlueprintInfo, string>({
            queryFn: name => blueprintRead.read(name),
            providesTags: (_result, _error, name) => [{ type: "Blueprint", id: name }],
        }),
        blueprintToml: build.query<string, string>({
            queryFn: name => weldr.text({ path: `${V1}/blueprints/info/${name}`, params: { format: "toml" } }),
            providesTags: (_result, _error, name) => [{ type: "Blueprint", id: name }],
        }),
        createBlueprint: build.mutation<true, Blueprint>({
            queryFn: blueprint => weldr.json({ method: "POST", path: `${V1}/blueprints/new`, body: blueprint }, decodeStatusOk),
            invalidatesTags: (_result, _error, blueprint) => [{ type: "Blueprint", id: LIST }, { type: "Blueprint", id: blueprint.name }],
        }),
        /** commit a blueprint (new version); composer drops the workspace draft */
        saveBlueprint: build.mutation<true, Blueprint>({
            queryFn: blueprint => weldr.json({ method: "POST", path: `${V1}/blueprints/new`, body: blueprint }, decodeStatusOk),
            invalidatesTags: (_result, _error, blueprint) => [
                { type: "Blueprint", id: LIST }, { type: "Blueprint", id: blueprint.name }, { type: "BlueprintChanges", id: blueprint.name },
            ],
        }),
        /** keep a draft in composer's workspace; no tags: the editor already has it */
        saveDraft: build.mutation<true, Blueprint>({
            queryFn: blueprint => weldr.json({ method: "POST", path: `${V1}/blueprints/workspace`, body: blueprint }, decodeStatusOk),
        }),
        discardDraft: build.mutation<true, string>({
            queryFn: name => weldr.json({ method: "DELETE", path: `${V1}/blueprints/workspace/${name}` }, decodeStatusOk),
            invalidatesTags: (_result, _error, name) => [{ type: "Blueprint", id: name }],
        }),
        deleteBlueprint: build.mutation<true, string>({
            queryFn: name => weldr.json({ method: "DELETE", path: `${V1}/blueprints/delete/${name}` }, decodeStatusOk),
            invalidatesTags: (_result, _error, name) => [{ type: "Blueprint", id: LIST }, { type: "Blueprint", id: name }],
        }),
    }),
});

export const {
    useBlueprintNamesQuery,
    useBlueprintsInfoQuery,
    useBlueprintQuery,
    useBlueprintTomlQuery,
    useCreateBlueprintMutation,
    useDeleteBlueprintMutation,
    useSaveBlueprintMutation,
    useSaveDraftMutation,
    useDiscardDraftMutation,
    useLazyBlueprintQuery,
} = weldrBlueprintsApi;
