// Weldr package replies (reference §1.3, §1.6): modules/list, projects/info,
// blueprints/depsolve and blueprints/freeze.
import type { Blueprint } from "../model/blueprint";
import { array, number, optionalNumber, optionalString, record, string } from "./decode";

export interface ModulesPage {
    total: number;
    offset: number;
    names: string[];
}

export function decodeModulesPage(value: unknown): ModulesPage {
    const v = record(value, "modules list");
    return {
        total: number(v.total, "total"),
        offset: number(v.offset, "offset"),
        names: array(v.modules, "modules").map((m, i) => string(record(m, `modules[${i}]`).name, `modules[${i}].name`)),
    };
}

export interface PackageSummary {
    name: string;
    summary: string;
    homepage: string;
    /** of the first build */
    version: string;
    release: string;
    epoch: number;
    arch: string;
    license: string;
}

export function decodeProjectsInfo(value: unknown): PackageSummary[] {
    const v = record(value, "projects info");
    return array(v.projects, "projects").map((p, i) => {
        const project = record(p, `projects[${i}]`);
        const builds = Array.isArray(project.builds) ? project.builds : [];
        const build = builds.length > 0 ? record(builds[0], `projects[${i}].builds[0]`) : {};
        const source = typeof build.source === "object" && build.source !== null ? build.source as Record<string, unknown> : {};
        return {
            name: string(project.name, `projects[${i}].name`),
            summary: optionalString(project.summary, `projects[${i}].summary`) ?? "",
            homepage: optionalString(project.homepage, `projects[${i}].homepage`) ?? "",
            version: typeof source.version === "string" ? source.version : "",
            release: typeof build.release === "string" ? build.release : "",
            epoch: typeof build.epoch === "number" ? build.epoch : 0,
            arch: typeof build.arch === "string" ? build.arch : "",
            license: typeof source.license === "string" ? source.license : "",
        };
    });
}

export interface DepsolvedPackage {
    name: string;
    epoch: number;
    version: string;
    release: string;
    arch: string;
    repo_id: string;
}

export function decodeDepsolved(value: unknown, what: string): DepsolvedPackage {
    const v = record(value, what);
    return {
        name: string(v.name, `${what}.name`),
        epoch: optionalNumber(v.epoch, `${what}.epoch`) ?? 0,
        version: optionalString(v.version, `${what}.version`) ?? "",
        release: optionalString(v.release, `${what}.release`) ?? "",
        arch: optionalString(v.arch, `${what}.arch`) ?? "",
        repo_id: optionalString(v.repo_id, `${what}.repo_id`) ?? "",
    };
}

/** A non-fatal entry of `errors[]` sent with HTTP 200 */
export interface WeldrListError {
    id: string;
    msg: string;
}

function listErrors(value: unknown): WeldrListError[] {
    return (Array.isArray(value) ? value : []).map((e, i) => {
        const err = record(e, `errors[${i}]`);
        return { id: String(err.id ?? ""), msg: String(err.msg ?? "") };
    });
}

export interface DepsolveResult {
    /** the blueprint composer depsolved (its saved or workspace copy) */
    blueprint: Blueprint | null;
    dependencies: DepsolvedPackage[];
    errors: WeldrListError[];
}

export function decodeBlueprintDepsolve(value: unknown, name: string): DepsolveResult {
    const v = record(value, "blueprints depsolve");
    const entries = array(v.blueprints, "blueprints").map((b, i) => record(b, `blueprints[${i}]`));
    const entry = entries.find(e => typeof e.blueprint === "object" && e.blueprint !== null && (e.blueprint as Blueprint).name === name);
    return {
        blueprint: entry ? { ...record(entry.blueprint, "blueprint"), name } as Blueprint : null,
        dependencies: entry && Array.isArray(entry.dependencies)
            ? entry.dependencies.map((d, i) => decodeDepsolved(d, `dependencies[${i}]`))
            : [],
        errors: listErrors(v.errors),
    };
}

export interface FreezeResult {
    blueprint: Blueprint | null;
    errors: WeldrListError[];
}

export function decodeBlueprintFreeze(value: unknown, name: string): FreezeResult {
    const v = record(value, "blueprints freeze");
    const entries = array(v.blueprints, "blueprints").map((b, i) => record(record(b, `blueprints[${i}]`).blueprint, `blueprints[${i}].blueprint`));
    const bp = entries.find(e => e.name === name);
    return { blueprint: bp ? bp as Blueprint : null, errors: listErrors(v.errors) };
}
