// The blueprint changed on the server while it was being edited (composer-cli, another
// browser): both versions side by side, and the user decides.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { CodeBlock, CodeBlockCode } from "@patternfly/react-core/dist/esm/components/CodeBlock/index.js";
import { ModalBody, ModalFooter, ModalHeader } from "@patternfly/react-core/dist/esm/components/Modal/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Grid, GridItem } from "@patternfly/react-core/dist/esm/layouts/Grid/index.js";

import { Modal } from "../../../pkg/lib/Modal";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import type { Blueprint } from "../../model/blueprint";
import { blueprintToToml } from "../../model/blueprintText";
import { diffBlueprints } from "../../model/blueprintDiff";

interface Props {
    mine: Blueprint;
    theirs: Blueprint;
    onOverwrite: () => void;
    onTakeTheirs: () => void;
    onCarryOver: () => void;
}

export function ConflictDialog({ mine, theirs, onOverwrite, onTakeTheirs, onCarryOver }: Props) {
    const dialogs = useDialogs();
    const differences = [...new Set(diffBlueprints(theirs, mine).map(change => change.where))];
    const choose = (action: () => void) => () => {
        dialogs.close();
        action();
    };
    return (
        <Modal isOpen onClose={dialogs.close} variant="large" aria-labelledby="conflict-title">
            <ModalHeader title={format(_("$0 was changed elsewhere"), mine.name)} titleIconVariant="warning" titleScreenReaderText={_("Warning:")} labelId="conflict-title"
                description={_("Someone saved this blueprint (with composer-cli or in another browser) after you opened it. Nothing was saved yet.")} />
            <ModalBody>
                {differences.length > 0 &&
                    <p>{format(_("The versions differ in: $0"), differences.join(", "))}</p>}
                <Grid hasGutter>
                    <GridItem md={6}>
                        <Title headingLevel="h3">{_("Your version")}</Title>
                        <CodeBlock aria-label={_("Your version")}><CodeBlockCode>{blueprintToToml(mine)}</CodeBlockCode></CodeBlock>
                    </GridItem>
                    <GridItem md={6}>
                        <Title headingLevel="h3">{_("Version on the server")}</Title>
                        <CodeBlock aria-label={_("Version on the server")}><CodeBlockCode>{blueprintToToml(theirs)}</CodeBlockCode></CodeBlock>
                    </GridItem>
                </Grid>
            </ModalBody>
            <ModalFooter>
                <Button variant="primary" onClick={choose(onCarryOver)}>{_("Copy my changes onto theirs")}</Button>
                <Button variant="danger" onClick={choose(onOverwrite)}>{_("Overwrite with mine")}</Button>
                <Button variant="secondary" onClick={choose(onTakeTheirs)}>{_("Reload theirs, drop mine")}</Button>
                <Button variant="link" onClick={dialogs.close}>{_("Cancel")}</Button>
            </ModalFooter>
        </Modal>
    );
}
