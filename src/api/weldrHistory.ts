// Weldr blueprint history: changes (newest first), one commit's blueprint, undo, tag.
import type { Blueprint } from "../model/blueprint";
import { weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";
import { type BlueprintChanges, decodeBlueprintChanges, decodeCommitBlueprint } from "./weldrHistoryTypes";
import { decodeStatusOk } from "./weldrTypes";

/** composer parses offset/limit of blueprints/changes but sends every change (reference §1.2) */
const CHANGES_LIMIT = 10000;

export const weldrHistoryApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        blueprintChanges: build.query<BlueprintChanges, string>({
            async queryFn(name) {
                const reply = await weldr.json({ path: `${V1}/blueprints/changes/${name}`, params: { limit: CHANGES_LIMIT } },
                                                value => decodeBlueprintChanges(value, name));
                if (reply.error)
                    return reply;
                if (!reply.data)
                    return { error: { kind: "not-found", api: "weldr", id: "UnknownBlueprint", message: name } };
                return { data: reply.data };
            },
            providesTags: (_result, _error, name) => [{ type: "BlueprintChanges", id: name }],
        }),
        blueprintAtCommit: build.query<Blueprint, { name: string; commit: string }>({
            queryFn: ({ name, commit }) => weldr.json({ path: `${V1}/blueprints/change/${name}/${commit}` }, decodeCommitBlueprint),
            // a commit never changes; an undo only adds commits
        }),
        blueprintTomlAtCommit: build.query<string, { name: string; commit: string }>({
            queryFn: ({ name, commit }) => weldr.text({ path: `${V1}/blueprints/change/${name}/${commit}`, params: { format: "toml" } }),
        }),
        undoBlueprint: build.mutation<true, { name: string; commit: string }>({
            queryFn: ({ name, commit }) => weldr.json({ method: "POST", path: `${V1}/blueprints/undo/${name}/${commit}` }, decodeStatusOk),
            invalidatesTags: (_result, _error, { name }) => [
                { type: "Blueprint", id: name }, { type: "Blueprint", id: LIST }, { type: "BlueprintChanges", id: name },
            ],
        }),
        tagBlueprint: build.mutation<true, string>({
            queryFn: name => weldr.json({ method: "POST", path: `${V1}/blueprints/tag/${name}` }, decodeStatusOk),
            invalidatesTags: (_result, _error, name) => [{ type: "BlueprintChanges", id: name }],
        }),
    }),
});

export const {
    useBlueprintChangesQuery,
    useBlueprintAtCommitQuery,
    useBlueprintTomlAtCommitQuery,
    useUndoBlueprintMutation,
    useTagBlueprintMutation,
} = weldrHistoryApi;
