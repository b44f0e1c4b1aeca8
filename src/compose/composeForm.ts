// The create-image form's state and the request it becomes (through the pure builders in
// src/model/composeRequest.ts). Lives in component state only: it holds typed-in secrets.
import type { Blueprint } from "../model/blueprint";
import {
    type Built, type CloudComposeRequest, type ComposeProblem, type OstreeValues, type WeldrComposeBody, buildCloudCompose, buildWeldrCompose,
} from "../model/composeRequest";
import { cloudNameForWeldr, defaultSizeBytes, gibToBytes, takesOstree } from "../model/imageTypes";
import type { HostDistro } from "../model/hostDistro";
import type { KojiValues } from "../model/koji";
import { type TargetApi, type TargetDef, type TargetValues, defaultCloudTarget, targetById, targetsFor } from "../model/targets";

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

export const ARCHITECTURES = ["x86_64", "aarch64", "ppc64le", "s390x"];
export const KOJI = "koji";

export interface ComposeForm {
    blueprint: string;
    /** "" : not chosen (the host's distribution, when composer builds for it) */
    distro: string;
    arch: string;
    /** a Weldr image type name */
    imageType: string;
    /** GiB as typed; "" : the type's default */
    sizeGib: string;
    ostree: OstreeValues;
    /** a target id ("weldr:local", "cloud:aws", …) or KOJI */
    destination: string;
    /** values per target id */
    values: Record<string, TargetValues>;
    koji: KojiValues;
    /** Cloud image type names built in a Koji compose */
    kojiTypes: string[];
    kojiArches: string[];
    /** Koji: per Cloud image type, the values of the upload to its own cloud (absent: no upload) */
    kojiUploads: Record<string, TargetValues | undefined>;
}

export function initialForm(blueprint: string): ComposeForm {
    return {
        blueprint, distro: "", arch: "x86_64", imageType: "", sizeGib: "", ostree: {}, destination: "weldr:local",
        values: {}, koji: {}, kojiTypes: [], kojiArches: ["x86_64"], kojiUploads: {},
    };
}

/** The size proposed for a type, as GiB text ("" when the type has no disk) */
export function defaultSizeText(imageType: string, distro: string): string {
    const bytes = defaultSizeBytes(imageType, distro);
    return bytes > 0 ? String(Math.round(bytes / 1024 ** 3 * 100) / 100) : "";
}

export interface Destination {
    id: string;
    label: string;
    help: string;
    api: TargetApi;
    target?: TargetDef;
}

/**
 * The destinations offered for a Weldr image type: kept on this host (through Weldr, then through
 * the Cloud API where its pairing table allows `local`), clouds with the worker's credentials,
 * with typed credentials, Koji
 */
export function destinations(imageType: string, distro: string, kojiHelp: string): Destination[] {
    if (imageType === "")
        return [];
    const weldr = targetsFor("weldr", imageType, distro);
    const cloudName = cloudNameForWeldr(imageType, distro);
    const cloud = cloudName ? targetsFor("cloud", cloudName, distro) : [];
    // a target belongs to the API that serves it (the two "keep on this host" go through different APIs)
    const of = (target: TargetDef): Destination => ({ id: target.id, label: target.label, help: target.help, api: target.api, target });
    return [
        ...weldr.filter(t => t.type === "local").map(of),
        ...cloud.filter(t => t.type === "local").map(of),
        ...cloud.filter(t => t.type !== "local").map(of),
        ...weldr.filter(t => t.type !== "local").map(of),
        ...(cloudName ? [{ id: KOJI, label: N_("Koji build"), help: kojiHelp, api: "cloud" as const }] : []),
    ];
}

function sizeBytes(text: string): number | undefined {
    if (text.trim() === "")
        return undefined;
    const gib = Number(text);
    return Number.isFinite(gib) && gib > 0 ? gibToBytes(gib) : NaN;
}

export type BuiltForm =
    | { api: "weldr"; built: Built<WeldrComposeBody> }
    | { api: "cloud"; built: Built<CloudComposeRequest> };

export function buildFromForm(form: ComposeForm, blueprint: Blueprint | undefined): BuiltForm {
    const ostree = takesOstree(form.imageType) ? form.ostree : undefined;
    const size = sizeBytes(form.sizeGib);
    if (form.destination === KOJI) {
        const images = form.kojiTypes.flatMap(type => form.kojiArches.map(architecture => {
            const upload = form.kojiUploads[type];
            const targetType = defaultCloudTarget(type);
            return {
                architecture, imageType: type,
                targets: upload && targetType ? [{ targetId: `cloud:${targetType}`, values: upload }] : [],
            };
        }));
        return { api: "cloud", built: buildCloudCompose({ distribution: form.distro, blueprint, images, koji: form.koji }) };
    }
    const target = targetById(form.destination);
    const values = form.values[form.destination] ?? {};
    if (target?.api === "cloud") {
        const imageType = cloudNameForWeldr(form.imageType, form.distro) ?? form.imageType;
        return {
            api: "cloud",
            built: buildCloudCompose({
                distribution: form.distro, blueprint,
                images: [{ architecture: form.arch, imageType, ...(size !== undefined ? { size } : {}), ...(ostree ? { ostree } : {}), targets: [{ targetId: target.id, values }] }],
            }),
        };
    }
    return {
        api: "weldr",
        built: buildWeldrCompose({
            blueprintName: form.blueprint, imageType: form.imageType, distro: form.distro,
            ...(size !== undefined ? { size } : {}), ...(ostree ? { ostree } : {}),
            ...(form.destination && form.destination !== "weldr:local" ? { target: { targetId: form.destination, values } } : {}),
        }),
    };
}

/** The distribution a form builds for: the one chosen, else the host's when composer builds for it ("" : composer's default) */
export function formDistro(form: ComposeForm, host: HostDistro): string {
    return form.distro !== "" ? form.distro : host.kind === "supported" ? host.name : "";
}

/**
 * On a host whose distribution composer cannot build for, the user chooses one; and a Weldr
 * compose builds for the blueprint's distribution (the form's choice does not reach Weldr), so a
 * blueprint without one cannot go through Weldr there.
 */
export function hostDistroProblems(distro: string, host: HostDistro, blueprint: Blueprint | undefined, api: TargetApi | undefined): ComposeProblem[] {
    if (host.kind !== "unsupported")
        return [];
    if (distro === "")
        return [{ path: "distribution", code: "required" }];
    if (api === "weldr" && blueprint && !blueprint.distro)
        return [{ path: "distribution", code: "weldr-no-distro", params: { host: host.name } }];
    return [];
}
