// "Start service" of the gate and of the outage banner: starts osbuild-composer.socket, then
// asks the caller to look again; a failure is kept to be shown.
import { useState } from "react";

import type { ComposerError } from "../api/composerError";
import { startService } from "../api/service";

export function useStartService(onStarted: () => void): { start: () => Promise<void>; starting: boolean; failure: ComposerError | null } {
    const [starting, setStarting] = useState(false);
    const [failure, setFailure] = useState<ComposerError | null>(null);
    const start = async () => {
        setStarting(true);
        setFailure(null);
        const result = await startService();
        setStarting(false);
        if (result.error)
            setFailure(result.error);
        else
            onStarted();
    };
    return { start, starting, failure };
}
