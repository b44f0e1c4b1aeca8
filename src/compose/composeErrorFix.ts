// The fix for the compose refusals whose cause is known, shown under the service's own words.
import { _, format } from "../../pkg/lib/gettext";
import type { ComposerError } from "../api/composerError";

/** Package names a depsolve error names ("missing packages: a, b", "No match for argument: a") */
export function packagesNamed(message: string): string[] {
    const list = /missing packages: ([^\n]+)/.exec(message)?.[1] ?? /No match for argument: ([^\s]+)/.exec(message)?.[1];
    return list ? list.split(/,\s*/).filter(name => name !== "") : [];
}

export function composeErrorFix(error: ComposerError): string | null {
    const message = error.message;
    if (/denied by configuration/.test(message))
        return _("An administrator has disabled this image type in composer's configuration (image_types in /etc/osbuild-composer/osbuild-composer.toml). Choose another image type, or change that configuration and restart osbuild-composer.");
    if (/No worker for arch/i.test(message))
        return _("No worker is registered for this architecture. Build for the host's architecture, or attach a remote worker (osbuild-remote-worker) running on that architecture.");
    if (error.id === "DepsolveError" || /depsolve/i.test(message) || (error.api === "cloud" && (error.id === "8" || error.id === "1002"))) {
        const names = packagesNamed(`${message}\n${error.details ?? ""}`);
        return names.length > 0
            ? format(_("These packages cannot be installed: $0. Correct their names in the blueprint, or add a source that provides them."), names.join(", "))
            : _("A package of the blueprint cannot be installed. Correct its name in the blueprint, or add a source that provides it.");
    }
    if (error.api === "cloud" && error.id === "38")
        return _("This upload target does not fit the image type. Choose a destination offered for it.");
    return null;
}
