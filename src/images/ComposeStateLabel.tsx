// A compose's state as a colored label with an icon.
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import CheckCircleIcon from "@patternfly/react-icons/dist/esm/icons/check-circle-icon.js";
import ExclamationCircleIcon from "@patternfly/react-icons/dist/esm/icons/exclamation-circle-icon.js";
import InProgressIcon from "@patternfly/react-icons/dist/esm/icons/in-progress-icon.js";
import PendingIcon from "@patternfly/react-icons/dist/esm/icons/pending-icon.js";

import type { ComposeState } from "../model/compose";
import { stateText } from "./composeText";

const LOOK = {
    waiting: { color: "grey", icon: <PendingIcon /> },
    building: { color: "blue", icon: <InProgressIcon /> },
    success: { color: "green", icon: <CheckCircleIcon /> },
    failure: { color: "red", icon: <ExclamationCircleIcon /> },
} as const;

export function ComposeStateLabel({ state }: { state: ComposeState }) {
    return <Label color={LOOK[state].color} icon={LOOK[state].icon} isCompact>{stateText(state)}</Label>;
}
