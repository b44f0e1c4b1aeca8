// Sources: the host's system repositories (read-only: composer refuses to change them) and
// the custom ones, which can be added, edited and deleted.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { EmptyState, EmptyStateBody } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import { Tooltip } from "@patternfly/react-core/dist/esm/components/Tooltip/index.js";
import { Flex } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../pkg/lib/dialogs";
import { format, N_, _ } from "../../pkg/lib/gettext";
import { asComposerError } from "../api/composerError";
import { useSourcesQuery } from "../api/weldrSources";
import type { Source } from "../api/weldrSourcesTypes";
import { ErrorAlert } from "../app/ErrorAlert";
import { VisibleText } from "../app/VisibleText";
import { DeleteSourceDialog } from "./DeleteSourceDialog";
import { SourceDialog, typeLabel } from "./SourceDialog";

export const SYSTEM_REASON = N_("System sources come from the distribution composer runs on; composer does not allow changing or deleting them.");

function SourceRow({ source, onEdit, onDelete }: { source: Source; onEdit(): void; onDelete(): void }) {
    const reason = _(SYSTEM_REASON);
    return (
        <Tr data-source={source.id}>
            <Td dataLabel={_("Name")}><VisibleText text={source.name} /></Td>
            <Td dataLabel={_("ID")} className="foundry-mono"><VisibleText text={source.id} /></Td>
            <Td dataLabel={_("Type")}>{typeLabel(source.type)}</Td>
            <Td dataLabel={_("URL")} modifier="breakWord"><VisibleText text={source.url} /></Td>
            <Td dataLabel={_("Distributions")}>{source.distros.length ? source.distros.join(", ") : _("All")}</Td>
            <Td dataLabel={_("Kind")}>
                {source.system
                    ? <Tooltip content={reason}><Label color="grey" tabIndex={0}>{_("System")}</Label></Tooltip>
                    : <Label color="blue">{_("Custom")}</Label>}
            </Td>
            <Td isActionCell>
                {source.system
                    ? <span>{_("Read-only")}</span>
                    : (
                        <Flex flexWrap={{ default: "nowrap" }} spaceItems={{ default: "spaceItemsSm" }}>
                            <Button variant="secondary" size="sm" onClick={onEdit} aria-label={format(_("Edit source $0"), source.id)}>{_("Edit")}</Button>
                            <Button variant="secondary" isDanger size="sm" onClick={onDelete} aria-label={format(_("Delete source $0"), source.id)}>{_("Delete")}</Button>
                        </Flex>
                    )}
            </Td>
        </Tr>
    );
}

export function SourcesPage() {
    const dialogs = useDialogs();
    const { data, error: queryError, isLoading, refetch } = useSourcesQuery();
    const error = asComposerError(queryError);
    const sources = data?.sources;
    const customIds = (sources ?? []).filter(s => !s.system).map(s => s.id);
    const systemIds = (sources ?? []).filter(s => s.system).map(s => s.id);
    const add = () => dialogs.show(<SourceDialog customIds={customIds} systemIds={systemIds} />);

    let content;
    if (error) {
        content = <ErrorAlert title={_("The sources could not be listed")} error={error} onRetry={() => void refetch()} />;
    } else if (isLoading || !sources) {
        content = <EmptyState titleText={_("Loading sources")} headingLevel="h2" icon={LoadingSpinner} />;
    } else if (sources.length === 0) {
        content = (
            <EmptyState titleText={_("No sources")} headingLevel="h2">
                <EmptyStateBody>{_("composer has no repositories. Add a custom source to build images.")}</EmptyStateBody>
            </EmptyState>
        );
    } else {
        content = (
            <Table aria-label={_("Sources")} variant="compact">
                <Thead>
                    <Tr>
                        <Th>{_("Name")}</Th>
                        <Th>{_("ID")}</Th>
                        <Th>{_("Type")}</Th>
                        <Th>{_("URL")}</Th>
                        <Th>{_("Distributions")}</Th>
                        <Th>{_("Kind")}</Th>
                        <Th screenReaderText={_("Actions")} />
                    </Tr>
                </Thead>
                <Tbody>
                    {sources.map(source => (
                        <SourceRow
                            key={source.id}
                            source={source}
                            onEdit={() => dialogs.show(<SourceDialog source={source} customIds={customIds} systemIds={systemIds} />)}
                            onDelete={() => dialogs.show(<DeleteSourceDialog id={source.id} />)}
                        />
                    ))}
                </Tbody>
            </Table>
        );
    }

    return (
        <PageSection>
            <Title headingLevel="h1">{_("Sources")}</Title>
            <Content component="p">
                {_("Repositories composer takes packages from, for every blueprint and for composer-cli too.")}{" "}
                {_(SYSTEM_REASON)}
            </Content>
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <Button variant="primary" onClick={add} isDisabled={!sources}>{_("Add source")}</Button>
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>
            {data && data.errors.length > 0 &&
                <Alert variant="warning" isInline title={_("Some sources could not be read")}>
                    {data.errors.map(msg => <p key={msg} className="foundry-error-message">{msg}</p>)}
                </Alert>}
            {content}
        </PageSection>
    );
}
