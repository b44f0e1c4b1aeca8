// Delete a blueprint after confirmation; the dialog stays open with the service's message
// when composer refuses.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { useDeleteBlueprintMutation } from "../api/weldrBlueprints";
import { ErrorAlert } from "../app/ErrorAlert";
import { showInvisibleChars } from "../model/visibleChars";

export function DeleteBlueprintDialog({ name, leaveTo }: { name: string; leaveTo?: string[] }) {
    const dialogs = useDialogs();
    const [remove, { isLoading, error }] = useDeleteBlueprintMutation();

    const confirm = async () => {
        const result = await remove(name);
        if (!("error" in result)) {
            dialogs.close();
            if (leaveTo)
                navigate(leaveTo);
        }
    };

    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="delete-blueprint-title">
            <ModalHeader title={format(_("Delete blueprint $0?"), showInvisibleChars(name))} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="delete-blueprint-title" />
            <ModalBody>
                {error && "kind" in error && <ErrorAlert title={format(_("Blueprint $0 could not be deleted"), name)} error={error} />}
                <p>{_("The blueprint and its history are removed from composer, also for composer-cli. Images built from it are kept.")}</p>
            </ModalBody>
            <ModalFooter>
                <Button variant="danger" onClick={confirm} isLoading={isLoading} isDisabled={isLoading}>{_("Delete")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
