// What each kind of composer error means for the user, translated.
import { _ } from "../../pkg/lib/gettext";
import type { ComposerError } from "../api/composerError";

export function errorKindText(error: ComposerError): string {
    switch (error.kind) {
    case "unreachable":
        return _("The image builder service (osbuild-composer) is not answering.");
    case "permission":
        return _("You are not allowed to use the image builder service. Turn on administrative access.");
    case "not-found":
        return _("It does not exist (any more).");
    case "conflict":
        return _("It is not in a state that allows this.");
    case "server":
        return _("The image builder service failed or answered with something unexpected.");
    case "invalid":
        return _("The image builder service refused the request.");
    }
}
