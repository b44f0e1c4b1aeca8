// Create a blueprint from a name and a description. The name is checked as the user types
// (characters, duplicates); nothing is sent that composer would refuse for it.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Form, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { type FormEvent, useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { useCreateBlueprintMutation } from "../api/weldrBlueprints";
import { ErrorAlert } from "../app/ErrorAlert";
import { type BlueprintNameProblem, blueprintNameProblem, newBlueprint } from "../model/blueprint";

export function nameProblemText(problem: BlueprintNameProblem): string {
    switch (problem) {
    case "empty":
        return _("A name is required.");
    case "invalid-characters":
        return _("Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed.");
    case "duplicate":
        return _("A blueprint with this name exists already.");
    case "too-long":
        return _("The name is too long (at most 200 characters).");
    }
}

export function CreateBlueprintDialog({ existing }: { existing: string[] }) {
    const dialogs = useDialogs();
    const [name, setName] = useState("");
    const [description, setDescription] = useState("");
    const [touched, setTouched] = useState(false);
    const [create, { isLoading, error, reset }] = useCreateBlueprintMutation();

    const problem = blueprintNameProblem(name, existing);
    const showProblem = touched && problem !== null;

    const submit = async (event?: FormEvent) => {
        event?.preventDefault();
        setTouched(true);
        if (problem !== null)
            return;
        reset();
        const result = await create(newBlueprint(name, description));
        if (!("error" in result)) {
            dialogs.close();
            navigate(["blueprint", name]);
        }
    };

    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="create-blueprint-title" elementToFocus="#create-blueprint-name">
            <ModalHeader title={_("Create blueprint")} labelId="create-blueprint-title" />
            <ModalBody>
                {error && "kind" in error &&
                    <ErrorAlert title={_("The blueprint could not be created")} error={error} />}
                {error && !("kind" in error) &&
                    <Alert variant="danger" isInline title={_("The blueprint could not be created")} />}
                <Form id="create-blueprint-form" onSubmit={submit}>
                    <FormGroup label={_("Name")} isRequired fieldId="create-blueprint-name">
                        <TextInput
                            id="create-blueprint-name"
                            value={name}
                            isRequired
                            validated={showProblem ? "error" : "default"}
                            onChange={(_event, value) => { setName(value); setTouched(true) }}
                            aria-describedby="create-blueprint-name-helper"
                        />
                        <FormHelperText>
                            <HelperText id="create-blueprint-name-helper">
                                <HelperTextItem variant={showProblem ? "error" : "default"}>
                                    {showProblem && problem ? nameProblemText(problem) : _("Letters, digits, dots, dashes and underscores.")}
                                </HelperTextItem>
                            </HelperText>
                        </FormHelperText>
                    </FormGroup>
                    <FormGroup label={_("Description")} fieldId="create-blueprint-description">
                        <TextInput
                            id="create-blueprint-description"
                            value={description}
                            onChange={(_event, value) => setDescription(value)}
                        />
                    </FormGroup>
                </Form>
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" type="submit" form="create-blueprint-form" isLoading={isLoading} isDisabled={isLoading || showProblem}>
                    {_("Create")}
                </Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
