// Shows the app once the composer answered. Until then says which of three things is
// wrong: the service is stopped or missing (offer to start it), access is not permitted
// (point to administrative access), or it answered with an error. Once shown, the app stays
// mounted: when a request finds the service gone, the status is asked again, a banner says
// what is wrong (the page below keeps its state, unsaved edits included), the status is
// asked every few seconds, and when it answers again what failed meanwhile is asked again.
// The Cloud API socket alone going away is said by the pages that use it; its failed reads are
// retried every few seconds until it answers.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateActions, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import ExclamationCircleIcon from "@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon.js";
import LockIcon from "@patternfly/react-icons/dist/esm/icons/lock-icon.js";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { useDispatch, useStore } from "react-redux";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { useAdmin } from "../../pkg/lib/useAdmin";
import { onChannelFailure } from "../api/channelFailures";
import { asComposerError } from "../api/composerError";
import { dropStartupReads } from "../api/startupRead";
import { SERVICE_UNIT } from "../api/service";
import { WELDR_SOCKET } from "../api/transport";
import { useStatusQuery } from "../api/weldr";
import { ErrorAlert } from "./ErrorAlert";
import { hasChannelFailures, refetchFailedQueries } from "./refetchFailedQueries";
import { ServiceLostAlert } from "./ServiceLostAlert";
import type { AppStore, RootState } from "./store";
import { useStartService } from "./useStartService";

/** how often the status is asked while the service is away after the app was shown */
const RECHECK_MS = 3000;

function Connecting() {
    return (
        <PageSection>
            <EmptyState titleText={_("Connecting to the image builder service")} headingLevel="h1" icon={LoadingSpinner} />
        </PageSection>
    );
}

function ServiceStopped({ onRetry }: { onRetry: () => void }) {
    const admin = useAdmin();
    const { start, starting, failure } = useStartService(onRetry);

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

/** `ready`: the first page's code is there (startupReads.ts); the app shows once it is and the service answered */
export function ServiceGate({ ready = true, children }: { ready?: boolean; children: ReactNode }) {
    const dispatch = useDispatch<AppStore["dispatch"]>();
    const [shown, setShown] = useState(false);
    const [lost, setLost] = useState(false);
    const status = useStatusQuery(undefined, { pollingInterval: lost ? RECHECK_MS : 0 });
    const { isLoading, isSuccess, refetch } = status;
    const error = asComposerError(status.error);
    const retry = () => { void refetch() };

    // once shown, the app stays: remember it (state set while rendering, as React allows)
    if (isSuccess && ready && !shown)
        setShown(true);
    // the first page's data was asked for beside the status (startupReads.ts): when the service
    // turns out unusable, that page asks again once it answers
    useEffect(() => {
        if (!shown && error)
            dropStartupReads();
    }, [shown, error]);
    const nowLost = shown && error !== undefined;
    if (nowLost !== lost)
        setLost(nowLost);

    // a request found a socket gone: for Weldr ask for the status once (concurrent asks are
    // merged), for the Cloud API retry its failed reads until they succeed
    const [cloudLost, setCloudLost] = useState(false);
    useEffect(() => shown
        ? onChannelFailure(failure => failure.api === "cloud" ? setCloudLost(true) : void refetch())
        : undefined, [shown, refetch]);
    const store = useStore<RootState>();
    useEffect(() => {
        if (!cloudLost)
            return undefined;
        const timer = window.setInterval(() => {
            if (hasChannelFailures(store.getState(), "cloud"))
                dispatch(refetchFailedQueries(["cloud"]));
            else
                setCloudLost(false);
        }, RECHECK_MS);
        return () => window.clearInterval(timer);
    }, [cloudLost, store, dispatch]);

    const wasLost = useRef(false);
    useEffect(() => {
        if (wasLost.current && !lost)
            dispatch(refetchFailedQueries());
        wasLost.current = lost;
    }, [lost, dispatch]);

    if (shown)
        return (
            <>
                {lost && error && <ServiceLostAlert error={error} onRetry={retry} />}
                {children}
            </>
        );
    if (isLoading || isSuccess)
        return <Connecting />;
    if (error?.kind === "unreachable")
        return <ServiceStopped onRetry={retry} />;
    if (error?.kind === "permission")
        return <NotPermitted onRetry={retry} />;
    return (
        <PageSection>
            <ErrorAlert title={_("The image builder service answered with an error")} error={error ?? { kind: "server", api: "weldr", message: _("No answer") }} onRetry={retry} />
        </PageSection>
    );
}
