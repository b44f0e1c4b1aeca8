// Weldr blueprint endpoints: list (paged), info (batched), TOML, new, delete.
import type { Blueprint } from "../model/blueprint";
import { startupRead } from "./startupRead";
import { type Result, weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";
import { type BlueprintInfo, decodeBlueprintNames, decodeBlueprintsInfo, decodeStatusOk } from "./weldrTypes";

/** names per blueprints/info request: few requests, URLs well under any limit */
export const INFO_BATCH = 100;
const NAMES_PAGE = 1000;

async function allBlueprintNames(): Promise<Result<string[]>> {
    const first = await weldr.json({ path: `${V1}/blueprints/list`, params: { offset: 0, limit: NAMES_PAGE } }, decodeBlueprintNames);
    if (first.error)
        return first;
    const offsets: number[] = [];
    for (let offset = NAMES_PAGE; offset < first.data.total; offset += NAMES_PAGE)
        offsets.push(offset);
    const rest = await Promise.all(offsets.map(offset =>
        weldr.json({ path: `${V1}/blueprints/list`, params: { offset, limit: NAMES_PAGE } }, decodeBlueprintNames)));
    const names = [...first.data.blueprints];
    for (const page of rest) {
        if (page.error)
            return page;
        names.push(...page.data.blueprints);
    }
    return { data: names };
}

/** blueprints/info for many names, INFO_BATCH names a request, all batches at once */
async function blueprintsInfo(names: string[]): Promise<Result<BlueprintInfo[]>> {
    const batches: string[][] = [];
    for (let i = 0; i < names.length; i += INFO_BATCH)
        batches.push(names.slice(i, i + INFO_BATCH));
    const replies = await Promise.all(batches.map(batch =>
        weldr.json({ path: `${V1}/blueprints/info/${batch.join(",")}` }, decodeBlueprintsInfo)));
    const infos: BlueprintInfo[] = [];
    for (const reply of replies) {
        if (reply.error)
            return reply;
        infos.push(...reply.data.blueprints);
    }
    return { data: infos };
}

async function oneBlueprint(name: string): Promise<Result<BlueprintInfo>> {
    const reply = await weldr.json({ path: `${V1}/blueprints/info/${name}` }, decodeBlueprintsInfo);
    if (reply.error)
        return reply;
    const info = reply.data.blueprints.find(b => b.blueprint.name === name);
    if (!info)
        return { error: { kind: "not-found", api: "weldr", message: `Unknown blueprint name: ${name}` } };
    return { data: info };
}

/** the reads the first page needs, startable before the service gate has its answer (app/startupReads.ts) */
export const blueprintNamesRead = startupRead<void, Result<string[]>>(allBlueprintNames, () => "");
export const blueprintsInfoRead = startupRead(blueprintsInfo, names => JSON.stringify(names));
export const blueprintRead = startupRead(oneBlueprint, name => name);

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
