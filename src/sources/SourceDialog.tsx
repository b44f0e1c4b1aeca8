// Add or edit a custom source. Every field is checked before anything is sent; a refusal
// from composer is shown word for word and the dialog keeps what was typed.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { Form, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { FormSelect, FormSelectOption } from "@patternfly/react-core/dist/esm/components/FormSelect/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { type FormEvent, type ReactNode, useState } from "react";

import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { asComposerError } from "../api/composerError";
import { useDistrosQuery, useSaveSourceMutation } from "../api/weldrSources";
import { type Source, SOURCE_TYPES } from "../api/weldrSourcesTypes";
import { ErrorAlert } from "../app/ErrorAlert";
import {
    type SourceField, type SourceForm, type SourceProblem,
    emptySourceForm, formFromSource, joinGpgKeys, sourceBody, sourceProblems, splitGpgKeys,
} from "./sourceForm";
import { SourceDistros } from "./SourceDistros";

export function problemText(problem: SourceProblem): string {
    switch (problem) {
    case "required": return _("This field is required.");
    case "id-characters": return _("Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed.");
    case "id-taken": return _("A source with this ID exists already.");
    case "id-system": return _("This ID belongs to a system source.");
    case "url-scheme": return _("The URL must start with http://, https://, ftp:// or file://.");
    case "url-invalid": return _("This is not a URL.");
    case "type-unknown": return _("Choose a type.");
    case "gpgkey-invalid": return _("Each key must be a URL or an armored key block (-----BEGIN PGP PUBLIC KEY BLOCK-----).");
    case "distro-unknown": return _("composer does not know one of these distributions.");
    }
}

export function typeLabel(type: string): string {
    switch (type) {
    case "yum-baseurl": return _("Base URL (yum-baseurl)");
    case "yum-metalink": return _("Metalink (yum-metalink)");
    case "yum-mirrorlist": return _("Mirror list (yum-mirrorlist)");
    default: return type;
    }
}

interface Props {
    /** the source to edit; a new one when absent */
    source?: Source;
    customIds: string[];
    systemIds: string[];
}

export function SourceDialog({ source, customIds, systemIds }: Props) {
    const dialogs = useDialogs();
    const [form, setForm] = useState<SourceForm>(() => source ? formFromSource(source) : emptySourceForm());
    const [keysText, setKeysText] = useState(() => joinGpgKeys(form.gpgkeys));
    const [touched, setTouched] = useState<Partial<Record<SourceField, boolean>>>({});
    const [submitted, setSubmitted] = useState(false);
    const distros = useDistrosQuery();
    const [save, { isLoading, error }] = useSaveSourceMutation();
    const saveError = asComposerError(error);

    const problems = sourceProblems(form, { customIds, systemIds, distros: distros.data, editing: source?.id });
    const shown = (field: SourceField): SourceProblem | undefined =>
        (submitted || touched[field]) ? problems[field] : undefined;
    const set = <K extends keyof SourceForm>(key: K, value: SourceForm[K]) => {
        setForm(f => ({ ...f, [key]: value }));
        if (key === "id" || key === "name" || key === "url" || key === "type" || key === "gpgkeys" || key === "distros")
            setTouched(t => ({ ...t, [key]: true }));
    };

    const submit = async (event?: FormEvent) => {
        event?.preventDefault();
        setSubmitted(true);
        if (Object.keys(problems).length > 0)
            return;
        const result = await save({ source: sourceBody(form, source?.raw), isNew: !source });
        if (!("error" in result))
            dialogs.close();
    };

    const helper = (field: SourceField, hint: ReactNode) => {
        const problem = shown(field);
        return (
            <FormHelperText>
                <HelperText id={`source-${field}-helper`}>
                    <HelperTextItem variant={problem ? "error" : "default"}>{problem ? problemText(problem) : hint}</HelperTextItem>
                </HelperText>
            </FormHelperText>
        );
    };
    const validated = (field: SourceField) => shown(field) ? "error" as const : "default" as const;
    const title = source ? format(_("Edit source $0"), source.id) : _("Add source");

    return (
        <Modal isOpen onClose={dialogs.close} variant="medium" aria-labelledby="source-dialog-title" elementToFocus={source ? "#source-name" : "#source-id"}>
            <ModalHeader title={title} labelId="source-dialog-title" />
            <ModalBody>
                {saveError && <ErrorAlert title={format(_("Source $0 could not be saved"), form.id)} error={saveError} />}
                <Form id="source-form" onSubmit={submit} isHorizontal>
                    <FormGroup label={_("ID")} isRequired fieldId="source-id">
                        <TextInput id="source-id" value={form.id} isRequired readOnlyVariant={source ? "default" : undefined}
                            validated={validated("id")} aria-describedby="source-id-helper"
                            onChange={(_event, value) => set("id", value)} />
                        {helper("id", source ? _("The ID of a source cannot be changed.") : _("Letters, digits, dots, dashes and underscores."))}
                    </FormGroup>
                    <FormGroup label={_("Name")} isRequired fieldId="source-name">
                        <TextInput id="source-name" value={form.name} isRequired validated={validated("name")}
                            aria-describedby="source-name-helper" onChange={(_event, value) => set("name", value)} />
                        {helper("name", _("Shown in lists and in composer-cli."))}
                    </FormGroup>
                    <FormGroup label={_("Type")} isRequired fieldId="source-type">
                        <FormSelect id="source-type" value={form.type} validated={validated("type")} onChange={(_event, value) => set("type", value)}>
                            {!SOURCE_TYPES.includes(form.type as typeof SOURCE_TYPES[number]) &&
                                <FormSelectOption value={form.type} label={form.type || _("Choose a type")} isDisabled />}
                            {SOURCE_TYPES.map(t => <FormSelectOption key={t} value={t} label={typeLabel(t)} />)}
                        </FormSelect>
                    </FormGroup>
                    <FormGroup label={_("URL")} isRequired fieldId="source-url">
                        <TextInput id="source-url" type="url" value={form.url} isRequired validated={validated("url")}
                            aria-describedby="source-url-helper" onChange={(_event, value) => set("url", value)} />
                        {helper("url", _("The repository's address, metalink or mirror list."))}
                    </FormGroup>
                    <FormGroup label={_("Checks")} fieldId="source-check-ssl" role="group">
                        <Checkbox id="source-check-ssl" label={_("Check TLS certificates")} isChecked={form.check_ssl} onChange={(_event, v) => set("check_ssl", v)} />
                        <Checkbox id="source-check-gpg" label={_("Check package signatures (GPG)")} isChecked={form.check_gpg} onChange={(_event, v) => set("check_gpg", v)} />
                        <Checkbox id="source-check-repogpg" label={_("Check the repository metadata signature")} isChecked={form.check_repogpg} onChange={(_event, v) => set("check_repogpg", v)} />
                    </FormGroup>
                    <FormGroup label={_("GPG keys")} fieldId="source-gpgkeys">
                        <TextArea id="source-gpgkeys" value={keysText} rows={4} resizeOrientation="vertical" validated={validated("gpgkeys")}
                            aria-describedby="source-gpgkeys-helper"
                            onChange={(_event, value) => { setKeysText(value); set("gpgkeys", splitGpgKeys(value)) }} />
                        {helper("gpgkeys", _("One URL per line, or armored key blocks."))}
                    </FormGroup>
                    <FormGroup label={_("Distributions")} fieldId="source-distros" role="group">
                        <SourceDistros selected={form.distros} known={distros.data} error={asComposerError(distros.error)}
                            onChange={next => set("distros", next)} />
                        {helper("distros", _("None chosen: the source is used for every distribution."))}
                    </FormGroup>
                    <FormGroup label={_("Options")} fieldId="source-rhsm" role="group">
                        <Checkbox id="source-rhsm" label={_("Use Red Hat Subscription Manager certificates (rhsm)")} isChecked={form.rhsm} onChange={(_event, v) => set("rhsm", v)} />
                        <Checkbox id="source-module-hotfixes" label={_("Module hotfixes: packages here are not filtered by module streams")} isChecked={form.module_hotfixes} onChange={(_event, v) => set("module_hotfixes", v)} />
                    </FormGroup>
                </Form>
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" type="submit" form="source-form" isLoading={isLoading} isDisabled={isLoading}>
                    {source ? _("Save") : _("Add")}
                </Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
