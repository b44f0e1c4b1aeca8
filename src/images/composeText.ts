// Words for compose states and APIs, translated.
import { _ } from "../../pkg/lib/gettext";
import type { ComposeState, ComposeView } from "../model/compose";

export function stateText(state: ComposeState): string {
    switch (state) {
    case "waiting":
        return _("Waiting");
    case "building":
        return _("Building");
    case "success":
        return _("Done");
    case "failure":
        return _("Failed");
    }
}

export function apiText(compose: ComposeView): string {
    if (compose.koji)
        return _("Cloud API (Koji)");
    return compose.api === "weldr" ? _("Weldr") : _("Cloud API");
}

export function timeText(seconds: number | undefined): string {
    if (seconds === undefined)
        return "—";
    return new Date(seconds * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}
