// POST /api/image-builder-composer/v2/compose: the semantic checks of
// ComposeRequest.GetImageRequests / enqueueCompose (reference §3.2, in
// composer's order) after the schema check, and the new ComposeRecord.

import crypto from "node:crypto";
import type { CloudTarget, ComposeRecord, ImageBuild, KojiInfo, SimContext, SimReply, SimRequest } from "./model";
import { CLOUD_PREFIX, CloudError, jsonReply } from "./cloud-errors";
import { checkUint, isRecord, parseUuid, readJsonBody } from "./cloud-validate";
import { archesOf, defaultTarget, internalImageType, isUploadType, resolveDistro, targetAllowed } from "./cloud-imagetypes";
import { artifactInfo, imageSize } from "./imageTypes";

function str(v: unknown): string {
    return typeof v === "string" ? v : "";
}

function list(v: unknown): unknown[] {
    return Array.isArray(v) ? v : [];
}

/** genRepoConfig: a repository needs a URL (7); check_gpg needs a gpgkey (29). */
function checkRepositories(repos: unknown[]): void {
    for (const r of repos) {
        if (!isRecord(r))
            continue;
        if (!str(r.baseurl) && r.mirrorlist === undefined && r.metalink === undefined)
            throw new CloudError(7);
        if (r.check_gpg === true && !str(r.gpgkey))
            throw new CloudError(29);
    }
}

/** Go decoding of the fields the schema leaves untyped or formats it does not check (error 20). */
function checkGoDecoding(body: Record<string, unknown>, requests: unknown[]): void {
    if (typeof body.blueprint_id === "string") {
        try {
            parseUuid(body.blueprint_id);
        } catch (err) {
            throw new CloudError(20, err instanceof Error ? err.message : String(err));
        }
    }
    for (const ir of requests) {
        if (isRecord(ir))
            checkUint(ir.size, "size", "ImageRequest");
    }
    const customizations = isRecord(body.customizations) ? body.customizations : {};
    for (const fs of list(customizations.filesystem)) {
        if (isRecord(fs))
            checkUint(fs.min_size, "min_size", "Filesystem");
    }
}

/**
 * GetTargets: upload_targets first (composer prepends each one, so they end
 * up in reverse order), then the image type's default target for upload_options.
 */
function targetsOf(ir: Record<string, unknown>, cloudType: string): CloudTarget[] {
    const targets: CloudTarget[] = [];
    for (const ut of list(ir.upload_targets)) {
        if (!isRecord(ut))
            continue;
        const type = ut.type;
        if (!isUploadType(type) || !targetAllowed(cloudType, type))
            throw new CloudError(38);
        targets.unshift({ type, upload_options: isRecord(ut.upload_options) ? ut.upload_options : {} });
    }
    if (ir.upload_options !== undefined) {
        const type = defaultTarget(cloudType);
        if (type === undefined)
            throw new CloudError(6);
        targets.push({ type, upload_options: isRecord(ir.upload_options) ? ir.upload_options : {} });
    }
    return targets;
}

function buildImage(ir: Record<string, unknown>, distro: string, hasKoji: boolean, payloadRepos: unknown[]): ImageBuild {
    const arch = str(ir.architecture);
    if (!archesOf(distro).includes(arch))
        throw new CloudError(5);
    const cloudType = str(ir.image_type);
    const imageType = internalImageType(distro, arch, cloudType);
    if (imageType === undefined)
        throw new CloudError(6);
    checkRepositories([...list(ir.repositories), ...payloadRepos]);
    if (isRecord(ir.ostree) && ir.ostree.contenturl !== undefined && ir.ostree.url === undefined)
        throw new CloudError(27);

    let targets: CloudTarget[] = [];
    if (ir.upload_options === undefined && list(ir.upload_targets).length === 0) {
        // nowhere to put the image: composer answers with its "unmarshal" error
        if (!hasKoji)
            throw new CloudError(1004);
    } else {
        targets = targetsOf(ir, cloudType);
    }
    const info = artifactInfo(imageType);
    return {
        imageType,
        cloudImageType: cloudType,
        arch,
        size: imageSize(imageType, typeof ir.size === "number" ? ir.size : 0),
        targets,
        filename: info.filename,
        mimeType: info.mimeType,
    };
}

/** The new record for a checked request. */
function newRecord(body: Record<string, unknown>, distro: string, images: ImageBuild[], ctx: SimContext): ComposeRecord {
    const blueprint = isRecord(body.blueprint) ? body.blueprint : null;
    const rec: ComposeRecord = {
        id: crypto.randomUUID(),
        api: "cloud",
        blueprintName: blueprint ? str(blueprint.name) : "",
        blueprintVersion: blueprint ? str(blueprint.version) : "",
        blueprint,
        distro,
        images,
        state: "WAITING",
        created: ctx.now ? ctx.now() : Date.now() / 1000,
        request: body,
        log: "",
        packages: [], // the worker depsolves when the job starts
    };
    if (isRecord(body.koji)) {
        const k = body.koji;
        const koji: KojiInfo = {
            server: str(k.server),
            task_id: typeof k.task_id === "number" ? k.task_id : 0,
            name: str(k.name),
            version: str(k.version),
            release: str(k.release),
        };
        rec.koji = koji;
    }
    return rec;
}

export function postCompose(req: SimRequest, ctx: SimContext): SimReply {
    const body = readJsonBody(req, "ComposeRequest");
    const single = body.image_request;
    const multiple = body.image_requests;
    checkGoDecoding(body, [single, ...list(multiple)]);

    // "OpenAPI enforces blueprint or customization, not both, but check anyway"
    if (body.customizations !== undefined && body.blueprint !== undefined)
        throw new CloudError(39);
    if (body.bootc !== undefined)
        throw new CloudError(42, "bootc composes are not supported by the composer stand-in");

    const blueprint = isRecord(body.blueprint) ? body.blueprint : undefined;
    const distroName = blueprint && str(blueprint.distro) ? str(blueprint.distro) : str(body.distribution);
    const distro = resolveDistro(distroName);
    if (distro === undefined)
        throw new CloudError(4);

    if (single !== undefined && multiple !== undefined)
        throw new CloudError(25);
    const requests = single !== undefined ? [single] : multiple !== undefined ? list(multiple) : undefined;
    if (requests === undefined)
        throw new CloudError(25);

    const hasKoji = body.koji !== undefined;
    const customizations = isRecord(body.customizations) ? body.customizations : {};
    const images = requests.filter(isRecord).map(ir => buildImage(ir, distro, hasKoji, list(customizations.payload_repositories)));
    if (!hasKoji && images.length !== 1)
        throw new CloudError(25);
    if (images.length === 0)
        throw new CloudError(1015); // koji with an empty image_requests: no build job to report

    const rec = newRecord(body, distro, images, ctx);
    ctx.state.composes[rec.id] = rec;
    ctx.save();
    ctx.kick();
    return jsonReply(201, { href: `${CLOUD_PREFIX}/compose`, id: rec.id, kind: "ComposeId" });
}
