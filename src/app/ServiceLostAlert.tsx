// The service went away while the app was open: said above the page, which stays as it was
// (an open editor keeps its edits). Offers the same fixes as the gate; the gate looks again
// every few seconds and removes this once the service answers.
import { AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { useAdmin } from "../../pkg/lib/useAdmin";
import type { ComposerError } from "../api/composerError";
import { SERVICE_UNIT } from "../api/service";
import { WELDR_SOCKET } from "../api/transport";
import { ErrorAlert } from "./ErrorAlert";
import { useStartService } from "./useStartService";

interface Props {
    error: ComposerError;
    onRetry: () => void;
}

function title(error: ComposerError): string {
    if (error.kind === "unreachable")
        return _("The image builder service stopped answering");
    if (error.kind === "permission")
        return _("No longer permitted to use the image builder service");
    return _("The image builder service answers with an error");
}

function explanation(error: ComposerError): string {
    if (error.kind === "unreachable")
        return format(_("Nothing answers on $0. Your unsaved changes are kept; save them once the service is back. Starting $1 starts osbuild-composer again."), WELDR_SOCKET, SERVICE_UNIT);
    if (error.kind === "permission")
        return _("The composer sockets no longer let this session in. Your unsaved changes are kept. Turn on administrative access, or ask for membership of the weldr group.");
    return _("Your unsaved changes are kept; save them once the service answers again.");
}

export function ServiceLostAlert({ error, onRetry }: Props) {
    const admin = useAdmin();
    const { start, starting, failure } = useStartService(onRetry);
    const actions = (
        <>
            {error.kind === "unreachable" && admin !== false &&
                <AlertActionLink onClick={() => void start()} isDisabled={starting}>{_("Start service")}</AlertActionLink>}
            <AlertActionLink onClick={onRetry}>{_("Retry")}</AlertActionLink>
        </>
    );
    return (
        <PageSection padding={{ default: "noPadding" }}>
            <Alert variant="danger" title={title(error)} actionLinks={actions} aria-live="polite">
                <p>{explanation(error)}</p>
                <p className="foundry-error-message">{error.message}</p>
                {failure && <ErrorAlert title={_("The service could not be started")} error={failure} />}
            </Alert>
        </PageSection>
    );
}
