// The create-image form's state and the request it becomes (through the pure builders in
// src/model/composeRequest.ts). Lives in component state only: it holds typed-in secrets.
import type { Blueprint } from "../model/blueprint";
import {
    type Built, type CloudComposeRequest, type OstreeValues, type WeldrComposeBody, apiFor, buildCloudCompose, buildWeldrCompose,
    destinationOf,
} from "../model/composeRequest";
import { cloudNameForWeldr, defaultSizeBytes, gibToBytes, takesOstree } from "../model/imageTypes";
import type { KojiValues } from "../model/koji";
import { type TargetApi, type TargetDef, type TargetValues, defaultCloudTarget, targetById, targetsFor } from "../model/targets";

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

export const ARCHITECTURES = ["x86_64", "aarch64", "ppc64le", "s390x"];
export const KOJI = "koji";

export interface ComposeForm {
    blueprint: string;
    /** "" : the host's distribution */
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

/** The destinations offered for a Weldr image type: local, clouds with the worker's credentials, with typed credentials, Koji */
export function destinations(imageType: string, distro: string, kojiHelp: string): Destination[] {
    if (imageType === "")
        return [];
    const weldr = targetsFor("weldr", imageType, distro);
    const cloudName = cloudNameForWeldr(imageType, distro);
    const cloud = cloudName ? targetsFor("cloud", cloudName, distro) : [];
    const of = (target: TargetDef): Destination => ({ id: target.id, label: target.label, help: target.help, api: apiFor(destinationOf(target)), target });
    return [
        ...weldr.filter(t => t.type === "local").map(of),
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
