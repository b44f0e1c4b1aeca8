// Undo to a commit: composer commits that commit's blueprint again as the newest one.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { Modal } from "../../../pkg/lib/Modal";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { useUndoBlueprintMutation } from "../../api/weldrHistory";
import type { BlueprintChange } from "../../api/weldrHistoryTypes";
import { ErrorAlert } from "../../app/ErrorAlert";
import { commitTime, shortCommit } from "./historyText";

export function UndoDialog({ name, change }: { name: string; change: BlueprintChange }) {
    const dialogs = useDialogs();
    const [undo, { isLoading, error }] = useUndoBlueprintMutation();
    const problem = asComposerError(error);
    const confirm = async () => {
        const result = await undo({ name, commit: change.commit });
        if (!("error" in result))
            dialogs.close();
    };
    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="undo-dialog-title">
            <ModalHeader title={format(_("Undo to commit $0?"), shortCommit(change.commit))} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="undo-dialog-title" />
            <ModalBody>
                {problem && <ErrorAlert title={format(_("$0 could not be reverted"), name)} error={problem} />}
                <p>
                    {format(_("The blueprint as it was on $0 (\"$1\") becomes the newest commit. Later commits stay in the history. A draft in the workspace is discarded."),
                            commitTime(change.timestamp), change.message)}
                </p>
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" onClick={confirm} isLoading={isLoading} isDisabled={isLoading}>{_("Undo to this commit")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
