// The reviewer's inspector: being written (issue "Following images", item 6).
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";

import { _ } from "../../pkg/lib/gettext";

export function InspectPage() {
    return (
        <PageSection>
            <Title headingLevel="h1">{_("Inspect a compose")}</Title>
        </PageSection>
    );
}
