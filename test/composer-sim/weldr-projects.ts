// Weldr package and catalog handlers: projects/list|info|depsolve,
// modules/list|info, distros/list and compose/types.

import { distrosFor, isValidDistro, typesFor } from "./imageTypes";
import type { SimReply } from "./model";
import { depsolve, depsolvedInfo, DepsolveError, searchPackages, universe, type UniversePackage } from "./packages";
import {
    error400, isReply, jsonReply, offsetLimit, projectList, queryArch, queryDistro, type WeldrCall,
} from "./weldr-http";

/** PackageInfo as Weldr serializes it (one build per package). */
function packageInfo(p: UniversePackage): Record<string, unknown> {
    return {
        name: p.name,
        summary: p.summary,
        description: p.description,
        homepage: p.homepage,
        upstream_vcs: "UPSTREAM_VCS",
        builds: [{
            arch: p.arch,
            build_time: p.buildTime,
            epoch: p.epoch,
            release: p.release,
            changelog: "CHANGELOG_NEEDED",
            build_config_ref: "BUILD_CONFIG_REF",
            build_env_ref: "BUILD_ENV_REF",
            metadata: {},
            source: { license: p.license, version: p.version, source_ref: "SOURCE_REF", metadata: {} },
        }],
    };
}

/** fetchPackageList: all packages, or those matching names/globs; a string on error. */
function fetchPackages(distro: string, arch: string, names: string[] | undefined): UniversePackage[] | string {
    if (!isValidDistro(distro, arch))
        return `GetDistro - unknown distribution: ${distro}`;
    return names ? searchPackages(distro, arch, names) : universe(distro, arch);
}

function distroAndArch(call: WeldrCall): { distro: string; arch: string } | SimReply {
    const arch = queryArch(call);
    const distro = queryDistro(call, arch);
    return isReply(distro) ? distro : { distro, arch };
}

export function projectsList(call: WeldrCall): SimReply {
    const ol = offsetLimit(call.req.query);
    if (isReply(ol))
        return ol;
    const da = distroAndArch(call);
    if (isReply(da))
        return da;
    const packages = fetchPackages(da.distro, da.arch, undefined);
    if (typeof packages === "string")
        return error400("ProjectsError", `msg: ${packages}`);
    const start = Math.min(ol.offset, packages.length);
    const n = Math.min(ol.limit, packages.length - start);
    return jsonReply({ total: packages.length, offset: ol.offset, limit: ol.limit, projects: packages.slice(start, start + n).map(packageInfo) });
}

export function modulesList(call: WeldrCall): SimReply {
    const ol = offsetLimit(call.req.query);
    if (isReply(ol))
        return ol;
    const da = distroAndArch(call);
    if (isReply(da))
        return da;
    const packages = fetchPackages(da.distro, da.arch, projectList(call.params.modules));
    if (typeof packages === "string")
        return error400("ModulesError", `msg: ${packages}`);
    if (packages.length === 0)
        return error400("UnknownModule", "No packages have been found.");
    const start = Math.min(ol.offset, packages.length);
    const n = Math.min(ol.limit, packages.length - start);
    return jsonReply({
        total: packages.length, offset: ol.offset, limit: ol.limit,
        modules: packages.slice(start, start + n).map(p => ({ name: p.name, group_type: "rpm" })),
    });
}

/** projects/info and modules/info (the latter depsolves each package). */
export function modulesInfo(call: WeldrCall): SimReply {
    const modules = /^\/api\/v[01]\/modules/.test(call.req.path);
    const errorId = modules ? "ModulesError" : "ProjectsError";
    const unknownId = modules ? "UnknownModule" : "UnknownProject";
    const names = projectList(call.params.modules);
    if (!names)
        return error400(unknownId, "No packages specified.");
    const da = distroAndArch(call);
    if (isReply(da))
        return da;
    const packages = fetchPackages(da.distro, da.arch, names);
    if (typeof packages === "string")
        return error400(errorId, `msg: ${packages}`);
    if (packages.length === 0)
        return error400(unknownId, "No packages have been found.");
    const infos = packages.map(packageInfo);
    if (!modules)
        return jsonReply({ projects: infos });
    infos.forEach((info, i) => {
        info.dependencies = depsolve(da.distro, da.arch, [packages[i].name]).map(depsolvedInfo);
    });
    return jsonReply({ modules: infos });
}

export function projectsDepsolve(call: WeldrCall): SimReply {
    const names = projectList(call.params.projects);
    if (!names)
        return error400("UnknownProject", "No packages specified.");
    const da = distroAndArch(call);
    if (isReply(da))
        return da;
    if (!isValidDistro(da.distro, da.arch))
        return error400("DistroError", `Unknown distribution: ${da.distro}`);
    try {
        return jsonReply({ projects: depsolve(da.distro, da.arch, names).map(depsolvedInfo) });
    } catch (err) {
        if (err instanceof DepsolveError)
            return error400("ProjectsError", `BadRequest: ${err.message}`);
        throw err;
    }
}

export function distrosList(call: WeldrCall): SimReply {
    return jsonReply({ distros: distrosFor(queryArch(call)) });
}

export function composeTypes(call: WeldrCall): SimReply {
    const da = distroAndArch(call);
    if (isReply(da))
        return da;
    if (!isValidDistro(da.distro, da.arch))
        return error400("DistroError", `Unknown distribution: ${da.distro}`);
    const types = typesFor(da.distro, da.arch).map(name => ({ name, enabled: true }));
    return jsonReply({ types: types.length ? types : null });
}
