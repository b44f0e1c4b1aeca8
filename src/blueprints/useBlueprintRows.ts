// The rows of the blueprints list: all names (blueprints/list, paged by 1000), and details
// (blueprints/info, batched) only for the page shown — or for all names while a search or
// the version sort needs them. Never one request per row.
import { useMemo } from "react";

import { useBlueprintNamesQuery, useBlueprintsInfoQuery } from "../api/weldrBlueprints";
import { type ComposerError, asComposerError } from "../api/composerError";
import { BLUEPRINT_NAME_PATTERN, packageCount } from "../model/blueprint";
import { type BlueprintRow, filterAndSort } from "../model/blueprintList";
import { type BlueprintListView, needsAllDetails, pageOfNames } from "../model/blueprintListView";
import type { BlueprintInfo } from "../api/weldrTypes";

export interface BlueprintRows {
    /** undefined while the names load */
    names?: string[];
    rows: BlueprintRow[];
    total: number;
    /** rows after search, before paging */
    matching: number;
    /** details for the search or sort are still arriving */
    loadingDetails: boolean;
    error?: ComposerError;
    refetch: () => void;
}

function toRow(name: string, info: BlueprintInfo | undefined): BlueprintRow {
    if (!info)
        return BLUEPRINT_NAME_PATTERN.test(name) ? { name } : { name, unreadable: true };
    const bp = info.blueprint;
    return {
        name,
        summary: {
            name,
            description: typeof bp.description === "string" ? bp.description : "",
            version: typeof bp.version === "string" ? bp.version : "",
            packages: packageCount(bp),
            changed: info.changed,
        },
    };
}

export function useBlueprintRows(view: BlueprintListView): BlueprintRows {
    const { search, sort, direction, page, perPage } = view;
    const namesQuery = useBlueprintNamesQuery();
    const names = namesQuery.data;
    const needAll = needsAllDetails(view);

    const allInfo = useBlueprintsInfoQuery(names ?? [], { skip: !names || !needAll });

    // without search or version sort, the order is by name alone: page first, details after
    // (app/startupReads.ts asks for the same page at start, with the same names)
    const pageNames = useMemo(() => !names || needAll ? [] : pageOfNames(names, { direction, page, perPage }),
                              [names, needAll, direction, page, perPage]);
    const pageInfo = useBlueprintsInfoQuery(pageNames, { skip: !names || needAll || pageNames.length === 0 });

    return useMemo(() => {
        const infoList = needAll ? allInfo.data : pageInfo.data;
        const byName = new Map<string, BlueprintInfo>();
        for (const info of infoList ?? [])
            byName.set(info.blueprint.name, info);
        const error = asComposerError(namesQuery.error ?? (needAll ? allInfo.error : pageInfo.error));
        const refetch = () => {
            void namesQuery.refetch();
        };
        if (!names)
            return { rows: [], total: 0, matching: 0, loadingDetails: false, error, refetch };
        if (!needAll) {
            return {
                names,
                rows: pageNames.map(name => toRow(name, byName.get(name))),
                total: names.length,
                matching: names.length,
                loadingDetails: pageInfo.isFetching,
                error,
                refetch,
            };
        }
        const all = filterAndSort(names.map(name => toRow(name, byName.get(name))), search, sort, direction);
        return {
            names,
            rows: all.slice((page - 1) * perPage, page * perPage),
            total: names.length,
            matching: all.length,
            loadingDetails: allInfo.isFetching,
            error,
            refetch,
        };
    }, [names, needAll, allInfo, pageInfo, pageNames, namesQuery, search, sort, direction, page, perPage]);
}
