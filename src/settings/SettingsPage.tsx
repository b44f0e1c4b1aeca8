// Settings: where Koji web pages are for each hub (per user), and the worker's cloud
// credentials (on the host). Each part is its own component.
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { _ } from "../../pkg/lib/gettext";
import { KojiSettings } from "./KojiSettings";
import { WorkerCloudConfig } from "./WorkerCloudConfig";

export function SettingsPage() {
    return (
        <PageSection>
            <Stack hasGutter>
                <StackItem><Title headingLevel="h1">{_("Settings")}</Title></StackItem>
                <StackItem><KojiSettings /></StackItem>
                <StackItem><WorkerCloudConfig /></StackItem>
            </Stack>
        </PageSection>
    );
}
