// Create an image: what to build (ImageFields), where it goes (TargetChoice + the target's
// fields, or KojiFields), what the Cloud API leaves out of the blueprint, then submit to the API
// that serves the destination. Secrets stay in this component's state: the mutations have no
// fixedCacheKey and are reset() after each attempt, so RTK keeps no copy of a Weldr upload.
import { AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Form } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { type FormEvent, useMemo, useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { useToasts } from "../../pkg/lib/toasts";
import { navigate } from "../../pkg/lib/useLocation";
import { useStartCloudComposeMutation } from "../api/cloudCompose";
import { useHostDistroSourcesQuery } from "../api/hostDistro";
import type { ComposerError } from "../api/composerError";
import { ErrorAlert } from "../app/ErrorAlert";
import { noteComposeStarted } from "../images/startedComposes";
import { useBlueprintQuery } from "../api/weldrBlueprints";
import { useComposeTypesQuery, useStartWeldrComposeMutation } from "../api/weldrComposeStart";
import { useDistrosQuery } from "../api/weldrSources";
import type { ComposeProblem } from "../model/composeRequest";
import { hostDistro } from "../model/hostDistro";
import { cloudImageTypes } from "../model/imageTypes";
import { KOJI_HELP, normalizeHubUrl } from "../model/koji";
import { type FieldProblem, targetById } from "../model/targets";
import { toCloudBlueprint } from "../model/toCloud";
import { type ComposeForm, KOJI, buildFromForm, destinations, formDistro, hostDistroProblems, initialForm } from "./composeForm";
import { composeErrorFix } from "./composeErrorFix";
import { DroppedFields } from "./DroppedFields";
import { FieldInputs } from "./FieldInputs";
import { ImageFields } from "./ImageFields";
import { KojiFields } from "./KojiFields";
import { composeProblemText } from "./problemText";
import { refusalPlace } from "./refusalPlace";
import { saveRecentHub } from "./recentHubs";
import { TargetChoice } from "./TargetChoice";

function targetFieldProblems(problems: ComposeProblem[]): Map<string, FieldProblem> {
    const found = new Map<string, FieldProblem>();
    for (const problem of problems) {
        const match = /^(?:target|images\.0\.targets\.0)\.(.+)$/.exec(problem.path);
        if (match)
            found.set(match[1], { code: problem.code as FieldProblem["code"], ...(problem.params ? { params: problem.params } : {}) });
    }
    return found;
}

/** The first problem at each path: the host check and the request builder may both find the distribution missing */
function uniqueByPath(problems: ComposeProblem[]): ComposeProblem[] {
    return problems.filter((problem, index) => problems.findIndex(p => p.path === problem.path) === index);
}

/** Where the user will find the result of a destination */
function whereText(api: "cloud" | "weldr", targetType: string | undefined): string {
    if (targetType === "local")
        return api === "cloud"
            ? _("The image is kept on this host; composer reports its path, and it can be downloaded from the image's page.")
            : _("The image is kept on this host; download it from the image's page.");
    return api === "cloud"
        ? _("Composer reports where the image went (image ID, URL or Koji build) on the image's page.")
        : _("Composer does not report where an upload went; the image is also kept on this host for download.");
}

/** A refusal of composer at the field it concerns, for as long as the form is as it was sent */
interface Refusal {
    problem: ComposeProblem;
    form: ComposeForm;
}

function refusalOf(error: ComposerError, form: ComposeForm): Refusal | null {
    const path = refusalPlace(error, form.destination === KOJI ? "koji" : "single");
    if (path === null)
        return null;
    const message = error.details ? `${error.message}: ${error.details}` : error.message;
    return { problem: { path, code: "refused", params: { message } }, form };
}

export function CreateImageDialog({ blueprint }: { blueprint?: string }) {
    const dialogs = useDialogs();
    const toasts = useToasts();
    const [form, setForm] = useState(() => initialForm(blueprint ?? ""));
    const [submitted, setSubmitted] = useState(false);
    const [sendError, setSendError] = useState<ComposerError | null>(null);
    const [refusal, setRefusal] = useState<Refusal | null>(null);
    const [startWeldr, weldrState] = useStartWeldrComposeMutation();
    const [startCloud, cloudState] = useStartCloudComposeMutation();
    const info = useBlueprintQuery(form.blueprint, { skip: form.blueprint === "" });
    const [seeded, setSeeded] = useState("");
    // the blueprint's distro and architecture are the defaults, once per blueprint
    if (info.data && seeded !== form.blueprint) {
        setSeeded(form.blueprint);
        const bp = info.data.blueprint;
        setForm(f => ({ ...f, distro: bp.distro ?? f.distro, arch: bp.architecture ?? f.arch, imageType: "", sizeGib: "" }));
    }
    const hostSources = useHostDistroSourcesQuery();
    const distros = useDistrosQuery();
    const host = hostDistro({ ...hostSources.data, ...(distros.data ? { distros: distros.data } : {}) });
    const distro = formDistro(form, host);
    // without a chosen distribution, wait for the host's before listing types (none when composer cannot build for it)
    const hostPending = hostSources.isLoading || distros.isLoading;
    const types = useComposeTypesQuery({ distro, arch: form.arch }, { skip: distro === "" && (hostPending || host.kind === "unsupported") });
    const update = (change: Partial<typeof form>) => setForm(f => ({ ...f, ...change }));

    const offered = useMemo(() => destinations(form.imageType, distro, KOJI_HELP), [form.imageType, distro]);
    const destination = offered.find(d => d.id === form.destination) ?? offered[0];
    const chosen = destination?.id ?? "";
    const effective = { ...form, distro, destination: chosen };
    const built = buildFromForm(effective, info.data?.blueprint);
    const problems = uniqueByPath([
        ...hostDistroProblems(distro, host, info.data?.blueprint, destination?.api),
        ...(built.built.ok ? [] : built.built.problems),
    ]);
    // the service's refusal stays at its field until that form changes
    const shown = uniqueByPath([...(refusal?.form === form ? [refusal.problem] : []), ...(submitted ? problems : [])]);
    const dropped = destination?.api === "cloud" && info.data ? toCloudBlueprint(info.data.blueprint).dropped : [];
    const enabledTypes = (types.data ?? []).filter(t => t.enabled).map(t => t.name);
    const busy = weldrState.isLoading || cloudState.isLoading;
    const target = destination?.target;

    const submit = async (event?: FormEvent) => {
        event?.preventDefault();
        setSubmitted(true);
        setSendError(null);
        setRefusal(null);
        if (!built.built.ok || problems.length > 0 || busy)
            return;
        const request = built.api === "weldr" ? startWeldr(built.built.request) : startCloud(built.built.request);
        const result = await request;
        // forget the request (it may hold typed-in credentials) and the reply: the request's own
        // reset(), since the hook's reset() of this render knows only the previous request
        request.reset();
        if (result.error) {
            const error: ComposerError = "kind" in result.error ? result.error : { kind: "server", api: built.api, message: String(result.error.message ?? "") };
            setSendError(error);
            setRefusal(refusalOf(error, form));
            return;
        }
        if (chosen === KOJI && typeof form.koji.server === "string")
            saveRecentHub(normalizeHubUrl(form.koji.server));
        const id = result.data;
        noteComposeStarted(id);
        dialogs.close();
        toasts.add({
            title: _("The image is being built"),
            action: <AlertActionLink onClick={() => navigate(["image", id])}>{_("Show the image")}</AlertActionLink>,
        });
    };

    // a Koji compose shows its image list's problems beside the image types
    const general = shown.filter(p => p.path === "target" || (chosen !== KOJI && (p.path === "images" || p.path === "images.0.targets")));
    const fix = sendError ? composeErrorFix(sendError) : null;
    return (
        <Modal isOpen onClose={dialogs.close} variant="medium" aria-labelledby="create-image-title" elementToFocus={blueprint ? "#create-image-distro" : "#create-image-blueprint"}>
            <ModalHeader title={_("Create image")} labelId="create-image-title"
                         description={blueprint ?? undefined} />
            <ModalBody>
                {sendError &&
                    <ErrorAlert title={_("The image could not be created")} error={sendError} />}
                {fix && <Alert variant="info" isInline isPlain title={fix} id="create-image-fix" />}
                <Form id="create-image-form" onSubmit={e => void submit(e)}>
                    <ImageFields form={effective} update={update} fixedBlueprint={blueprint !== undefined} host={host}
                                 types={types.data} typesLoading={types.isFetching} problems={shown} />
                    {types.error && "kind" in types.error && <ErrorAlert title={_("The image types could not be listed")} error={types.error} />}
                    {offered.length > 0 &&
                        <TargetChoice destinations={offered} chosen={chosen} onChoose={id => update({ destination: id })} />}
                    {general.map(p => <Alert key={p.path} variant="danger" isInline isPlain title={composeProblemText(p)} />)}
                    {target && target.fields.length > 0 &&
                        <FieldInputs idPrefix="create-image-field" fields={target.fields} values={form.values[target.id] ?? {}}
                                     onChange={(key, value) => update({ values: { ...form.values, [target.id]: { ...form.values[target.id], [key]: value } } })}
                                     problems={targetFieldProblems(shown)} />}
                    {chosen === KOJI &&
                        <KojiFields form={effective} update={update} problems={shown}
                                    cloudTypes={cloudImageTypes(distro, enabledTypes, form.arch)} />}
                    {destination &&
                        <Alert variant="info" isInline isPlain id="create-image-where"
                               title={whereText(destination.api, target ? targetById(target.id)?.type : undefined)} />}
                    {dropped.length > 0 && <DroppedFields dropped={dropped} />}
                </Form>
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" type="submit" form="create-image-form" isLoading={busy} isDisabled={busy || form.imageType === ""}>
                    {_("Create image")}
                </Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
