// Weldr sources (custom and system repositories) and the distros they may be limited to.
import { type Result, weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";
import { type Source, decodeDistros, decodeSourceList, decodeSourcesInfo } from "./weldrSourcesTypes";
import { decodeStatusOk } from "./weldrTypes";

export interface SourcesReply {
    /** in the order of projects/source/list: custom ids, then system repositories */
    sources: Source[];
    /** listed but not described (errors[] of projects/source/info) */
    errors: string[];
}

async function allSources(): Promise<Result<SourcesReply>> {
    const [list, info] = await Promise.all([
        weldr.json({ path: `${V1}/projects/source/list` }, decodeSourceList),
        weldr.json({ path: `${V1}/projects/source/info/*` }, decodeSourcesInfo),
    ]);
    if (list.error)
        return list;
    if (info.error)
        return info;
    const byId = new Map(info.data.sources.map(s => [s.id, s]));
    const ordered = list.data.flatMap(id => {
        const found = byId.get(id);
        byId.delete(id);
        return found ? [found] : [];
    });
    return { data: { sources: [...ordered, ...byId.values()], errors: info.data.errors } };
}

export const weldrSourcesApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        sources: build.query<SourcesReply, void>({
            queryFn: allSources,
            providesTags: result => [
                { type: "Source", id: LIST },
                ...(result?.sources ?? []).map(s => ({ type: "Source" as const, id: s.id })),
            ],
        }),
        distros: build.query<string[], void>({
            queryFn: () => weldr.json({ path: `${V1}/distros/list` }, decodeDistros),
        }),
        /** projects/source/new adds or replaces the source with this id */
        saveSource: build.mutation<true, { source: Record<string, unknown>; isNew: boolean }>({
            queryFn: ({ source }) => weldr.json({ method: "POST", path: `${V1}/projects/source/new`, body: source }, decodeStatusOk),
            invalidatesTags: (_result, _error, { source, isNew }) => isNew
                ? [{ type: "Source", id: LIST }]
                : [{ type: "Source", id: String(source.id) }],
        }),
        deleteSource: build.mutation<true, string>({
            queryFn: id => weldr.json({ method: "DELETE", path: `${V1}/projects/source/delete/${id}` }, decodeStatusOk),
            invalidatesTags: (_result, _error, id) => [{ type: "Source", id: LIST }, { type: "Source", id }],
        }),
    }),
});

export const {
    useSourcesQuery,
    useDistrosQuery,
    useSaveSourceMutation,
    useDeleteSourceMutation,
} = weldrSourcesApi;
