// Starting the composer service: the one thing the gate does besides asking for status.
import cockpit from "cockpit";

import { type ComposerError } from "./composerError";
import type { Result } from "./transport";

export const SERVICE_UNIT = "osbuild-composer.socket";

export async function startService(): Promise<Result<true>> {
    try {
        await cockpit.spawn(["systemctl", "enable", "--now", SERVICE_UNIT], { superuser: "require", err: "message" });
        return { data: true };
    } catch (failure) {
        const f = (typeof failure === "object" && failure !== null ? failure : {}) as { message?: string; problem?: string | null };
        const error: ComposerError = {
            kind: f.problem === "access-denied" || f.problem === "not-authorized" ? "permission" : "server",
            api: "weldr",
            message: f.message || f.problem || String(failure),
        };
        return { error };
    }
}
