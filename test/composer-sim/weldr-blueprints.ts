// Weldr blueprints/* handlers: list, info, changes, change, new, workspace,
// undo, tag, delete, workspace delete, diff, freeze, depsolve.

import { stringify as toToml } from "smol-toml";

import { decodeBlueprint, deepCopy, isRecord, packageList, type PackageRef } from "./blueprint";
import { isValidDistro, normalizeDistro } from "./imageTypes";
import type { Blueprint, DepsolvedPackage, SimContext, SimReply } from "./model";
import { depsolve, depsolvedInfo, DepsolveError, evra, globRegExp, isGlob } from "./packages";
import {
    commitBlueprint, committedBlueprint, currentBlueprint, deleteBlueprint, deleteWorkspace, findCommit,
    listBlueprints, saveWorkspace, tagBlueprint,
} from "./state";
import {
    catchAllList, contentType, error400, errorReply, invalidChars, isReply, jsonReply, notFound, offsetLimit,
    okReply, queryFormat, textReply, validNames, type ApiError, type WeldrCall,
} from "./weldr-http";

function tomlReply(bp: Record<string, unknown>): SimReply {
    return textReply(toToml(bp));
}

export function blueprintsList(call: WeldrCall): SimReply {
    const ol = offsetLimit(call.req.query);
    if (isReply(ol))
        return ol;
    const names = listBlueprints(call.ctx.state);
    const offset = Math.min(ol.offset, names.length);
    const limit = Math.min(ol.limit, names.length - offset);
    return jsonReply({ total: names.length, offset, limit, blueprints: names.slice(offset, offset + limit) });
}

export function blueprintsInfo(call: WeldrCall): SimReply {
    const names = catchAllList(call.params.blueprints);
    if (!names)
        return notFound();
    if (!validNames(names))
        return invalidChars();
    const format = queryFormat(call);
    const blueprints: Blueprint[] = [];
    const changes: { changed: boolean; name: string }[] = [];
    const errors: ApiError[] = [];
    for (const name of names) {
        const found = currentBlueprint(call.ctx.state.blueprints[name]);
        if (!found) {
            errors.push({ id: "UnknownBlueprint", msg: `${name}: ` });
            continue;
        }
        blueprints.push(found.blueprint);
        changes.push({ changed: found.changed, name: found.blueprint.name });
    }
    if (isReply(format))
        return format;
    if (format === "json")
        return jsonReply({ blueprints, changes, errors });
    if (blueprints.length > 1)
        return error400("HTTPError", "toml format only supported when requesting one blueprint");
    if (errors.length > 0)
        return errorReply(400, ...errors);
    return tomlReply(blueprints[0]);
}

/** Blueprint.GetPackages(): packages and modules as name[-version], @groups, the kernel. */
export function blueprintRequests(bp: Record<string, unknown>): string[] {
    const nameVersion = (p: PackageRef): string => (!p.version || p.version === "*" ? p.name : `${p.name}-${p.version}`);
    const out = [...packageList(bp).map(nameVersion), ...packageList(bp, "modules").map(nameVersion)];
    if (Array.isArray(bp.groups))
        out.push(...bp.groups.filter(isRecord).map(g => `@${String(g.name)}`));
    const c = bp.customizations;
    const kernel = isRecord(c) && isRecord(c.kernel) && typeof c.kernel.name === "string" && c.kernel.name ? c.kernel.name : "kernel";
    out.push(kernel);
    return out;
}

/** depsolveBlueprint: packages of the blueprint's distro/arch (host defaults), or an error text. */
export function depsolveBlueprint(bp: Record<string, unknown>, ctx: SimContext): DepsolvedPackage[] | string {
    const distro = typeof bp.distro === "string" && bp.distro ? bp.distro : ctx.hostDistro;
    const arch = typeof bp.architecture === "string" && bp.architecture ? bp.architecture : ctx.hostArch;
    if (!isValidDistro(distro, arch))
        return `GetDistro - unknown distribution: ${distro}`;
    try {
        return depsolve(distro, arch, blueprintRequests(bp));
    } catch (err) {
        if (err instanceof DepsolveError)
            return err.message;
        throw err;
    }
}

export function blueprintsDepsolve(call: WeldrCall): SimReply {
    const names = catchAllList(call.params.blueprints);
    if (!names)
        return notFound();
    if (!validNames(names))
        return invalidChars();
    const blueprints: { blueprint: Blueprint; dependencies: Record<string, unknown>[] }[] = [];
    const errors: ApiError[] = [];
    for (const name of names) {
        const found = currentBlueprint(call.ctx.state.blueprints[name]);
        if (!found) {
            errors.push({ id: "UnknownBlueprint", msg: `${name}: blueprint not found` });
            continue;
        }
        const deps = depsolveBlueprint(found.blueprint, call.ctx);
        if (typeof deps === "string")
            errors.push({ id: "BlueprintsError", msg: `${name}: ${deps}` });
        blueprints.push({ blueprint: found.blueprint, dependencies: typeof deps === "string" ? [] : deps.map(depsolvedInfo) });
    }
    return jsonReply({ blueprints, errors });
}

/** expandBlueprintGlobs: exact names → their EVRA, globs → every matching dependency. */
function expandGlobs(deps: DepsolvedPackage[], packages: PackageRef[]): PackageRef[] | string {
    const out = new Map<string, PackageRef>();
    for (const pkg of packages) {
        if (!isGlob(pkg.name)) {
            const dep = deps.find(d => d.name === pkg.name);
            if (!dep)
                return `${pkg.name} missing from depsolve results`;
            out.set(`${dep.name}-${evra(dep)}`, { name: dep.name, version: evra(dep) });
        } else {
            const re = globRegExp(pkg.name);
            for (const dep of deps.filter(d => re.test(d.name)))
                out.set(`${dep.name}-${evra(dep)}`, { name: dep.name, version: evra(dep) });
        }
    }
    return [...out.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function blueprintsFreeze(call: WeldrCall): SimReply {
    const names = catchAllList(call.params.blueprints);
    if (!names)
        return notFound();
    if (!validNames(names))
        return invalidChars();
    const blueprints: { blueprint: Blueprint }[] = [];
    const errors: ApiError[] = [];
    for (const name of names) {
        const found = currentBlueprint(call.ctx.state.blueprints[name]);
        if (!found) {
            errors.push({ id: "UnknownBlueprint", msg: `${name}: blueprint not found` });
            break;
        }
        const bp = deepCopy(found.blueprint);
        const deps = depsolveBlueprint(bp, call.ctx);
        const packages = typeof deps === "string" ? deps : expandGlobs(deps, packageList(bp));
        const modules = typeof deps === "string" ? deps : expandGlobs(deps, packageList(bp, "modules"));
        const problem = [deps, packages, modules].find((v): v is string => typeof v === "string");
        if (problem !== undefined) {
            errors.push({ id: "BlueprintsError", msg: `${name}: ${problem}` });
            break;
        }
        bp.packages = packages;
        bp.modules = modules;
        blueprints.push({ blueprint: bp });
    }
    if (call.req.query.get("format") === "toml") {
        if (blueprints.length === 0)
            return textReply("");
        if (blueprints.length > 1)
            return error400("HTTPError", "toml format only supported when requesting one blueprint");
        return tomlReply(blueprints[0].blueprint);
    }
    return jsonReply({ blueprints, errors });
}

export function blueprintsDiff(call: WeldrCall): SimReply {
    const { blueprint: name, from, to } = call.params;
    for (const value of [name, from, to]) {
        if (!validNames([value]))
            return invalidChars();
    }
    if (from !== "NEWEST")
        return error400("UnknownCommit", `ggit-error: revspec '${from}' not found (-3)`);
    if (to !== "WORKSPACE")
        return error400("UnknownCommit", `ggit-error: revspec '${to}' not found (-3)`);
    const entry = call.ctx.state.blueprints[name];
    const oldBp = committedBlueprint(entry);
    const newBp = currentBlueprint(entry)?.blueprint;
    if (!oldBp || !newBp)
        return errorReply(404, { id: "UnknownBlueprint", msg: `Unknown blueprint name: ${name}` });
    const oldMap = new Map(packageList(oldBp).map(p => [p.name, p]));
    const diff: { new: { Package: PackageRef } | null; old: { Package: PackageRef } | null }[] = [];
    for (const pkg of packageList(newBp)) {
        const old = oldMap.get(pkg.name);
        if (old) {
            oldMap.delete(pkg.name);
            if ((old.version ?? "") !== (pkg.version ?? ""))
                diff.push({ new: { Package: pkg }, old: { Package: old } });
        } else {
            diff.push({ new: { Package: pkg }, old: null });
        }
    }
    for (const old of oldMap.values())
        diff.push({ new: null, old: { Package: old } });
    return jsonReply({ diff });
}

/** The blueprint stored in the commit named by the path, or the error reply composer gives */
function blueprintAtCommit(call: WeldrCall): { name: string; commit: string; bp: Blueprint } | SimReply {
    const { blueprint: name, commit } = call.params;
    if (!validNames([name]) || !validNames([commit]))
        return invalidChars();
    const found = findCommit(call.ctx.state, name, commit);
    if (found.error !== undefined)
        return error400("UnknownCommit", found.error);
    const bp = found.ok.blueprint;
    if (!bp)
        return error400("BlueprintsError", `no blueprint found for commit ${commit}`);
    return { name, commit, bp };
}

export function blueprintsChange(call: WeldrCall): SimReply {
    const at = blueprintAtCommit(call);
    if (!("bp" in at))
        return at;
    const { bp } = at;
    const format = queryFormat(call);
    if (isReply(format))
        return format;
    return format === "toml" ? tomlReply(bp) : jsonReply(bp);
}

export function blueprintsChanges(call: WeldrCall): SimReply {
    const names = catchAllList(call.params.blueprints);
    if (!names)
        return notFound();
    if (!validNames(names))
        return invalidChars();
    const ol = offsetLimit(call.req.query);
    if (isReply(ol))
        return ol;
    const blueprints: Record<string, unknown>[] = [];
    const errors: ApiError[] = [];
    for (const name of names) {
        const commits = call.ctx.state.blueprints[name]?.commits ?? [];
        if (commits.length === 0) {
            errors.push({ id: "UnknownBlueprint", msg: name });
            continue;
        }
        blueprints.push({
            changes: commits.map(c => ({ commit: c.commit, message: c.message, revision: c.revision, timestamp: c.timestamp })),
            name,
            total: commits.length,
        });
    }
    return jsonReply({ blueprints, errors, limit: ol.limit, offset: ol.offset });
}

/** The shared front half of blueprints/new and blueprints/workspace. */
function postedBlueprint(call: WeldrCall): Blueprint | SimReply {
    const type = contentType(call.req);
    if (type === undefined)
        return error400("BlueprintsError", "missing Content-Type header");
    if (call.req.body.length === 0)
        return error400("BlueprintsError", "Missing blueprint");
    const decoded = decodeBlueprint(call.req.body, type);
    if (decoded.error !== undefined) {
        return error400("BlueprintsError",
            `400 Bad Request: The browser (or proxy) sent a request that this server could not understand: ${decoded.error}`);
    }
    if (!validNames([decoded.ok.name]))
        return invalidChars();
    return decoded.ok;
}

export function blueprintsNew(call: WeldrCall): SimReply {
    const bp = postedBlueprint(call);
    if (isReply(bp))
        return bp;
    if (typeof bp.distro === "string" && bp.distro !== "") {
        const distro = normalizeDistro(bp.distro);
        bp.distro = distro;
        const arch = typeof bp.architecture === "string" && bp.architecture ? bp.architecture : call.ctx.hostArch;
        if (!isValidDistro(distro, arch))
            return error400("BlueprintsError", `'${distro}' is not a valid distribution (architecture '${arch}')`);
    }
    const message = `Recipe ${bp.name}, version ${bp.version || "0.0.0"} saved.`;
    const pushed = commitBlueprint(call.ctx.state, bp, message);
    if (pushed.error !== undefined)
        return error400("BlueprintsError", pushed.error);
    call.ctx.save();
    return okReply();
}

export function blueprintsWorkspace(call: WeldrCall): SimReply {
    const bp = postedBlueprint(call);
    if (isReply(bp))
        return bp;
    const saved = saveWorkspace(call.ctx.state, bp);
    if (saved.error !== undefined)
        return error400("BlueprintsError", saved.error);
    call.ctx.save();
    return okReply();
}

export function blueprintsUndo(call: WeldrCall): SimReply {
    const at = blueprintAtCommit(call);
    if (!("bp" in at))
        return at;
    const { name, commit, bp } = at;
    const pushed = commitBlueprint(call.ctx.state, deepCopy(bp), `${name}.toml reverted to commit ${commit}`);
    if (pushed.error !== undefined)
        return error400("BlueprintsError", pushed.error);
    call.ctx.save();
    return okReply();
}

/** tag, delete and workspace delete: name check, one store call, {"status":true}. */
function simpleMutation(call: WeldrCall, op: (name: string) => { error?: string }): SimReply {
    const name = call.params.blueprint;
    if (!validNames([name]))
        return invalidChars();
    const result = op(name);
    if (result.error !== undefined)
        return error400("BlueprintsError", result.error);
    call.ctx.save();
    return okReply();
}

export const blueprintsTag = (call: WeldrCall): SimReply => simpleMutation(call, n => tagBlueprint(call.ctx.state, n));
export const blueprintsDelete = (call: WeldrCall): SimReply => simpleMutation(call, n => deleteBlueprint(call.ctx.state, n));
export const blueprintsDeleteWorkspace = (call: WeldrCall): SimReply => simpleMutation(call, n => deleteWorkspace(call.ctx.state, n));
