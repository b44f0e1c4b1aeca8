// The composer's own version, from GET /api/status, in a popover.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { Popover } from "@patternfly/react-core/dist/esm/components/Popover/index.js";
import InfoCircleIcon from "@patternfly/react-icons/dist/esm/icons/info-circle-icon.js";

import { _ } from "../../pkg/lib/gettext";
import { useStatusQuery } from "../api/weldr";

export function AboutButton() {
    const { data } = useStatusQuery();
    return (
        <Popover
            headerContent={_("About the image builder service")}
            closeBtnAriaLabel={_("Close")}
            bodyContent={
                <DescriptionList isCompact isHorizontal>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Service")}</DescriptionListTerm>
                        <DescriptionListDescription>{data?.backend || "osbuild-composer"}</DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Build")}</DescriptionListTerm>
                        <DescriptionListDescription className="foundry-mono">{data?.build || _("unknown")}</DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Weldr API version")}</DescriptionListTerm>
                        <DescriptionListDescription>{data?.api || _("unknown")}</DescriptionListDescription>
                    </DescriptionListGroup>
                </DescriptionList>
            }
        >
            <Button variant="plain" aria-label={_("About the image builder service")} icon={<InfoCircleIcon />} />
        </Popover>
    );
}
