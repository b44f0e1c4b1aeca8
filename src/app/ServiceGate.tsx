// Shows the app only while the composer answers. Otherwise says which of three things is
// wrong: the service is stopped or missing (offer to start it), access is not permitted
// (point to administrative access), or it answered with an error.
import { Alert } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Spinner } from "@patternfly/react-core/dist/esm/components/Spinner/index.js";
import ExclamationCircleIcon from "@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon.js";
import LockIcon from "@patternfly/react-icons/dist/esm/icons/lock-icon.js";
import { type ReactNode, useState } from "react";

import { format, _ } from "../../pkg/lib/gettext";
import { useAdmin } from "../../pkg/lib/useAdmin";
import { type ComposerError, asComposerError } from "../api/composerError";
import { SERVICE_UNIT, startService } from "../api/service";
import { WELDR_SOCKET } from "../api/transport";
import { useStatusQuery } from "../api/weldr";
import { ErrorAlert } from "./ErrorAlert";

function Connecting() {
    return (
        <PageSection>
            <EmptyState titleText={_("Connecting to the image builder service")} headingLevel="h1" icon={Spinner} />
        </PageSection>
    );
}

function ServiceStopped({ onRetry }: { onRetry: () => void }) {
    const admin = useAdmin();
    const [starting, setStarting] = useState(false);
    const [failure, setFailure] = useState<ComposerError | null>(null);

    const start = async () => {
        setStarting(true);
        setFailure(null);
        const result = await startService();
        setStarting(false);
        if (result.error)
            setFailure(result.error);
        else
            onRetry();
    };

    return (
        <PageSection>
            <EmptyState titleText={_("The image builder service is not running")} headingLevel="h1" icon={ExclamationCircleIcon} status="danger">
                <EmptyStateBody>
                    {format(_("Nothing answers on $0. Starting $1 starts osbuild-composer when it is first used."), WELDR_SOCKET, SERVICE_UNIT)}
                </EmptyStateBody>
                {failure && <ErrorAlert title={_("The service could not be started")} error={failure} />}
                <EmptyStateFooter>
                    <EmptyStateActions>
                        <Button variant="primary" onClick={start} isLoading={starting} isDisabled={starting || admin === false}>
                            {_("Start service")}
                        </Button>
                        <Button variant="link" onClick={onRetry}>{_("Retry")}</Button>
                    </EmptyStateActions>
                    {admin === false &&
                        <Alert variant="info" isInline isPlain title={_("Starting the service needs administrative access.")} />}
                </EmptyStateFooter>
            </EmptyState>
        </PageSection>
    );
}

function NotPermitted({ onRetry }: { onRetry: () => void }) {
    return (
        <PageSection>
            <EmptyState titleText={_("Not permitted to use the image builder service")} headingLevel="h1" icon={LockIcon}>
                <EmptyStateBody>
                    {_("The composer sockets are open to root and the weldr group only. Turn on administrative access with the \"Limited access\" button at the top of Cockpit, or add your user to the weldr group and log in again.")}
                </EmptyStateBody>
                <EmptyStateFooter>
                    <EmptyStateActions>
                        <Button variant="primary" onClick={onRetry}>{_("Retry")}</Button>
                    </EmptyStateActions>
                </EmptyStateFooter>
            </EmptyState>
        </PageSection>
    );
}

export function ServiceGate({ children }: { children: ReactNode }) {
    const status = useStatusQuery();
    const { isLoading, isSuccess, refetch } = status;
    const error = asComposerError(status.error);
    const retry = () => { void refetch() };

    if (isLoading)
        return <Connecting />;
    if (error?.kind === "unreachable")
        return <ServiceStopped onRetry={retry} />;
    if (error?.kind === "permission")
        return <NotPermitted onRetry={retry} />;
    if (error || !isSuccess)
        return (
            <PageSection>
                <ErrorAlert title={_("The image builder service answered with an error")} error={error ?? { kind: "server", api: "weldr", message: _("No answer") }} onRetry={retry} />
            </PageSection>
        );
    return <>{children}</>;
}
