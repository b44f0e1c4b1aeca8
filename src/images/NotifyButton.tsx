// Asks the browser for permission to notify, only when the user clicks; hidden when the
// browser has no notifications or the answer is already known.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import BellIcon from "@patternfly/react-icons/dist/esm/icons/bell-icon.js";
import { useState } from "react";

import { _ } from "../../pkg/lib/gettext";

export function NotifyButton() {
    const supported = typeof Notification !== "undefined";
    const [permission, setPermission] = useState(() => supported ? Notification.permission : "denied");
    if (!supported || permission !== "default")
        return null;
    return (
        <Button variant="link" icon={<BellIcon />}
                onClick={() => { void Notification.requestPermission().then(setPermission) }}>
            {_("Notify me when images finish")}
        </Button>
    );
}
