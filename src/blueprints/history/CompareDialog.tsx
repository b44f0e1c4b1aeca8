// Two commits of a blueprint compared: every changed field (the whole blueprint, not only the
// packages that Weldr's own diff covers) and the line diff of their TOML.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";

import { LoadingSpinner } from "../../../pkg/lib/LoadingSpinner";
import { Modal } from "../../../pkg/lib/Modal";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { useBlueprintAtCommitQuery } from "../../api/weldrHistory";
import type { BlueprintChange } from "../../api/weldrHistoryTypes";
import { ErrorAlert } from "../../app/ErrorAlert";
import { blueprintTomlDiff, diffBlueprints } from "../../model/blueprintDiff";
import { ChangeList } from "./ChangeList";
import { LineDiff } from "./LineDiff";
import { commitTime, shortCommit } from "./historyText";

interface Props {
    name: string;
    older: BlueprintChange;
    newer: BlueprintChange;
}

export function CompareDialog({ name, older, newer }: Props) {
    const dialogs = useDialogs();
    const before = useBlueprintAtCommitQuery({ name, commit: older.commit });
    const after = useBlueprintAtCommitQuery({ name, commit: newer.commit });
    const beforeError = asComposerError(before.error);
    const afterError = asComposerError(after.error);

    return (
        <Modal isOpen onClose={dialogs.close} variant="large" aria-labelledby="compare-dialog-title">
            <ModalHeader
                title={format(_("Changes from $0 to $1"), shortCommit(older.commit), shortCommit(newer.commit))}
                labelId="compare-dialog-title"
                description={`${commitTime(older.timestamp)} → ${commitTime(newer.timestamp)}`}
            />
            <ModalBody>
                {beforeError && <ErrorAlert title={format(_("Commit $0 could not be read"), shortCommit(older.commit))} error={beforeError} />}
                {afterError && <ErrorAlert title={format(_("Commit $0 could not be read"), shortCommit(newer.commit))} error={afterError} />}
                {(before.isLoading || after.isLoading) && <LoadingSpinner size="lg" aria-label={_("Loading")} />}
                {before.data && after.data &&
                    <Stack hasGutter>
                        <StackItem>
                            <Title headingLevel="h3">{_("Changed fields")}</Title>
                            <ChangeList changes={diffBlueprints(before.data, after.data)} />
                        </StackItem>
                        <StackItem>
                            <ExpandableSection toggleText={_("TOML line diff")} isIndented>
                                <LineDiff lines={blueprintTomlDiff(before.data, after.data)} />
                            </ExpandableSection>
                        </StackItem>
                    </Stack>}
            </ModalBody>
            <ModalFooter>
                <Button variant="secondary" onClick={dialogs.close}>{_("Close")}</Button>
            </ModalFooter>
        </Modal>
    );
}
