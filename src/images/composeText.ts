// Words for compose states and APIs, translated.
import { format, _ } from "../../pkg/lib/gettext";
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

// one formatter for every row: toLocaleString with options builds a new one on each call
let dateTime: Intl.DateTimeFormat | undefined;

export function timeText(seconds: number | undefined): string {
    if (seconds === undefined)
        return "—";
    dateTime ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });
    return dateTime.format(new Date(seconds * 1000));
}

/** A duration in seconds, as "2 h 5 min", "3 min 20 s" or "45 s" */
export function durationText(seconds: number | undefined): string {
    if (seconds === undefined || !Number.isFinite(seconds))
        return "—";
    const s = Math.round(seconds);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    if (h > 0)
        return format(_("$0 h $1 min"), h, m);
    if (m > 0)
        return format(_("$0 min $1 s"), m, s % 60);
    return format(_("$0 s"), s);
}
