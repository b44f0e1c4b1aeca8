// The Cloud API v2 front-end of the composer stand-in
// (/run/cloudapi/api.socket, prefix /api/image-builder-composer/v2): routes a
// request onto its operation, looks up the compose, and turns service errors
// into `Error` bodies. The endpoints live in the cloud-*.ts modules.

import type { ComposeRecord, Router, SimContext, SimReply, SimRequest } from "./model";
import { CloudError, cloudError, jsonReply } from "./cloud-errors";
import { getError, getErrorList, getOpenapi, route } from "./cloud-meta";
import { parseUuid } from "./cloud-validate";
import { postCompose } from "./cloud-compose";
import { composeList, composeStatus } from "./cloud-status";
import { deleteCompose, getDownload, getLogs, getManifests, getMetadata, getSboms } from "./cloud-artifacts";
import { getClone, postClone } from "./cloud-clone";
import { getDistribution, getDistributions, postDepsolveBlueprint, postSearchPackages } from "./cloud-catalog";

export { CLOUD_PREFIX } from "./cloud-errors";

/** A compose id from the path: 400 code 14 when it is no uuid, 404 code 15 when unknown. */
function canonicalId(raw: string): string {
    try {
        return parseUuid(raw);
    } catch {
        throw new CloudError(14);
    }
}

function findCompose(raw: string, ctx: SimContext): ComposeRecord {
    const rec = ctx.state.composes[canonicalId(raw)];
    if (!rec)
        throw new CloudError(15);
    return rec;
}

function dispatch(req: SimRequest, ctx: SimContext): SimReply {
    const { op, params } = route(req.method, req.path);
    const id = params.id ?? "";
    switch (op.operationId) {
    case "getOpenapi":
        return getOpenapi();
    case "getComposeList":
        return jsonReply(200, composeList(ctx));
    case "getComposeStatus":
        return jsonReply(200, composeStatus(findCompose(id, ctx), ctx));
    case "deleteCompose":
        return deleteCompose(findCompose(id, ctx), ctx);
    case "getComposeMetadata":
        return getMetadata(findCompose(id, ctx));
    case "getComposeLogs":
        return getLogs(findCompose(id, ctx), ctx);
    case "getComposeManifests":
        return getManifests(findCompose(id, ctx));
    case "getComposeSBOMs":
        return getSboms(findCompose(id, ctx));
    case "getComposeDownload":
        return getDownload(findCompose(id, ctx), ctx);
    case "postCloneCompose":
        return postClone(req, findCompose(id, ctx), ctx);
    case "getCloneStatus":
        return getClone(canonicalId(id), ctx);
    case "postCompose":
        return postCompose(req, ctx);
    case "postDepsolveBlueprint":
        return postDepsolveBlueprint(req);
    case "postSearchPackages":
        return postSearchPackages(req);
    case "getDistributionList":
        return getDistributions();
    case "getDistribution":
        return getDistribution(params.distro ?? "", req.query);
    case "getError":
        return getError(id);
    case "getErrorList":
        return getErrorList(req.query);
    default:
        throw new CloudError(21, "no matching operation was found");
    }
}

/** The Cloud API router: every reply is JSON, every failure an `Error` body. */
export const cloudRouter: Router = (req, ctx) => {
    try {
        return dispatch(req, ctx);
    } catch (err) {
        if (err instanceof CloudError)
            return err.reply();
        // composer's echo recovers panics into 500 "Error is not an instance of HTTPError"
        const msg = err instanceof Error ? err.message : String(err);
        process.stderr.write(`composer-sim: cloud ${req.method} ${req.path}: ${err instanceof Error ? err.stack ?? msg : msg}\n`);
        return cloudError(10001, msg);
    }
};
