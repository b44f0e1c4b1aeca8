// PatternFly's Modal, with its close button named in the user's language: PatternFly's own
// button says "Close" in English whatever the locale and takes no label. The same button is
// rendered here, first in the box as PatternFly does; Escape still calls onClose.
import { Modal as PatternFlyModal, type ModalProps } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { ModalBoxCloseButton } from "@patternfly/react-core/dist/esm/components/Modal/ModalBoxCloseButton.js";

import { _ } from "./gettext";

export function Modal({ onClose, onEscapePress, children, ref: _ref, ...props }: ModalProps) {
    return (
        <PatternFlyModal {...props} onEscapePress={onEscapePress ?? onClose}>
            {onClose && <ModalBoxCloseButton aria-label={_("Close")} onClose={onClose} />}
            {children}
        </PatternFlyModal>
    );
}
