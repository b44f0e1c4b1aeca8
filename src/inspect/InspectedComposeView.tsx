// What an inspected compose-status.json or ComposeStatus says: a summary, its Koji links and,
// per image, its status, error and upload locations.
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { format, _ } from "../../pkg/lib/gettext";
import type { InspectedCompose } from "../model/composeStatusFile";
import { displayText } from "../model/safeUrl";
import { ComposeLocations } from "./ComposeLocations";
import { CopyValue } from "./CopyValue";
import { KojiLinks } from "./KojiLinks";
import { TargetError } from "./TargetError";

interface Props {
    compose: InspectedCompose;
    /** the Koji hub, when the user gave it */
    hub?: string;
    /** the task the file came from, when fetched from Koji */
    taskId?: number;
    /** the Koji web URL it was fetched from */
    web?: string;
}

function Row({ term, value }: { term: string; value: string }) {
    return (
        <DescriptionListGroup>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription><CopyValue label={term} text={displayText(value)} copy={value} /></DescriptionListDescription>
        </DescriptionListGroup>
    );
}

export function InspectedComposeView({ compose, hub, taskId, web }: Props) {
    const task = compose.kojiTaskId ?? taskId;
    return (
        <Stack hasGutter className="foundry-inspected">
            <StackItem>
                <Card isCompact>
                    <CardTitle>{compose.source === "cloud" ? _("Cloud API compose status") : _("koji-osbuild compose-status.json")}</CardTitle>
                    <CardBody>
                        <DescriptionList isCompact isHorizontal>
                            {compose.id !== undefined && <Row term={_("Compose")} value={compose.id} />}
                            <Row term={_("Status")} value={compose.status} />
                            <Row term={_("Images")} value={String(compose.images.length)} />
                        </DescriptionList>
                    </CardBody>
                </Card>
            </StackItem>
            {(compose.kojiBuildId !== undefined || task !== undefined) &&
                <StackItem>
                    <Card isCompact>
                        <CardTitle>{_("Koji")}</CardTitle>
                        <CardBody>
                            <KojiLinks buildId={compose.kojiBuildId} taskId={task} hub={hub} web={web} composeId={compose.id} />
                        </CardBody>
                    </Card>
                </StackItem>}
            {compose.images.map((image, i) => (
                <StackItem key={i}>
                    <Card isCompact className="foundry-inspected-image">
                        <CardTitle>{format(_("Image $0: $1"), i + 1, displayText(image.status, 100))}</CardTitle>
                        <CardBody>
                            <Stack hasGutter>
                                {image.progress &&
                                    <StackItem>{format(_("Progress: $0 of $1 steps"), image.progress.done, image.progress.total)}</StackItem>}
                                {image.error && <StackItem><TargetError title={_("The image failed")} error={image.error} /></StackItem>}
                                <StackItem><ComposeLocations locations={image.locations} /></StackItem>
                            </Stack>
                        </CardBody>
                    </Card>
                </StackItem>
            ))}
        </Stack>
    );
}
