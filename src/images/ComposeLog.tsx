// The build log of one compose: Weldr compose/log (re-read every 10 s while it builds and the
// page shows), or the Cloud API's osbuild output and Koji init/import results. Only the tail is
// shown; the whole log downloads as a stream.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import DownloadIcon from "@patternfly/react-icons/dist/esm/icons/download-icon.js";
import { useEffect, useRef } from "react";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { _ } from "../../pkg/lib/gettext";
import { VisibleText } from "../app/VisibleText";
import { useCloudComposeLogsQuery } from "../api/cloudComposes";
import { asComposerError } from "../api/composerError";
import { useComposeLogQuery } from "../api/weldrComposes";
import { ErrorAlert } from "../app/ErrorAlert";
import { type ComposeView, isFinal } from "../model/compose";
import { cloudLogText, kojiLogLines } from "../model/composeDocs";
import { logsDownload } from "./downloads";
import { usePageVisible } from "./usePageVisible";

/** Characters of the log kept on screen (the end of it). */
const TAIL = 256 * 1024;

function LogText({ text }: { text: string }) {
    const pre = useRef<HTMLPreElement>(null);
    useEffect(() => {
        if (pre.current)
            pre.current.scrollTop = pre.current.scrollHeight;
    }, [text]);
    const cut = text.length > TAIL;
    return (
        <>
            {cut && <p>{_("Only the end of the log is shown.")}</p>}
            {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard to be scrolled */}
            <pre ref={pre} className="foundry-mono foundry-pre foundry-log" style={{ maxHeight: "60vh", overflow: "auto" }} aria-label={_("Build log")} role="region" tabIndex={0}>
                <VisibleText text={cut ? text.slice(-TAIL) : text} keepLines />
            </pre>
        </>
    );
}

function WeldrLog({ compose }: { compose: ComposeView }) {
    const visible = usePageVisible();
    const running = compose.state === "building";
    const { data, error, refetch } = useComposeLogQuery(compose.id, {
        skip: compose.state === "waiting",
        pollingInterval: running && visible ? 10_000 : 0,
    });
    useEffect(() => {
        if (isFinal(compose.state))
            void refetch();
    }, [compose.state, refetch]);
    const download = logsDownload(compose);
    if (compose.state === "waiting")
        return <p>{_("The build has not started yet.")}</p>;
    const problem = asComposerError(error, "weldr");
    return (
        <>
            {download &&
                <Button component="a" variant="secondary" href={download.href} download={download.filename} icon={<DownloadIcon />}>
                    {_("Download logs")}
                </Button>}
            {problem && <ErrorAlert title={_("The log could not be read")} error={problem} onRetry={refetch} />}
            {data === undefined && !problem ? <LoadingSpinner size="lg" /> : data !== undefined && <LogText text={data} />}
        </>
    );
}

function CloudLog({ compose }: { compose: ComposeView }) {
    const { data, error, refetch } = useCloudComposeLogsQuery(compose.id);
    useEffect(() => {
        if (isFinal(compose.state))
            void refetch();
    }, [compose.state, refetch]);
    const problem = asComposerError(error, "cloud");
    if (problem)
        return <ErrorAlert title={_("The log could not be read")} error={problem} onRetry={refetch} />;
    if (!data)
        return <EmptyState titleText={_("Loading the log")} headingLevel="h3" icon={LoadingSpinner} />;
    const text = [...kojiLogLines(data), cloudLogText(data)].filter(Boolean).join("\n");
    if (!text)
        return <p>{isFinal(compose.state) ? _("The service kept no log for this compose.") : _("The osbuild log is available when the build ends.")}</p>;
    return <LogText text={text} />;
}

export function ComposeLog({ compose }: { compose: ComposeView }) {
    return compose.api === "weldr" ? <WeldrLog compose={compose} /> : <CloudLog compose={compose} />;
}
