// Delete one or many finished composes after confirmation: the Weldr ones in one
// compose/delete request, the Cloud-only ones one DELETE /composes/{id} each. What composer
// refuses is said in its words and the dialog stays open.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { useState } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { Modal } from "../../pkg/lib/Modal";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, ngettext, _ } from "../../pkg/lib/gettext";
import { useDeleteCloudComposeMutation } from "../api/cloudComposes";
import type { ComposerError } from "../api/composerError";
import { useDeleteComposesMutation } from "../api/weldrComposes";
import { ErrorAlert } from "../app/ErrorAlert";
import type { ComposeView } from "../model/compose";
import { showInvisibleChars } from "../model/visibleChars";

interface Props {
    composes: ComposeView[];
    onDeleted?: (ids: string[]) => void;
}

export function DeleteComposesDialog({ composes, onDeleted }: Props) {
    const dialogs = useDialogs();
    const [deleteWeldr] = useDeleteComposesMutation();
    const [deleteCloud] = useDeleteCloudComposeMutation();
    const [busy, setBusy] = useState(false);
    const [error, setError] = useState<ComposerError | null>(null);
    const [refused, setRefused] = useState<string[]>([]);

    const one = composes.length === 1 ? composes[0] : undefined;
    const name = one ? (one.blueprint ? `${one.blueprint} ${one.version} (${one.imageType})` : one.id) : "";
    const title = one
        ? format(_("Delete image $0?"), showInvisibleChars(name))
        : format(ngettext("Delete $0 image?", "Delete $0 images?", composes.length), composes.length);

    const confirm = async () => {
        setBusy(true);
        setError(null);
        setRefused([]);
        const deleted: string[] = [];
        const messages: string[] = [];
        const weldrIds = composes.filter(c => c.api === "weldr").map(c => c.id);
        if (weldrIds.length > 0) {
            const reply = await deleteWeldr(weldrIds);
            if (reply.error && "kind" in reply.error)
                setError(reply.error);
            else if (reply.data) {
                deleted.push(...reply.data.deleted);
                messages.push(...reply.data.errors.map(e => e.msg || e.id));
            }
        }
        for (const c of composes.filter(c => c.api === "cloud")) {
            const reply = await deleteCloud(c.id);
            if (reply.error && "kind" in reply.error)
                messages.push(`${c.id}: ${reply.error.message}`);
            else
                deleted.push(c.id);
        }
        setBusy(false);
        if (deleted.length > 0)
            onDeleted?.(deleted);
        if (messages.length > 0)
            setRefused(messages);
        else if (deleted.length === composes.length)
            dialogs.close();
    };

    return (
        <Modal isOpen onClose={dialogs.close} variant="small" aria-labelledby="delete-images-title">
            <ModalHeader title={title} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="delete-images-title" />
            <ModalBody>
                {error && <ErrorAlert title={_("The images could not be deleted")} error={error} />}
                {refused.length > 0 &&
                    <Alert variant="danger" isInline title={_("Composer did not delete every image")}>
                        <ul>{refused.map((m, i) => <li key={i}>{m}</li>)}</ul>
                    </Alert>}
                <p>{_("The image files, logs and metadata are removed from the composer host. Uploaded copies are kept.")}</p>
            </ModalBody>
            <ModalFooter>
                <Button variant="danger" onClick={confirm} isLoading={busy} isDisabled={busy}>{_("Delete")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
