// Catches a lazily loaded part (laterPagesLoader.ts, blueprints/lazyDialogs.tsx) whose code or
// sheet could not be fetched, for instance after the plugin was updated while the page stayed
// open, and says so with a way out, instead of the whole plugin going blank. A failed load stays
// failed, so the way out is reloading the page.
import { AlertActionLink } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Component, type ReactNode } from "react";

import { Alert } from "../../pkg/lib/Alert";
import { _ } from "../../pkg/lib/gettext";

interface State { error: Error | null }

export class LoadFailureBoundary extends Component<{ children: ReactNode }, State> {
    override state: State = { error: null };

    static getDerivedStateFromError(error: unknown): State {
        return { error: error instanceof Error ? error : new Error(String(error)) };
    }

    override render() {
        if (!this.state.error)
            return this.props.children;
        return (
            <Alert
                variant="danger"
                isInline
                title={_("This part of Image Builder could not be loaded")}
                actionLinks={<AlertActionLink onClick={() => window.location.reload()}>{_("Reload")}</AlertActionLink>}
            >
                <p className="foundry-error-message">{this.state.error.message}</p>
            </Alert>
        );
    }
}
