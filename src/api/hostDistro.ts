// What the host's distribution is told from (src/model/hostDistro.ts): the host's /etc/os-release,
// read through cockpit.file (composer reads the same file), and composer's answer to
// compose/types without a distribution, which names the host distribution when it cannot build
// for it ("Unknown distribution: debian-12").
import cockpit from "cockpit";

import type { HostDistroFacts } from "../model/hostDistro";
import { weldr } from "./transport";
import { V1, weldrApi } from "./weldr";
import { decodeComposeTypes } from "./weldrComposeStart";

export const OS_RELEASE = "/etc/os-release";

async function readOsRelease(): Promise<string | null> {
    const file = cockpit.file(OS_RELEASE);
    try {
        return await file.read();
    } catch {
        return null;
    } finally {
        file.close();
    }
}

export type HostDistroSources = Required<Pick<HostDistroFacts, "osRelease" | "probe">>;

export const hostDistroApi = weldrApi.injectEndpoints({
    endpoints: build => ({
        hostDistroSources: build.query<HostDistroSources, void>({
            queryFn: async () => {
                const [osRelease, types] = await Promise.all([
                    readOsRelease(),
                    weldr.json({ path: `${V1}/compose/types` }, decodeComposeTypes),
                ]);
                return { data: { osRelease, probe: types.error ? { message: types.error.message } : "ok" } };
            },
        }),
    }),
});

export const { useHostDistroSourcesQuery } = hostDistroApi;
