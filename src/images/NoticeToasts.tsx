// Toasts for composes that ended while the page watched them, each linking to its image page.
import { AlertActionCloseButton, AlertActionLink, AlertGroup } from "@patternfly/react-core/dist/esm/components/Alert/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { _ } from "../../pkg/lib/gettext";
import { navigate } from "../../pkg/lib/useLocation";
import type { ComposeNotice } from "./useComposeNotices";

export function NoticeToasts({ notices, dismiss }: { notices: ComposeNotice[]; dismiss: (id: string) => void }) {
    return (
        <AlertGroup isToast isLiveRegion>
            {notices.map(n => (
                <Alert
                    key={n.id}
                    variant={n.ok ? "success" : "danger"}
                    title={n.title}
                    timeout={n.ok ? 15_000 : false}
                    onTimeout={() => dismiss(n.id)}
                    actionClose={<AlertActionCloseButton aria-label={_("Close")} onClose={() => dismiss(n.id)} />}
                    actionLinks={<AlertActionLink onClick={() => { dismiss(n.id); navigate(["image", n.id]) }}>{_("Show image")}</AlertActionLink>}
                />
            ))}
        </AlertGroup>
    );
}
