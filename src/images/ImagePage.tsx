// One compose, read-only for now: what the lists say about it.
import { Breadcrumb, BreadcrumbItem } from "@patternfly/react-core/dist/esm/components/Breadcrumb/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { EmptyState, EmptyStateBody } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Spinner } from "@patternfly/react-core/dist/esm/components/Spinner/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";

import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { ErrorAlert } from "../app/ErrorAlert";
import { ComposeStateLabel } from "./ComposeStateLabel";
import { apiText, timeText } from "./composeText";
import { useComposeViews } from "./useComposeViews";

export function ImagePage({ id }: { id: string }) {
    const { composes, error, refetch } = useComposeViews();
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
    else if (!composes)
        content = <EmptyState titleText={_("Loading image")} headingLevel="h1" icon={Spinner} />;
    else if (!compose)
        content = (
            <EmptyState titleText={_("Image not found")} headingLevel="h1">
                <EmptyStateBody>{_("Neither API knows a compose with this id.")}</EmptyStateBody>
            </EmptyState>
        );
    else
        content = (
            <>
                <Title headingLevel="h1">{compose.blueprint ? `${compose.blueprint} ${compose.version}` : compose.id}</Title>
                <DescriptionList isHorizontal>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Compose id")}</DescriptionListTerm>
                        <DescriptionListDescription className="foundry-mono">{compose.id}</DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Status")}</DescriptionListTerm>
                        <DescriptionListDescription><ComposeStateLabel state={compose.state} /></DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Image type")}</DescriptionListTerm>
                        <DescriptionListDescription>{compose.imageType || "—"}</DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("Created")}</DescriptionListTerm>
                        <DescriptionListDescription>{timeText(compose.created)}</DescriptionListDescription>
                    </DescriptionListGroup>
                    <DescriptionListGroup>
                        <DescriptionListTerm>{_("API")}</DescriptionListTerm>
                        <DescriptionListDescription>{apiText(compose)}</DescriptionListDescription>
                    </DescriptionListGroup>
                </DescriptionList>
            </>
        );

    return <PageSection>{breadcrumb}{content}</PageSection>;
}
