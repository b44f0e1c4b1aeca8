// The "what to build" part of the create-image dialog: blueprint (picker when not given),
// distribution, architecture, image type (compose/types for them, labelled; unknown types by
// raw name), size in GiB and, for the types that take them, the ostree options.
import { FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { FormSelect, FormSelectOption } from "@patternfly/react-core/dist/esm/components/FormSelect/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { _, format } from "../../pkg/lib/gettext";
import { useBlueprintNamesQuery } from "../api/weldrBlueprints";
import type { ComposeType } from "../api/weldrComposeStart";
import { useDistrosQuery } from "../api/weldrSources";
import type { ComposeProblem } from "../model/composeRequest";
import type { HostDistro } from "../model/hostDistro";
import { imageTypeLabel, ostreeSupport } from "../model/imageTypes";
import { ARCHITECTURES, type ComposeForm, defaultSizeText } from "./composeForm";
import { composeProblemText } from "./problemText";

interface Props {
    form: ComposeForm;
    update: (change: Partial<ComposeForm>) => void;
    /** the blueprint was given by the page: no picker */
    fixedBlueprint: boolean;
    /** what is known of the host's distribution */
    host: HostDistro;
    types: ComposeType[] | undefined;
    typesLoading: boolean;
    problems: ComposeProblem[];
}

function Helper({ id, problem, text }: { id: string; problem?: ComposeProblem; text?: string }) {
    if (!problem && !text)
        return null;
    return (
        <FormHelperText>
            <HelperText><HelperTextItem id={id} variant={problem ? "error" : "default"}>{problem ? composeProblemText(problem) : text}</HelperTextItem></HelperText>
        </FormHelperText>
    );
}

function distroLabel(name: string, host: HostDistro): string {
    return host.kind === "supported" && host.name === name ? format(_("$0 (this host)"), name) : name;
}

export function ImageFields({ form, update, fixedBlueprint, host, types, typesLoading, problems }: Props) {
    const names = useBlueprintNamesQuery(undefined, { skip: fixedBlueprint });
    const distros = useDistrosQuery();
    const at = (path: string) => problems.find(p => p.path === path || p.path === `images.0.${path}`);
    const enabled = (types ?? []).filter(t => t.enabled).map(t => t.name);
    const ostree = ostreeSupport(form.imageType);
    const distroList = distros.data ?? [];

    const chooseType = (imageType: string) => update({ imageType, sizeGib: defaultSizeText(imageType, form.distro) });

    return (
        <>
            {!fixedBlueprint &&
                <FormGroup label={_("Blueprint")} isRequired fieldId="create-image-blueprint">
                    <FormSelect id="create-image-blueprint" value={form.blueprint} onChange={(_event, blueprint) => update({ blueprint })}>
                        <FormSelectOption value="" label={names.isLoading ? _("Loading…") : _("Choose a blueprint")} isDisabled />
                        {(names.data ?? []).map(name => <FormSelectOption key={name} value={name} label={name} />)}
                    </FormSelect>
                    <Helper id="create-image-blueprint-helper" problem={at("blueprint_name") ?? at("blueprint.name")} />
                </FormGroup>}
            <FormGroup label={_("Distribution")} fieldId="create-image-distro">
                <FormSelect id="create-image-distro" value={form.distro} validated={at("distribution") ? "error" : "default"} onChange={(_event, distro) => update({ distro, imageType: "", sizeGib: "" })}>
                    {host.kind === "unsupported" && form.distro === "" &&
                        <FormSelectOption value="" label={_("Choose a distribution")} isDisabled />}
                    {host.kind === "unknown" &&
                        <FormSelectOption value="" label={_("The host's distribution")} />}
                    {(form.distro && !distroList.includes(form.distro) ? [form.distro, ...distroList] : distroList)
                        .map(name => <FormSelectOption key={name} value={name} label={distroLabel(name, host)} />)}
                </FormSelect>
                <Helper id="create-image-distro-helper" problem={at("distribution")}
                        text={_("Through Weldr, composer builds for the blueprint's distribution and architecture, or the host's.")} />
            </FormGroup>
            {host.kind === "unsupported" &&
                <Alert variant="warning" isInline isPlain id="create-image-host-distro"
                       title={format(_("This host runs $0, which composer cannot build images for. Choose the distribution of the image."),
                                     host.prettyName ? `${host.prettyName} (${host.name})` : host.name)} />}
            <FormGroup label={_("Architecture")} fieldId="create-image-arch">
                <FormSelect id="create-image-arch" value={form.arch} validated={at("architecture") ? "error" : "default"} onChange={(_event, arch) => update({ arch, imageType: "", sizeGib: "" })}>
                    {ARCHITECTURES.map(arch => <FormSelectOption key={arch} value={arch} label={arch} />)}
                </FormSelect>
                <Helper id="create-image-arch-helper" problem={at("architecture")} />
            </FormGroup>
            <FormGroup label={_("Image type")} isRequired fieldId="create-image-type">
                <FormSelect id="create-image-type" value={form.imageType} validated={at("compose_type") ?? at("image_type") ? "error" : "default"} onChange={(_event, value) => chooseType(value)}>
                    <FormSelectOption value="" isDisabled
                                      label={typesLoading ? _("Loading…") : enabled.length === 0 ? _("No image types for this distribution and architecture") : _("Choose an image type")} />
                    {enabled.map(name => <FormSelectOption key={name} value={name} label={`${_(imageTypeLabel(name))} (${name})`} />)}
                </FormSelect>
                <Helper id="create-image-type-helper" problem={at("compose_type") ?? at("image_type")} />
            </FormGroup>
            {form.imageType !== "" &&
                <FormGroup label={_("Image size (GiB)")} fieldId="create-image-size">
                    <TextInput id="create-image-size" type="number" min={0} step="any" value={form.sizeGib} validated={at("size") ? "error" : "default"}
                               onChange={(_event, sizeGib) => update({ sizeGib })} aria-describedby="create-image-size-helper" />
                    <Helper id="create-image-size-helper" problem={at("size")}
                            text={_("Empty: the image type's default. Composer makes it larger when the blueprint's file systems need more.")} />
                </FormGroup>}
            {form.imageType !== "" && ostree !== "none" && (["ref", "parent", "url"] as const).map(key => (
                <FormGroup key={key} fieldId={`create-image-ostree-${key}`} isRequired={key === "url" && ostree === "url"}
                           label={key === "ref" ? _("OSTree ref") : key === "parent" ? _("OSTree parent commit") : _("OSTree repository URL")}>
                    <TextInput id={`create-image-ostree-${key}`} value={form.ostree[key] ?? ""}
                               validated={at(`ostree.${key}`) ?? (key === "ref" ? at("ostree") : undefined) ? "error" : "default"}
                               onChange={(_event, value) => update({ ostree: { ...form.ostree, [key]: value } })} />
                    <Helper id={`create-image-ostree-${key}-helper`} problem={at(`ostree.${key}`) ?? (key === "ref" ? at("ostree") : undefined)} />
                </FormGroup>
            ))}
        </>
    );
}
