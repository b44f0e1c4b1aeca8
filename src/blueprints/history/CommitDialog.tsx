// One commit of a blueprint, as composer stored it (TOML from blueprints/change).
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { CodeBlock, CodeBlockCode } from "@patternfly/react-core/dist/esm/components/CodeBlock/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";

import { LoadingSpinner } from "../../../pkg/lib/LoadingSpinner";
import { Modal } from "../../../pkg/lib/Modal";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { useBlueprintTomlAtCommitQuery } from "../../api/weldrHistory";
import type { BlueprintChange } from "../../api/weldrHistoryTypes";
import { ErrorAlert } from "../../app/ErrorAlert";
import { commitTime, shortCommit } from "./historyText";

export function CommitDialog({ name, change }: { name: string; change: BlueprintChange }) {
    const dialogs = useDialogs();
    const { data, error, isLoading } = useBlueprintTomlAtCommitQuery({ name, commit: change.commit });
    const problem = asComposerError(error);
    return (
        <Modal isOpen onClose={dialogs.close} variant="large" aria-labelledby="commit-dialog-title">
            <ModalHeader title={format(_("Commit $0"), shortCommit(change.commit))} labelId="commit-dialog-title"
                description={`${change.message} · ${commitTime(change.timestamp)}`} />
            <ModalBody>
                {problem && <ErrorAlert title={format(_("Commit $0 could not be read"), shortCommit(change.commit))} error={problem} />}
                {isLoading && <LoadingSpinner size="lg" aria-label={_("Loading")} />}
                {data !== undefined &&
                    <CodeBlock aria-label={_("Blueprint at this commit")}>
                        <CodeBlockCode>{data}</CodeBlockCode>
                    </CodeBlock>}
            </ModalBody>
            <ModalFooter>
                <Button variant="secondary" onClick={dialogs.close}>{_("Close")}</Button>
            </ModalFooter>
        </Modal>
    );
}
