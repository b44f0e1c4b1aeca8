// One value from a status: shown as text, with a copy button that copies the whole value
// (the shown text may be cut, and shows invisible characters as escapes: displayText).
import { ClipboardCopy } from "@patternfly/react-core/dist/esm/components/ClipboardCopy/index.js";

import { format, _ } from "../../pkg/lib/gettext";

interface Props {
    /** translated label, for the button's accessible name */
    label: string;
    text: string;
    copy: string;
}

export function CopyValue({ label, text, copy }: Props) {
    return (
        <ClipboardCopy
            isReadOnly
            variant="inline-compact"
            hoverTip={_("Copy")}
            clickTip={_("Copied")}
            copyAriaLabel={format(_("Copy $0"), label)}
            onCopy={() => { void navigator.clipboard?.writeText(copy); }}
        >
            {text}
        </ClipboardCopy>
    );
}
