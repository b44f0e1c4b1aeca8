// The Koji hubs used recently, most recent first, kept in localStorage (hub URLs are not
// secrets; nothing else of the form is stored).
import { rememberHub } from "../model/koji";

const KEY = "cockpit-foundry:koji-recent-hubs";

export function recentHubs(): string[] {
    try {
        const parsed: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? "[]");
        return Array.isArray(parsed) ? parsed.filter((hub): hub is string => typeof hub === "string") : [];
    } catch {
        return [];
    }
}

export function saveRecentHub(hub: string): void {
    try {
        window.localStorage.setItem(KEY, JSON.stringify(rememberHub(recentHubs(), hub)));
    } catch {
        // storage full or disabled: the list is a convenience
    }
}
