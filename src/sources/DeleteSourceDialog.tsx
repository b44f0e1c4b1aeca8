// Delete a custom source after confirmation; composer's refusal is shown word for word.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { asComposerError } from "../api/composerError";
import { useDeleteSourceMutation } from "../api/weldrSources";
import { ErrorAlert } from "../app/ErrorAlert";
import { showInvisibleChars } from "../model/visibleChars";

export function DeleteSourceDialog({ id }: { id: string }) {
    const dialogs = useDialogs();
    const [remove, { isLoading, error }] = useDeleteSourceMutation();
    const deleteError = asComposerError(error);

    const confirm = async () => {
        const result = await remove(id);
        if (!("error" in result))
            dialogs.close();
    };

    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="delete-source-title">
            <ModalHeader title={format(_("Delete source $0?"), showInvisibleChars(id))} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="delete-source-title" />
            <ModalBody>
                {deleteError && <ErrorAlert title={format(_("Source $0 could not be deleted"), id)} error={deleteError} />}
                <p>{_("Images built after this no longer get packages from this source, also when built with composer-cli.")}</p>
            </ModalBody>
            <ModalFooter>
                <Button variant="danger" onClick={confirm} isLoading={isLoading} isDisabled={isLoading}>{_("Delete")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
