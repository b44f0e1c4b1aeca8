// A composer error said plainly: a translated title naming what failed, the service's own
// message word for word, and any details folded away.
import { AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { VisibleText } from "./VisibleText";
import type { ComposerError } from "../api/composerError";
import { errorKindText } from "./errorText";

interface Props {
    title: string;
    error: ComposerError;
    isInline?: boolean;
    onRetry?: () => void;
}

export function ErrorAlert({ title, error, isInline = true, onRetry }: Props) {
    return (
        <Alert
            variant="danger"
            isInline={isInline}
            title={title}
            actionLinks={onRetry ? <AlertActionLink onClick={onRetry}>{_("Retry")}</AlertActionLink> : undefined}
        >
            {error.malformed
                ? <p>{format(_("The reply of the service could not be read: $0"), error.message)}</p>
                : <p className="foundry-error-message"><VisibleText text={error.message} /></p>}
            {error.kind !== "invalid" && !error.malformed && <p>{errorKindText(error)}</p>}
            {error.details &&
                <ExpandableSection toggleText={_("Details")}>
                    <pre className="foundry-mono foundry-pre"><VisibleText text={error.details} keepLines /></pre>
                </ExpandableSection>}
        </Alert>
    );
}
