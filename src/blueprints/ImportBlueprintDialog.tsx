// Import a blueprint from a TOML or JSON file, or pasted text: checked as it arrives (what is
// wrong is said under the text), shown before anything is saved, then committed with blueprints/new.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { FileUpload } from "@patternfly/react-core/dist/esm/components/FileUpload/index.js";
import { Form, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { useMemo, useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { asComposerError } from "../api/composerError";
import { useCreateBlueprintMutation } from "../api/weldrBlueprints";
import { ErrorAlert } from "../app/ErrorAlert";
import { looksBinary } from "../model/binaryText";
import { blueprintNameProblem, packageCount } from "../model/blueprint";
import { importBlueprint } from "../model/blueprintText";
import { validateBlueprint } from "../model/validation";
import { ProblemsAlert } from "./editor/ProblemsAlert";

/** larger files are refused before they are read, larger text before it is parsed: no blueprint is that big */
export const IMPORT_LIMIT_BYTES = 5 * 1024 * 1024;

/** what is wrong with the file or text as a whole, before it is parsed */
type Refusal = "too-big" | "binary" | "empty-file";

function refusalText(refusal: Refusal): string {
    switch (refusal) {
    case "too-big":
        return format(_("The file is larger than $0 MiB: that is no blueprint."), IMPORT_LIMIT_BYTES / 1024 / 1024);
    case "binary":
        return _("The file holds binary data, not text: choose a blueprint in TOML or JSON.");
    case "empty-file":
        return _("The file is empty.");
    }
}

export function ImportBlueprintDialog({ existing }: { existing: string[] }) {
    const dialogs = useDialogs();
    const [text, setText] = useState("");
    const [filename, setFilename] = useState("");
    const [refusal, setRefusal] = useState<Refusal | null>(null);
    const [create, { isLoading, error }] = useCreateBlueprintMutation();

    const parsed = useMemo(() => (text.trim() === "" || refusal ? null : importBlueprint(text, filename || undefined)), [text, filename, refusal]);
    const blueprint = parsed && "blueprint" in parsed ? parsed.blueprint : undefined;
    const parseError = parsed && "error" in parsed ? parsed.error : undefined;
    const problems = useMemo(() => blueprint ? validateBlueprint(blueprint) : [], [blueprint]);
    const nameProblem = blueprint ? blueprintNameProblem(blueprint.name) : null;
    const exists = blueprint ? existing.includes(blueprint.name) : false;
    const customizations = blueprint?.customizations ? Object.keys(blueprint.customizations) : [];

    const save = async () => {
        if (!blueprint || problems.length > 0 || nameProblem)
            return;
        const result = await create(blueprint);
        if (!("error" in result)) {
            dialogs.close();
            navigate(["blueprint", blueprint.name]);
        }
    };

    /** text from a file or typed: refused whole when it cannot be a blueprint, never shown then */
    const setContent = (value: string, fromFile: boolean) => {
        const why: Refusal | null = value.length > IMPORT_LIMIT_BYTES
            ? "too-big"
            : looksBinary(value) ? "binary" : fromFile && value === "" ? "empty-file" : null;
        setRefusal(why);
        setText(why ? "" : value);
    };

    const clear = () => {
        setText("");
        setFilename("");
        setRefusal(null);
    };

    const invalid = refusal !== null || parseError !== undefined || nameProblem !== null;
    const serverError = asComposerError(error);
    return (
        <Modal isOpen onClose={dialogs.close} variant="medium" aria-labelledby="import-blueprint-title">
            <ModalHeader title={_("Import blueprint")} labelId="import-blueprint-title"
                description={_("A blueprint in TOML (as composer-cli writes it) or JSON. Nothing is saved before you press Import.")} />
            <ModalBody>
                <Form onSubmit={event => event.preventDefault()}>
                    <FormGroup label={_("File or text")} fieldId="import-blueprint-text">
                        <FileUpload
                            id="import-blueprint-file"
                            type="text"
                            value={text}
                            filename={filename}
                            filenamePlaceholder={_("Drag a file here, browse, or paste below")}
                            browseButtonText={_("Browse…")}
                            filenameAriaLabel={_("File name")}
                            clearButtonText={_("Clear")}
                            hideDefaultPreview
                            onFileInputChange={(_event, file) => setFilename(file.name)}
                            onDataChange={(_event, data) => setContent(data, true)}
                            onClearClick={clear}
                            dropzoneProps={{
                                maxSize: IMPORT_LIMIT_BYTES,
                                onDropRejected: rejections => {
                                    setFilename(rejections[0]?.file.name ?? "");
                                    setText("");
                                    setRefusal("too-big");
                                },
                            }}
                        >
                            <TextArea
                                id="import-blueprint-text"
                                aria-label={_("Blueprint text")}
                                value={text}
                                rows={10}
                                resizeOrientation="vertical"
                                // unwrapped, as the inspector's paste area: wrapping a pasted line of
                                // a megabyte into rows costs the browser seconds of layout
                                wrap="off"
                                className="foundry-mono"
                                validated={invalid ? "error" : "default"}
                                aria-describedby="import-blueprint-text-helper"
                                onChange={(_event, value) => setContent(value, false)}
                            />
                        </FileUpload>
                        <FormHelperText>
                            <HelperText id="import-blueprint-text-helper">
                                {refusal && <HelperTextItem variant="error">{refusalText(refusal)}</HelperTextItem>}
                                {parseError &&
                                    <HelperTextItem variant="error">
                                        {format(_("Not a blueprint: line $0, column $1"), parseError.line, parseError.column)}
                                        <pre className="foundry-mono foundry-pre">{parseError.message}</pre>
                                    </HelperTextItem>}
                                {nameProblem &&
                                    <HelperTextItem variant="error">{_("The name may only hold letters, digits, dots, dashes and underscores.")}</HelperTextItem>}
                                {!invalid &&
                                    <HelperTextItem>{format(_("TOML or JSON, at most $0 MiB."), IMPORT_LIMIT_BYTES / 1024 / 1024)}</HelperTextItem>}
                            </HelperText>
                        </FormHelperText>
                    </FormGroup>
                </Form>
                {blueprint &&
                    <>
                        <DescriptionList isHorizontal isCompact aria-label={_("Preview")}>
                            <DescriptionListGroup>
                                <DescriptionListTerm>{_("Name")}</DescriptionListTerm>
                                <DescriptionListDescription>{blueprint.name}</DescriptionListDescription>
                            </DescriptionListGroup>
                            <DescriptionListGroup>
                                <DescriptionListTerm>{_("Version")}</DescriptionListTerm>
                                <DescriptionListDescription>{String(blueprint.version ?? "")}</DescriptionListDescription>
                            </DescriptionListGroup>
                            <DescriptionListGroup>
                                <DescriptionListTerm>{_("Description")}</DescriptionListTerm>
                                <DescriptionListDescription>{String(blueprint.description ?? "")}</DescriptionListDescription>
                            </DescriptionListGroup>
                            <DescriptionListGroup>
                                <DescriptionListTerm>{_("Packages")}</DescriptionListTerm>
                                <DescriptionListDescription>{packageCount(blueprint)}</DescriptionListDescription>
                            </DescriptionListGroup>
                            <DescriptionListGroup>
                                <DescriptionListTerm>{_("Customizations")}</DescriptionListTerm>
                                <DescriptionListDescription>{customizations.length ? customizations.join(", ") : _("None")}</DescriptionListDescription>
                            </DescriptionListGroup>
                        </DescriptionList>
                        {exists &&
                            <Alert variant="info" isInline isPlain title={format(_("Blueprint $0 exists: importing saves a new version of it."), blueprint.name)} />}
                        {problems.length > 0 && <ProblemsAlert problems={problems} />}
                    </>}
                {serverError && <ErrorAlert title={_("The blueprint could not be imported")} error={serverError} />}
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" onClick={save} isLoading={isLoading}
                    isDisabled={!blueprint || isLoading || problems.length > 0 || invalid}>
                    {_("Import")}
                </Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
