// Weldr compose endpoints (reference §1.3, §1.6): the three lists (queue, finished, failed) as
// one query, statuses of many composes in one request, compose/info, the log, cancel and delete.
import type { WeldrComposeEntry } from "../model/compose";
import { cloudApi } from "./cloud";
import { array, optionalNumber, record, string } from "./decode";
import { weldr } from "./transport";
import { bigList } from "./unchangedReply";
import { composeListsRead } from "./weldrComposeLists";
import { LIST, V1, weldrApi } from "./weldr";
import { decodeComposeEntry } from "./weldrTypes";

/** Ids per compose/status request (the path stays a few kB long). */
export const STATUS_BATCH = 100;

export interface WeldrPackage {
    name: string;
    epoch: number;
    version: string;
    release: string;
    arch: string;
}

export interface WeldrComposeInfo {
    id: string;
    blueprintName: string;
    blueprintVersion: string;
    distro: string;
    arch: string;
    composeType: string;
    imageSize: number;
    queueStatus: string;
    packages: WeldrPackage[];
}

export interface DeleteReply {
    deleted: string[];
    errors: { id: string; msg: string }[];
}

function text(value: unknown): string {
    return typeof value === "string" ? value : "";
}

export function decodeComposeInfo(value: unknown): WeldrComposeInfo {
    const v = record(value, "compose info");
    const bp = typeof v.blueprint === "object" && v.blueprint !== null ? v.blueprint as Record<string, unknown> : {};
    const deps = typeof v.deps === "object" && v.deps !== null ? v.deps as Record<string, unknown> : {};
    const packages = (Array.isArray(deps.packages) ? deps.packages : []).map((p, i) => {
        const pkg = record(p, `deps.packages[${i}]`);
        return {
            name: string(pkg.name, `deps.packages[${i}].name`),
            epoch: optionalNumber(pkg.epoch, "epoch") ?? 0,
            version: text(pkg.version),
            release: text(pkg.release),
            arch: text(pkg.arch),
        };
    });
    return {
        id: string(v.id, "compose info.id"),
        blueprintName: text(bp.name),
        blueprintVersion: text(bp.version),
        distro: text(bp.distro),
        arch: text(bp.arch),
        composeType: text(v.compose_type),
        imageSize: optionalNumber(v.image_size, "image_size") ?? 0,
        queueStatus: text(v.queue_status),
        packages,
    };
}

export function decodeDeleteReply(value: unknown): DeleteReply {
    const v = record(value, "delete reply");
    const deleted = (Array.isArray(v.uuids) ? v.uuids : []).flatMap(u => {
        const r = record(u, "uuids[]");
        return r.status === true && typeof r.uuid === "string" ? [r.uuid] : [];
    });
    const errors = (Array.isArray(v.errors) ? v.errors : []).map(e => {
        const r = record(e, "errors[]");
        return { id: text(r.id), msg: text(r.msg) };
    });
    return { deleted, errors };
}

let lastLists: { parts: WeldrComposeEntry[][]; data: WeldrComposeEntry[] } | undefined;

export const weldrComposesApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        composes: build.query<WeldrComposeEntry[], void>({
            async queryFn() {
                const [queue, finished, failed] = await composeListsRead.read();
                if (queue.error)
                    return queue;
                if (finished.error)
                    return finished;
                if (failed.error)
                    return failed;
                // unchanged lists: the same value as last time, so nothing downstream is redone
                const parts = [queue.data, finished.data, failed.data];
                if (lastLists && parts.every((p, i) => p === lastLists?.parts[i]))
                    return { data: lastLists.data };
                lastLists = { parts, data: bigList(parts.flat()) };
                return { data: lastLists.data };
            },
            structuralSharing: false,
            providesTags: [{ type: "Compose", id: LIST }],
        }),
        /** Statuses of many composes, one request per STATUS_BATCH ids; unknown ids are left out. */
        composeStatuses: build.query<WeldrComposeEntry[], string[]>({
            async queryFn(ids) {
                const out: WeldrComposeEntry[] = [];
                for (let i = 0; i < ids.length; i += STATUS_BATCH) {
                    const part = ids.slice(i, i + STATUS_BATCH).map(encodeURIComponent).join(",");
                    const reply = await weldr.json({ path: `${V1}/compose/status/${part}` }, v =>
                        array(record(v, "status reply").uuids, "uuids").map((e, n) => decodeComposeEntry(e, `uuids[${n}]`)));
                    if (reply.error)
                        return reply;
                    out.push(...reply.data);
                }
                return { data: out };
            },
            keepUnusedDataFor: 0,
        }),
        composeInfo: build.query<WeldrComposeInfo, string>({
            queryFn: id => weldr.json({ path: `${V1}/compose/info/${encodeURIComponent(id)}` }, decodeComposeInfo),
            providesTags: (_r, _e, id) => [{ type: "Compose", id }],
        }),
        /** compose/log: plain text (the osbuild log once done; a one-line note while running) */
        composeLog: build.query<string, string>({
            queryFn: id => weldr.text({ path: `${V1}/compose/log/${encodeURIComponent(id)}` }),
            keepUnusedDataFor: 0,
        }),
        cancelCompose: build.mutation<true, string>({
            queryFn: async id => {
                const reply = await weldr.json({ method: "DELETE", path: `${V1}/compose/cancel/${encodeURIComponent(id)}` }, v => record(v, "cancel reply"));
                return reply.error ? reply : { data: true };
            },
            invalidatesTags: (_r, _e, id) => [{ type: "Compose", id }, { type: "Compose", id: LIST }],
            onQueryStarted: async (_id, { dispatch, queryFulfilled }) => {
                await queryFulfilled.catch(() => undefined);
                dispatch(cloudApi.util.invalidateTags([{ type: "Compose", id: LIST }]));
            },
        }),
        deleteComposes: build.mutation<DeleteReply, string[]>({
            queryFn: ids => weldr.json({ method: "DELETE", path: `${V1}/compose/delete/${ids.map(encodeURIComponent).join(",")}` }, decodeDeleteReply),
            invalidatesTags: (_r, _e, ids) => [...ids.map(id => ({ type: "Compose" as const, id })), { type: "Compose", id: LIST }],
            // the Cloud list carries Weldr composes too
            onQueryStarted: async (_ids, { dispatch, queryFulfilled }) => {
                await queryFulfilled.catch(() => undefined);
                dispatch(cloudApi.util.invalidateTags([{ type: "Compose", id: LIST }]));
            },
        }),
    }),
});

export const {
    useComposesQuery: useWeldrComposesQuery,
    useComposeInfoQuery,
    useComposeLogQuery,
    useCancelComposeMutation,
    useDeleteComposesMutation,
} = weldrComposesApi;
