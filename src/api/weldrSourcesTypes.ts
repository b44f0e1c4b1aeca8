// Weldr sources (reference §1.7): projects/source/list, projects/source/info, distros/list.
import { array, record, string } from "./decode";

export type SourceType = "yum-baseurl" | "yum-metalink" | "yum-mirrorlist";
export const SOURCE_TYPES: SourceType[] = ["yum-baseurl", "yum-metalink", "yum-mirrorlist"];

/** SourceV1 as composer sends it; unknown keys are kept so an edit sends them back */
export interface Source {
    id: string;
    name: string;
    type: string;
    url: string;
    check_gpg: boolean;
    check_ssl: boolean;
    system: boolean;
    gpgkeys: string[];
    distros: string[];
    rhsm: boolean;
    check_repogpg: boolean;
    module_hotfixes: boolean;
    /** the object as received */
    raw: Record<string, unknown>;
}

export function decodeSourceList(value: unknown): string[] {
    const v = record(value, "sources list");
    return array(v.sources, "sources").map((s, i) => string(s, `sources[${i}]`));
}

function strings(value: unknown): string[] {
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === "string") : [];
}

export function decodeSource(key: string, value: unknown): Source {
    const v = record(value, `sources.${key}`);
    return {
        id: typeof v.id === "string" && v.id !== "" ? v.id : key,
        name: typeof v.name === "string" ? v.name : "",
        type: typeof v.type === "string" ? v.type : "",
        url: typeof v.url === "string" ? v.url : "",
        check_gpg: v.check_gpg === true,
        check_ssl: v.check_ssl === true,
        system: v.system === true,
        gpgkeys: strings(v.gpgkeys),
        distros: strings(v.distros),
        rhsm: v.rhsm === true,
        check_repogpg: v.check_repogpg === true,
        module_hotfixes: v.module_hotfixes === true,
        raw: v,
    };
}

export interface SourcesInfo {
    sources: Source[];
    /** errors[] sent with HTTP 200 (unknown ids, system repos that could not be read) */
    errors: string[];
}

export function decodeSourcesInfo(value: unknown): SourcesInfo {
    const v = record(value, "sources info");
    const sources = Object.entries(record(v.sources, "sources")).map(([key, s]) => decodeSource(key, s));
    const errors = (Array.isArray(v.errors) ? v.errors : []).map(e => {
        const err = record(e, "errors[]");
        return typeof err.msg === "string" ? err.msg : String(err.id ?? "");
    });
    return { sources, errors };
}

export function decodeDistros(value: unknown): string[] {
    const v = record(value, "distros list");
    return array(v.distros, "distros").map((d, i) => string(d, `distros[${i}]`));
}
