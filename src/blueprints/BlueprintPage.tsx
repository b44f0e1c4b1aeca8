// One blueprint, read-only for now: its details, packages and the TOML composer keeps.
import { Breadcrumb, BreadcrumbItem } from "@patternfly/react-core/dist/esm/components/Breadcrumb/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { CodeBlock, CodeBlockCode } from "@patternfly/react-core/dist/esm/components/CodeBlock/index.js";
import { DescriptionList, DescriptionListDescription, DescriptionListGroup, DescriptionListTerm } from "@patternfly/react-core/dist/esm/components/DescriptionList/index.js";
import { EmptyState, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Spinner } from "@patternfly/react-core/dist/esm/components/Spinner/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";

import { useDialogs } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { useBlueprintQuery, useBlueprintTomlQuery } from "../api/weldrBlueprints";
import { asComposerError } from "../api/composerError";
import { ErrorAlert } from "../app/ErrorAlert";
import { packageCount } from "../model/blueprint";
import { BlueprintPackages } from "./BlueprintPackages";
import { DeleteBlueprintDialog } from "./DeleteBlueprintDialog";

function text(value: unknown, fallback: string): string {
    return typeof value === "string" && value !== "" ? value : fallback;
}

export function BlueprintPage({ name }: { name: string }) {
    const dialogs = useDialogs();
    const { data, error: queryError, isLoading, refetch } = useBlueprintQuery(name);
    const error = asComposerError(queryError);
    const toml = useBlueprintTomlQuery(name, { skip: !data });
    const tomlError = asComposerError(toml.error);

    const breadcrumb = (
        <Breadcrumb>
            <BreadcrumbItem to="#/" onClick={event => { event.preventDefault(); navigate([]) }}>{_("Blueprints")}</BreadcrumbItem>
            <BreadcrumbItem isActive>{name}</BreadcrumbItem>
        </Breadcrumb>
    );

    if (isLoading)
        return <PageSection>{breadcrumb}<EmptyState titleText={_("Loading blueprint")} headingLevel="h1" icon={Spinner} /></PageSection>;
    if (error?.kind === "not-found")
        return (
            <PageSection>
                {breadcrumb}
                <EmptyState titleText={_("Blueprint not found")} headingLevel="h1">
                    <EmptyStateBody>{error.message}</EmptyStateBody>
                    <EmptyStateFooter>
                        <Button variant="primary" onClick={() => navigate([])}>{_("Go to blueprints")}</Button>
                    </EmptyStateFooter>
                </EmptyState>
            </PageSection>
        );
    if (error || !data)
        return (
            <PageSection>
                {breadcrumb}
                <ErrorAlert title={_("The blueprint could not be read")} error={error ?? { kind: "server", api: "weldr", message: "" }} onRetry={() => void refetch()} />
            </PageSection>
        );

    const bp = data.blueprint;
    return (
        <PageSection>
            <Stack hasGutter>
                <StackItem>{breadcrumb}</StackItem>
                <StackItem>
                    <Flex justifyContent={{ default: "justifyContentSpaceBetween" }}>
                        <FlexItem>
                            <Title headingLevel="h1">
                                {bp.name} {data.changed && <Label color="orange">{_("Draft")}</Label>}
                            </Title>
                        </FlexItem>
                        <FlexItem>
                            <Button variant="secondary" isDanger onClick={() => dialogs.show(<DeleteBlueprintDialog name={name} leaveTo={[]} />)}>
                                {_("Delete")}
                            </Button>
                        </FlexItem>
                    </Flex>
                </StackItem>
                <StackItem>
                    <Card>
                        <CardTitle>{_("Details")}</CardTitle>
                        <CardBody>
                            <DescriptionList isHorizontal isCompact>
                                <DescriptionListGroup>
                                    <DescriptionListTerm>{_("Description")}</DescriptionListTerm>
                                    <DescriptionListDescription>{text(bp.description, _("None"))}</DescriptionListDescription>
                                </DescriptionListGroup>
                                <DescriptionListGroup>
                                    <DescriptionListTerm>{_("Version")}</DescriptionListTerm>
                                    <DescriptionListDescription>{text(bp.version, "0.0.0")}</DescriptionListDescription>
                                </DescriptionListGroup>
                                <DescriptionListGroup>
                                    <DescriptionListTerm>{_("Distribution")}</DescriptionListTerm>
                                    <DescriptionListDescription>{text(bp.distro, _("The host's"))}</DescriptionListDescription>
                                </DescriptionListGroup>
                                <DescriptionListGroup>
                                    <DescriptionListTerm>{_("Architecture")}</DescriptionListTerm>
                                    <DescriptionListDescription>{text(bp.architecture, _("The host's"))}</DescriptionListDescription>
                                </DescriptionListGroup>
                                <DescriptionListGroup>
                                    <DescriptionListTerm>{_("Packages")}</DescriptionListTerm>
                                    <DescriptionListDescription>{packageCount(bp)}</DescriptionListDescription>
                                </DescriptionListGroup>
                            </DescriptionList>
                        </CardBody>
                    </Card>
                </StackItem>
                <StackItem>
                    <BlueprintPackages blueprint={bp} />
                </StackItem>
                <StackItem>
                    <Card>
                        <CardTitle>{_("Blueprint as TOML")}</CardTitle>
                        <CardBody>
                            {tomlError && <ErrorAlert title={_("The TOML could not be read")} error={tomlError} />}
                            {toml.data !== undefined &&
                                <CodeBlock>
                                    <CodeBlockCode>{toml.data}</CodeBlockCode>
                                </CodeBlock>}
                            {toml.isLoading && <Spinner size="md" aria-label={_("Loading")} />}
                        </CardBody>
                    </Card>
                </StackItem>
            </Stack>
        </PageSection>
    );
}
