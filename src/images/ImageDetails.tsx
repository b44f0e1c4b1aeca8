// What a compose is: blueprint and version at compose time, type, size, distribution and
// architecture, API and times, its downloads, timeline, error, locations and Koji links.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { Flex } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import DownloadIcon from "@patternfly/react-icons/dist/esm/icons/download-icon.js";
import type { ReactNode } from "react";

import { _ } from "../../pkg/lib/gettext";
import type { WeldrComposeInfo } from "../api/weldrComposes";
import { VisibleText } from "../app/VisibleText";
import { ComposeLocations } from "../inspect/ComposeLocations";
import { KojiLinks } from "../inspect/KojiLinks";
import { type CloudComposeStatus, type ComposeView, elapsedSeconds } from "../model/compose";
import type { RequestSummary } from "../model/composeDocs";
import { imageTypeLabel } from "../model/imageTypes";
import { locationsFromImageStatus } from "../model/locations";
import { formatSize } from "../model/size";
import { ComposeErrorTree } from "./ComposeErrorTree";
import { ComposeStatus } from "./ComposeStatus";
import { ComposeTimeline } from "./ComposeTimeline";
import { apiText, durationText, timeText } from "./composeText";
import { type DownloadLink, imageDownload, logsDownload, metadataDownload, sbomDownload } from "./downloads";

interface Props {
    compose: ComposeView;
    info?: WeldrComposeInfo;
    request?: RequestSummary;
    cloud?: CloudComposeStatus;
}

function Item({ term, children }: { term: string; children: ReactNode }) {
    return (
        <DescriptionListGroup>
            <DescriptionListTerm>{term}</DescriptionListTerm>
            <DescriptionListDescription>{children || "—"}</DescriptionListDescription>
        </DescriptionListGroup>
    );
}

function DownloadButton({ link, text, id }: { link: DownloadLink | null; text: string; id: string }) {
    if (!link)
        return null;
    return <Button component="a" id={id} variant="secondary" href={link.href} download={link.filename} icon={<DownloadIcon />}>{text}</Button>;
}

export function ImageDetails({ compose, info, request, cloud }: Props) {
    const type = info?.composeType || compose.imageType || request?.imageType || "";
    const size = info?.imageSize || compose.size;
    const distro = info ? (info.distro || _("the host's")) : request?.distro;
    const arch = info ? (info.arch || _("the host's")) : request?.arch;
    const locations = cloud ? locationsFromImageStatus(cloud.image_status) : [];
    return (
        <>
            <DescriptionList isHorizontal isCompact className="foundry-image-details">
                <Item term={_("Compose id")}><span className="foundry-mono"><VisibleText text={compose.id} /></span></Item>
                <Item term={_("Blueprint")}><VisibleText text={info?.blueprintName || compose.blueprint || request?.blueprint || ""} /></Item>
                <Item term={_("Version")}>{info?.blueprintVersion || compose.version || request?.version}</Item>
                <Item term={_("Image type")}>{type && <span title={type}>{_(imageTypeLabel(type))}</span>}</Item>
                <Item term={_("Size")}>{size ? formatSize(size) : ""}</Item>
                <Item term={_("Distribution")}>{distro}</Item>
                <Item term={_("Architecture")}>{arch}</Item>
                <Item term={_("API")}>{apiText(compose)}</Item>
                <Item term={_("Status")}><ComposeStatus compose={compose} /></Item>
                <Item term={_("Created")}>{compose.created !== undefined && timeText(compose.created)}</Item>
                <Item term={_("Started")}>{compose.started !== undefined && timeText(compose.started)}</Item>
                <Item term={_("Finished")}>{compose.finished !== undefined && timeText(compose.finished)}</Item>
                <Item term={_("Elapsed")}>{durationText(elapsedSeconds(compose, Date.now() / 1000))}</Item>
            </DescriptionList>
            <Flex className="foundry-downloads">
                <DownloadButton id="download-image" link={imageDownload({ ...compose, imageType: type, blueprint: compose.blueprint || request?.blueprint || "", version: compose.version || request?.version || "" })} text={_("Download image")} />
                <DownloadButton id="download-logs" link={logsDownload(compose)} text={_("Download logs")} />
                <DownloadButton id="download-metadata" link={metadataDownload(compose)} text={_("Download metadata")} />
                <DownloadButton id="download-sbom" link={sbomDownload(compose)} text={_("Download SBOM")} />
            </Flex>
            <Title headingLevel="h2">{_("Timeline")}</Title>
            <ComposeTimeline compose={compose} cloud={cloud} />
            {cloud?.image_status.error && <ComposeErrorTree error={cloud.image_status.error} />}
            {cloud && compose.api === "cloud" && !compose.koji && (
                <>
                    <Title headingLevel="h2">{_("Locations")}</Title>
                    <ComposeLocations locations={locations} />
                </>
            )}
            {compose.koji && (
                <>
                    <Title headingLevel="h2">{_("Koji")}</Title>
                    <KojiLinks buildId={cloud?.koji_status?.build_id ?? null} composeId={compose.id} />
                    <ComposeLocations locations={locations} />
                </>
            )}
        </>
    );
}
