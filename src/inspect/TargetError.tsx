// A target's or image's own error: its reason, and the whole tree folded away, as text.
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { format, _ } from "../../pkg/lib/gettext";
import { VisibleText } from "../app/VisibleText";
import { type ComposeError, errorCopyText } from "../model/errorTree";
import { displayText } from "../model/safeUrl";
import { CopyValue } from "./CopyValue";

export function TargetError({ title, error }: { title: string; error: ComposeError }) {
    const reason = displayText(error.reason);
    const whole = errorCopyText(error);
    return (
        <Alert variant="danger" isInline isPlain title={title}>
            <p><VisibleText text={error.id !== undefined ? format(_("Error $0: $1"), error.id, reason) : reason} /></p>
            {error.details !== undefined &&
                <ExpandableSection toggleText={_("Details")}>
                    <pre className="foundry-mono foundry-pre"><VisibleText text={whole} keepLines /></pre>
                </ExpandableSection>}
            <CopyValue label={_("error")} text={_("Copy error")} copy={whole} />
        </Alert>
    );
}
