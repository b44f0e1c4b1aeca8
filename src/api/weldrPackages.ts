// Weldr package search and resolution: modules/list (globs, paged), projects/info
// (summaries), blueprints/depsolve and blueprints/freeze.
import { weldr } from "./transport";
import { V1, weldrApi } from "./weldr";
import {
    type DepsolveResult, type FreezeResult, type ModulesPage, type PackageSummary,
    decodeBlueprintDepsolve, decodeBlueprintFreeze, decodeModulesPage, decodeProjectsInfo,
} from "./weldrPackagesTypes";

export interface PackageSearch {
    /** a glob such as `*term*` */
    glob: string;
    offset: number;
    limit: number;
    distro?: string;
    arch?: string;
}

function where(distro?: string, arch?: string): Record<string, string> {
    const params: Record<string, string> = {};
    if (distro)
        params.distro = distro;
    if (arch)
        params.arch = arch;
    return params;
}

export const weldrPackagesApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        searchPackages: build.query<ModulesPage, PackageSearch>({
            async queryFn({ glob, offset, limit, distro, arch }) {
                const reply = await weldr.json({
                    path: `${V1}/modules/list/${encodeURIComponent(glob).replace(/%2A/gi, "*")}`,
                    params: { offset, limit, ...where(distro, arch) },
                }, decodeModulesPage);
                // "No packages have been found." is a 400; for a search it is an empty page
                if (reply.error?.id === "UnknownModule")
                    return { data: { total: 0, offset, names: [] } };
                return reply;
            },
            providesTags: [{ type: "Package", id: "LIST" }],
        }),
        packageSummaries: build.query<PackageSummary[], { names: string[]; distro?: string; arch?: string }>({
            queryFn: ({ names, distro, arch }) => names.length === 0
                ? { data: [] }
                : weldr.json({ path: `${V1}/projects/info/${names.join(",")}`, params: where(distro, arch) }, decodeProjectsInfo),
            providesTags: (_result, _error, { names }) => names.map(name => ({ type: "Package" as const, id: name })),
        }),
        depsolveBlueprint: build.query<DepsolveResult, string>({
            queryFn: name => weldr.json({ path: `${V1}/blueprints/depsolve/${name}` }, value => decodeBlueprintDepsolve(value, name)),
            providesTags: (_result, _error, name) => [{ type: "Blueprint", id: name }],
            keepUnusedDataFor: 0,
        }),
        freezeBlueprint: build.query<FreezeResult, string>({
            queryFn: name => weldr.json({ path: `${V1}/blueprints/freeze/${name}` }, value => decodeBlueprintFreeze(value, name)),
            providesTags: (_result, _error, name) => [{ type: "Blueprint", id: name }],
            keepUnusedDataFor: 0,
        }),
    }),
});

export const {
    useSearchPackagesQuery,
    usePackageSummariesQuery,
    useLazyDepsolveBlueprintQuery,
    useLazyFreezeBlueprintQuery,
} = weldrPackagesApi;
