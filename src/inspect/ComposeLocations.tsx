// Where an image went: one card per upload target, every value as text with a copy button,
// a link only when the model built an http(s) one, and each target's own failure.
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import ExternalLinkAltIcon from "@patternfly/react-icons/dist/esm/icons/external-link-alt-icon.js";

import { N_, _ } from "../../pkg/lib/gettext";
import type { Location, LocationStatus } from "../model/locations";
import { safeHttpUrl } from "../model/safeUrl";
import { CopyValue } from "./CopyValue";
import { TargetError } from "./TargetError";

const STATUS_TEXT: Record<LocationStatus, string> = {
    pending: N_("Pending"),
    running: N_("Uploading"),
    success: N_("Done"),
    failure: N_("Failed"),
    unknown: N_("Unknown status"),
};
const STATUS_COLOR: Record<LocationStatus, "grey" | "blue" | "green" | "red" | "orange"> = {
    pending: "grey", running: "blue", success: "green", failure: "red", unknown: "orange",
};

function LocationCard({ location }: { location: Location }) {
    // the model builds links; checked once more here, so nothing else can become one
    const href = location.link ? safeHttpUrl(location.link.href) : null;
    return (
        <Card isCompact isPlain className="foundry-location" data-type={location.type}>
            <CardTitle>
                {_(location.title)}{" "}
                <Label isCompact color={STATUS_COLOR[location.status]}>{_(STATUS_TEXT[location.status])}</Label>
            </CardTitle>
            <CardBody>
                <Stack hasGutter>
                    {location.values.length > 0 &&
                        <StackItem>
                            <DescriptionList isCompact isHorizontal>
                                {location.values.map((value, i) => {
                                    const label = value.raw ? value.label : _(value.label);
                                    return (
                                        <DescriptionListGroup key={i}>
                                            <DescriptionListTerm>{label}</DescriptionListTerm>
                                            <DescriptionListDescription>
                                                <CopyValue label={label} text={value.text} copy={value.copy} />
                                            </DescriptionListDescription>
                                        </DescriptionListGroup>
                                    );
                                })}
                            </DescriptionList>
                        </StackItem>}
                    {href && location.link &&
                        <StackItem>
                            <a href={href} target="_blank" rel="noopener noreferrer">
                                {_(location.link.label)} <ExternalLinkAltIcon />
                            </a>
                        </StackItem>}
                    {location.error &&
                        <StackItem><TargetError title={_("This target failed")} error={location.error} /></StackItem>}
                    {location.notes.length > 0 &&
                        <StackItem>
                            <Content component="small">
                                {location.notes.map(note => <div key={note}>{_(note)}</div>)}
                            </Content>
                        </StackItem>}
                </Stack>
            </CardBody>
        </Card>
    );
}

interface Props {
    locations: Location[];
    /** shown when there are none (translated) */
    emptyText?: string;
}

/** The upload locations of one image. */
export function ComposeLocations({ locations, emptyText }: Props) {
    if (locations.length === 0)
        return <Content component="p" className="foundry-locations-empty">{emptyText ?? _("No upload target has reported a location.")}</Content>;
    return (
        <Stack hasGutter className="foundry-locations">
            {locations.map((location, i) => <StackItem key={i}><LocationCard location={location} /></StackItem>)}
        </Stack>
    );
}
