// POST /composes/{id}/clone and GET /clones/{id} (AWS only): share or copy a
// finished compose's AMI (handler.go postCloneComposeImpl / getCloneStatus).
// Clones live in memory beside the state (not persisted with --state).

import crypto from "node:crypto";
import type { ComposeRecord, SimContext, SimReply, SimRequest, SimState } from "./model";
import { CLOUD_PREFIX, CloudError, jsonReply } from "./cloud-errors";
import { composeStatus } from "./cloud-status";
import { readJsonBody } from "./cloud-validate";

interface CloneRecord {
    id: string;
    composeId: string;
    ami: string;
    region: string;
    created: number;
}

const clones = new WeakMap<SimState, Map<string, CloneRecord>>();

function clonesOf(state: SimState): Map<string, CloneRecord> {
    let m = clones.get(state);
    if (!m) {
        m = new Map();
        clones.set(state, m);
    }
    return m;
}

function strings(v: unknown): string[] {
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

export function postClone(req: SimRequest, rec: ComposeRecord, ctx: SimContext): SimReply {
    const body = readJsonBody(req, "CloneComposeBody");
    if (rec.koji)
        throw new CloudError(26);
    if (rec.state !== "FINISHED" || rec.canceled)
        throw new CloudError(31);
    const uploads = composeStatus(rec, ctx).image_status.upload_statuses ?? [];
    if (uploads.length !== 1)
        throw new CloudError(1006);
    const source = uploads[0];
    if (source.type !== "aws")
        throw new CloudError(32);
    const sourceAmi = typeof source.options.ami === "string" ? source.options.ami : "";
    const sourceRegion = typeof source.options.region === "string" ? source.options.region : "";
    const region = typeof body.region === "string" ? body.region : "";
    const target = rec.images[0].targets.find(t => t.type === "aws");
    const shares = [...strings(target?.upload_options.share_with_accounts), ...strings(body.share_with_accounts)];

    // same region and nothing to share: no job is queued and the "clone" is the compose itself
    if (region === sourceRegion && shares.length === 0)
        return cloneReply(rec.id, rec.id);

    const clone: CloneRecord = {
        id: crypto.randomUUID(),
        composeId: rec.id,
        ami: region === sourceRegion ? sourceAmi : `ami-${crypto.randomBytes(9).toString("hex").slice(0, 17)}`,
        region,
        created: Date.now() / 1000,
    };
    clonesOf(ctx.state).set(clone.id, clone);
    return cloneReply(rec.id, clone.id);
}

function cloneReply(composeId: string, id: string): SimReply {
    return jsonReply(201, { href: `${CLOUD_PREFIX}/composes/${composeId}/clone`, id, kind: "CloneComposeId" });
}

/** GET /clones/{id}; `id` is already a canonical uuid. */
export function getClone(id: string, ctx: SimContext): SimReply {
    const clone = clonesOf(ctx.state).get(id);
    if (!clone) {
        // a compose id is a job of another type
        if (ctx.state.composes[id])
            throw new CloudError(26);
        throw new CloudError(15);
    }
    return jsonReply(200, {
        href: `${CLOUD_PREFIX}/clones/${clone.id}`,
        id: clone.id,
        kind: "CloneComposeStatus",
        status: "success",
        type: "aws",
        options: { ami: clone.ami, region: clone.region },
    });
}
