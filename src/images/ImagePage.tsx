// One compose: details, timeline, error, log, packages and manifest, kept current while it can
// still change (through useLiveComposes, the same schedule as the list).
import { Breadcrumb, BreadcrumbItem } from "@patternfly/react-core/dist/esm/components/Breadcrumb/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateBody } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Tab, Tabs, TabTitleText } from "@patternfly/react-core/dist/esm/components/Tabs/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { useEffect, useMemo, useState } from "react";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { useCloudComposeMetadataQuery, useCloudComposeQuery } from "../api/cloudComposes";
import { useComposeInfoQuery } from "../api/weldrComposes";
import { ErrorAlert } from "../app/ErrorAlert";
import { VisibleText } from "../app/VisibleText";
import { type ComposeView, isFinal } from "../model/compose";
import { cloudRequestSummary } from "../model/composeDocs";
import { CancelComposeDialog } from "./CancelComposeDialog";
import { ComposeLog } from "./ComposeLog";
import { ComposeManifest } from "./ComposeManifest";
import { ComposePackages } from "./ComposePackages";
import { DeleteComposesDialog } from "./DeleteComposesDialog";
import { ImageDetails } from "./ImageDetails";
import { NoticeToasts } from "./NoticeToasts";
import { useComposeNotices } from "./useComposeNotices";
import { useLiveComposes } from "./useLiveComposes";

function ImageBody({ compose }: { compose: ComposeView }) {
    const dialogs = useDialogs();
    const [tab, setTab] = useState<string | number>("details");
    const weldr = compose.api === "weldr";
    const info = useComposeInfoQuery(compose.id, { skip: !weldr });
    // the Cloud status is asked for once here (for a failed Weldr compose too: the Cloud API
    // knows it and tells its error); while it can change, the list's schedule re-asks
    const cloud = useCloudComposeQuery(compose.id, { skip: weldr && compose.state !== "failure" });
    const metadata = useCloudComposeMetadataQuery(compose.id, { skip: weldr || compose.koji });
    const request = useMemo(() => metadata.data ? cloudRequestSummary(metadata.data) : undefined, [metadata.data]);
    const refetchInfo = info.refetch;
    useEffect(() => {
        if (weldr && isFinal(compose.state))
            void refetchInfo();
    }, [weldr, compose.state, refetchInfo]);

    const name = compose.blueprint ? `${compose.blueprint} ${compose.version}` : (request?.blueprint ? `${request.blueprint} ${request.version}` : compose.id);
    return (
        <>
            <Flex justifyContent={{ default: "justifyContentSpaceBetween" }}>
                <FlexItem><Title headingLevel="h1"><VisibleText text={name} /></Title></FlexItem>
                <FlexItem>
                    {weldr && !isFinal(compose.state) &&
                        <Button variant="secondary" onClick={() => dialogs.show(<CancelComposeDialog compose={compose} />)}>{_("Stop build")}</Button>}
                    {isFinal(compose.state) &&
                        <Button variant="danger" onClick={() => dialogs.show(<DeleteComposesDialog composes={[compose]} onDeleted={() => navigate(["images"])} />)}>{_("Delete")}</Button>}
                </FlexItem>
            </Flex>
            {info.error && "kind" in info.error && <ErrorAlert title={_("Composer's details of this image could not be read")} error={info.error} onRetry={refetchInfo} />}
            {!weldr && cloud.error && "kind" in cloud.error && <ErrorAlert title={_("The Cloud API's status of this image could not be read")} error={cloud.error} onRetry={cloud.refetch} />}
            <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} aria-label={_("Image")} mountOnEnter unmountOnExit>
                <Tab eventKey="details" title={<TabTitleText>{_("Details")}</TabTitleText>}>
                    <ImageDetails compose={compose} info={info.data} request={request} cloud={cloud.data} />
                </Tab>
                <Tab eventKey="log" title={<TabTitleText>{_("Log")}</TabTitleText>}>
                    <ComposeLog compose={compose} />
                </Tab>
                <Tab eventKey="packages" title={<TabTitleText>{_("Packages")}</TabTitleText>}>
                    <ComposePackages compose={compose} info={info.data} />
                </Tab>
                <Tab eventKey="manifest" title={<TabTitleText>{_("Manifest")}</TabTitleText>}>
                    <ComposeManifest compose={compose} />
                </Tab>
            </Tabs>
        </>
    );
}

export function ImagePage({ id }: { id: string }) {
    const { composes, error, complete, refetch } = useLiveComposes();
    // a compose only the Cloud list knows is not "new" when that list comes in after Weldr's
    const { notices, dismiss } = useComposeNotices(complete ? composes : undefined);
    const compose = composes?.find(c => c.id === id);
    const breadcrumb = (
        <Breadcrumb>
            <BreadcrumbItem to="#/images" onClick={event => { event.preventDefault(); navigate(["images"]) }}>{_("Images")}</BreadcrumbItem>
            <BreadcrumbItem isActive>{id}</BreadcrumbItem>
        </Breadcrumb>
    );

    let content;
    if (error)
        content = <ErrorAlert title={_("The image could not be read")} error={error} onRetry={refetch} />;
    else if (!composes || (!compose && !complete))
        content = <EmptyState titleText={_("Loading image")} headingLevel="h1" icon={LoadingSpinner} />;
    else if (!compose)
        content = (
            <EmptyState titleText={_("Image not found")} headingLevel="h1">
                <EmptyStateBody>{_("Neither API knows a compose with this id.")}</EmptyStateBody>
            </EmptyState>
        );
    else
        content = <ImageBody compose={compose} />;

    return <PageSection>{breadcrumb}{content}<NoticeToasts notices={notices} dismiss={dismiss} /></PageSection>;
}
