// Every compose both APIs know, newest first, read-only for now.
import { Alert } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateBody } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Pagination } from "@patternfly/react-core/dist/esm/components/Pagination/index.js";
import { Spinner } from "@patternfly/react-core/dist/esm/components/Spinner/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import CubesIcon from "@patternfly/react-icons/dist/esm/icons/cubes-icon.js";
import cockpit from "cockpit";

import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import { ErrorAlert } from "../app/ErrorAlert";
import { ComposeStateLabel } from "./ComposeStateLabel";
import { apiText, timeText } from "./composeText";
import { useComposeViews } from "./useComposeViews";

function option(options: Record<string, string | string[]>, key: string, fallback: number): number {
    const raw = options[key];
    const n = Number.parseInt(Array.isArray(raw) ? raw[0] ?? "" : raw ?? "", 10);
    return Number.isFinite(n) && n > 0 ? n : fallback;
}

export function ImagesPage({ options }: { options: Record<string, string | string[]> }) {
    const { composes, error, cloudError, refetch } = useComposeViews();
    const page = option(options, "page", 1);
    const perPage = option(options, "perPage", 20);
    const go = (p: number, n: number) => cockpit.location.go(["images"], { ...(p !== 1 ? { page: String(p) } : {}), ...(n !== 20 ? { perPage: String(n) } : {}) });

    let content;
    if (error) {
        content = <ErrorAlert title={_("The images could not be listed")} error={error} onRetry={refetch} />;
    } else if (!composes) {
        content = <EmptyState titleText={_("Loading images")} headingLevel="h2" icon={Spinner} />;
    } else if (composes.length === 0) {
        content = (
            <EmptyState titleText={_("No images")} headingLevel="h2" icon={CubesIcon}>
                <EmptyStateBody>{_("Images built from blueprints, here or with composer-cli, are listed here.")}</EmptyStateBody>
            </EmptyState>
        );
    } else {
        const shown = composes.slice((page - 1) * perPage, page * perPage);
        content = (
            <Table aria-label={_("Images")} variant="compact">
                <Thead>
                    <Tr>
                        <Th width={35}>{_("Blueprint")}</Th>
                        <Th width={20}>{_("Image type")}</Th>
                        <Th width={15}>{_("Status")}</Th>
                        <Th width={15}>{_("Created")}</Th>
                        <Th width={15}>{_("API")}</Th>
                    </Tr>
                </Thead>
                <Tbody>
                    {shown.map(compose => (
                        <Tr key={compose.id} data-compose={compose.id}>
                            <Td dataLabel={_("Blueprint")}>
                                <Button variant="link" isInline onClick={() => navigate(["image", compose.id])}>
                                    {compose.blueprint ? `${compose.blueprint} ${compose.version}` : compose.id}
                                </Button>
                            </Td>
                            <Td dataLabel={_("Image type")}>{compose.imageType || "—"}</Td>
                            <Td dataLabel={_("Status")}><ComposeStateLabel state={compose.state} /></Td>
                            <Td dataLabel={_("Created")}>{timeText(compose.created)}</Td>
                            <Td dataLabel={_("API")}>{apiText(compose)}</Td>
                        </Tr>
                    ))}
                </Tbody>
            </Table>
        );
    }

    return (
        <PageSection>
            <Title headingLevel="h1">{_("Images")}</Title>
            {cloudError &&
                <Alert variant="warning" isInline title={_("The Cloud API did not answer: only composes known to the Weldr API are shown.")}>
                    {cloudError.message}
                </Alert>}
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <Button variant="secondary" onClick={refetch}>{_("Refresh")}</Button>
                    </ToolbarItem>
                    <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                        <Pagination
                            itemCount={composes?.length ?? 0}
                            page={page}
                            perPage={perPage}
                            onSetPage={(_event, p) => go(p, perPage)}
                            onPerPageSelect={(_event, n) => go(1, n)}
                            isCompact
                        />
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>
            {content}
        </PageSection>
    );
}
