// Create an image from a blueprint (being written).
import { Modal, ModalBody, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";

export function CreateImageDialog({ blueprint }: { blueprint?: string }) {
    const dialogs = useDialogs();
    return (
        <Modal isOpen onClose={dialogs.close} variant="medium" aria-labelledby="create-image-title">
            <ModalHeader title={_("Create image")} labelId="create-image-title" />
            <ModalBody>{blueprint ?? ""}</ModalBody>
        </Modal>
    );
}
