// Weldr compose endpoints: the three lists (queue, finished, failed) as one query.
import type { WeldrComposeEntry } from "../model/compose";
import { weldr } from "./transport";
import { LIST, V1, weldrApi } from "./weldr";
import { decodeComposeLists } from "./weldrTypes";

export const weldrComposesApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        composes: build.query<WeldrComposeEntry[], void>({
            async queryFn() {
                const [queue, finished, failed] = await Promise.all([
                    weldr.json({ path: `${V1}/compose/queue` }, v => decodeComposeLists(v, ["new", "run"])),
                    weldr.json({ path: `${V1}/compose/finished` }, v => decodeComposeLists(v, ["finished"])),
                    weldr.json({ path: `${V1}/compose/failed` }, v => decodeComposeLists(v, ["failed"])),
                ]);
                if (queue.error)
                    return queue;
                if (finished.error)
                    return finished;
                if (failed.error)
                    return failed;
                return { data: [...queue.data, ...finished.data, ...failed.data] };
            },
            providesTags: [{ type: "Compose", id: LIST }],
        }),
    }),
});

export const { useComposesQuery: useWeldrComposesQuery } = weldrComposesApi;
