// The Weldr API front-end: the route table of osbuild-composer's setupRouter
// (httprouter semantics: exact paths, no trailing-slash redirects, 405 with an
// empty body for a known path with another method, automatic OPTIONS) and the
// version check each handler does.

import type { Router, SimReply, SimRequest } from "./model";
import * as bp from "./weldr-blueprints";
import * as artifacts from "./weldr-artifacts";
import * as compose from "./weldr-compose";
import { emptyReply, jsonReply, notFound, type WeldrHandler } from "./weldr-http";
import * as projects from "./weldr-projects";
import * as sources from "./weldr-sources";

interface Route {
    method: string;
    /** segments after /api/v:version; ":x" one segment, "*x" the rest (with its leading "/") */
    pattern: string[];
    minVersion: number;
    handler: WeldrHandler;
}

const notImplemented: WeldrHandler = () => emptyReply(501);

const TABLE: [string, string, number, WeldrHandler][] = [
    ["GET", "/projects/source/list", 0, sources.sourcesList],
    ["GET", "/projects/source/info/", 0, () => notFound()],
    ["GET", "/projects/source/info/:sources", 0, sources.sourcesInfo],
    ["POST", "/projects/source/new", 0, sources.sourcesNew],
    ["DELETE", "/projects/source/delete/*source", 0, sources.sourcesDelete],
    ["GET", "/projects/depsolve", 0, projects.projectsDepsolve],
    ["GET", "/projects/depsolve/*projects", 0, projects.projectsDepsolve],
    ["GET", "/modules/list", 0, projects.modulesList],
    ["GET", "/modules/list/*modules", 0, projects.modulesList],
    ["GET", "/projects/list", 0, projects.projectsList],
    ["GET", "/projects/list/", 0, projects.projectsList],
    ["GET", "/modules/info", 0, projects.modulesInfo],
    ["GET", "/modules/info/*modules", 0, projects.modulesInfo],
    ["GET", "/projects/info", 0, projects.modulesInfo],
    ["GET", "/projects/info/*modules", 0, projects.modulesInfo],
    ["GET", "/blueprints/list", 0, bp.blueprintsList],
    ["GET", "/blueprints/info/*blueprints", 0, bp.blueprintsInfo],
    ["GET", "/blueprints/depsolve/*blueprints", 0, bp.blueprintsDepsolve],
    ["GET", "/blueprints/freeze/*blueprints", 0, bp.blueprintsFreeze],
    ["GET", "/blueprints/diff/:blueprint/:from/:to", 0, bp.blueprintsDiff],
    ["GET", "/blueprints/change/:blueprint/:commit", 1, bp.blueprintsChange],
    ["GET", "/blueprints/changes/*blueprints", 0, bp.blueprintsChanges],
    ["POST", "/blueprints/new", 0, bp.blueprintsNew],
    ["POST", "/blueprints/workspace", 0, bp.blueprintsWorkspace],
    ["POST", "/blueprints/undo/:blueprint/:commit", 0, bp.blueprintsUndo],
    ["POST", "/blueprints/tag/:blueprint", 0, bp.blueprintsTag],
    ["DELETE", "/blueprints/delete/:blueprint", 0, bp.blueprintsDelete],
    ["DELETE", "/blueprints/workspace/:blueprint", 0, bp.blueprintsDeleteWorkspace],
    ["POST", "/compose", 0, compose.composeStart],
    ["DELETE", "/compose/delete/:uuids", 0, compose.composeDelete],
    ["GET", "/compose/types", 0, projects.composeTypes],
    ["GET", "/compose/queue", 0, compose.composeQueue],
    ["GET", "/compose/status/:uuids", 0, compose.composeStatus],
    ["GET", "/compose/info/:uuid", 0, compose.composeInfo],
    ["GET", "/compose/finished", 0, compose.composeFinished],
    ["GET", "/compose/failed", 0, compose.composeFailed],
    ["GET", "/compose/image/:uuid", 0, artifacts.composeImage],
    ["GET", "/compose/metadata/:uuid", 0, artifacts.composeMetadata],
    ["GET", "/compose/results/:uuid", 0, artifacts.composeResults],
    ["GET", "/compose/logs/:uuid", 0, artifacts.composeLogs],
    ["GET", "/compose/log/:uuid", 0, artifacts.composeLog],
    ["POST", "/compose/uploads/schedule/:uuid", 1, notImplemented],
    ["DELETE", "/compose/cancel/:uuid", 0, compose.composeCancel],
    ["DELETE", "/upload/delete/:uuid", 1, notImplemented],
    ["GET", "/upload/info/:uuid", 1, notImplemented],
    ["GET", "/upload/log/:uuid", 1, notImplemented],
    ["POST", "/upload/reset/:uuid", 1, notImplemented],
    ["DELETE", "/upload/cancel/:uuid", 1, notImplemented],
    ["GET", "/upload/providers", 1, notImplemented],
    ["POST", "/upload/providers/save", 1, notImplemented],
    ["DELETE", "/upload/providers/delete/:provider/:profile", 1, notImplemented],
    ["GET", "/distros/list", 1, projects.distrosList],
];

const ROUTES: Route[] = TABLE.map(([method, p, minVersion, handler]) => ({
    method, minVersion, handler, pattern: p.slice(1).split("/"),
}));

/** Every route, for documentation and tests: [method, "/api/v:version/…", min version]. */
export const WELDR_ROUTES: [string, string, number][] = [
    ["GET", "/api/status", 0],
    ...TABLE.map(([m, p, v]): [string, string, number] => [m, `/api/v:version${p}`, v]),
];

/** Matches `rest` ("/blueprints/info/a,b") against a pattern; the params, or undefined. */
function match(pattern: string[], rest: string): Record<string, string> | undefined {
    const segs = rest.slice(1).split("/");
    const params: Record<string, string> = {};
    for (let i = 0; i < pattern.length; i++) {
        const p = pattern[i];
        if (p.startsWith("*")) {
            if (i >= segs.length)
                return undefined;
            params[p.slice(1)] = "/" + segs.slice(i).join("/");
            return params;
        }
        if (i >= segs.length)
            return undefined;
        if (p.startsWith(":")) {
            if (segs[i] === "")
                return undefined;
            params[p.slice(1)] = segs[i];
        } else if (p !== segs[i]) {
            return undefined;
        }
    }
    return segs.length === pattern.length ? params : undefined;
}

function allowHeader(methods: Set<string>): string {
    return [...methods, "OPTIONS"].sort().join(", ");
}

function statusReply(hostDistro: string, hostArch: string): SimReply {
    const tag = hostDistro.replace(/^fedora-/, "fc").replace(/^(rhel|centos)-(\d+).*/, "el$2");
    return jsonReply({
        api: "1",
        db_supported: true,
        db_version: "0",
        schema_version: "0",
        backend: "osbuild-composer",
        build: `NEVRA:osbuild-composer-180-1.${tag}.${hostArch}`,
        msgs: [],
    });
}

function decodePath(p: string): string | undefined {
    try {
        return decodeURIComponent(p);
    } catch {
        return undefined;
    }
}

export const weldrRouter: Router = (req: SimRequest, ctx) => {
    const path = decodePath(req.path);
    if (path === undefined)
        return { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" }, body: "400 Bad Request" };
    if (path === "/api/status") {
        if (req.method === "GET")
            return statusReply(ctx.hostDistro, ctx.hostArch);
        return req.method === "OPTIONS"
            ? emptyReply(200, { Allow: "GET, OPTIONS" })
            : emptyReply(405, { Allow: "GET, OPTIONS" });
    }
    const m = /^\/api\/v([^/]*)(\/.*)?$/.exec(path);
    if (!m || m[1] === "" || m[2] === undefined)
        return notFound();
    const rest = m[2];
    const others = new Set<string>();
    for (const route of ROUTES) {
        const params = match(route.pattern, rest);
        if (!params)
            continue;
        if (route.method !== req.method) {
            others.add(route.method);
            continue;
        }
        const version = /^\d+$/.test(m[1]) ? Number(m[1]) : NaN;
        if (!(version >= route.minVersion && version <= 1))
            return notFound();
        return route.handler({ req, ctx, params, version });
    }
    if (others.size > 0) {
        if (req.method === "OPTIONS")
            return emptyReply(200, { Allow: allowHeader(others) });
        return emptyReply(405, { Allow: allowHeader(others) });
    }
    return notFound();
};
