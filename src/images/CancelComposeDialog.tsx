// Cancel a waiting or running Weldr compose after confirmation (it ends as failed).
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, _ } from "../../pkg/lib/gettext";
import { useCancelComposeMutation } from "../api/weldrComposes";
import { ErrorAlert } from "../app/ErrorAlert";
import type { ComposeView } from "../model/compose";
import { showInvisibleChars } from "../model/visibleChars";

export function CancelComposeDialog({ compose, onCanceled }: { compose: ComposeView; onCanceled?: () => void }) {
    const dialogs = useDialogs();
    const [cancel, { isLoading, error }] = useCancelComposeMutation();
    const name = compose.blueprint ? `${compose.blueprint} ${compose.version}` : compose.id;

    const confirm = async () => {
        const result = await cancel(compose.id);
        if (!("error" in result)) {
            onCanceled?.();
            dialogs.close();
        }
    };

    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="cancel-image-title">
            <ModalHeader title={format(_("Stop building $0?"), showInvisibleChars(name))} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="cancel-image-title" />
            <ModalBody>
                {error && "kind" in error && <ErrorAlert title={format(_("The build of $0 could not be stopped"), name)} error={error} />}
                <p>{_("The build stops and the image is marked as failed. Its log is kept.")}</p>
            </ModalBody>
            <ModalFooter>
                <Button variant="danger" onClick={confirm} isLoading={isLoading} isDisabled={isLoading}>{_("Stop build")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Keep building")}</Button>
            </ModalFooter>
        </Modal>
    );
}
