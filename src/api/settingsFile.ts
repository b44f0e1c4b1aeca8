// The plugin's per-user settings, `~/.config/cockpit-foundry/settings.json` on the host, read and
// written through cockpit.file. Today it holds the Koji hub-to-web mapping under "koji"; other
// keys in the file are kept as they are.
import type { KojiWebSettings } from "../model/kojiLinks";
import { type FileState, jsonFileStore } from "./userJsonFile";

export const SETTINGS_FILE = ".config/cockpit-foundry/settings.json";

const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value);

/** The Koji part of the settings; anything malformed is left out. */
export function decodeKojiSettings(whole: Record<string, unknown>): KojiWebSettings {
    const koji = isRecord(whole.koji) ? whole.koji : {};
    const settings: KojiWebSettings = {};
    if (isRecord(koji.webByHub)) {
        settings.webByHub = {};
        for (const [hub, web] of Object.entries(koji.webByHub))
            if (typeof web === "string")
                settings.webByHub[hub] = web;
    }
    if (typeof koji.defaultWeb === "string" && koji.defaultWeb !== "")
        settings.defaultWeb = koji.defaultWeb;
    return settings;
}

const store = jsonFileStore(SETTINGS_FILE, decodeKojiSettings);

/** The Koji web settings of this user (value undefined while being read). */
export function useKojiSettings(): FileState<KojiWebSettings> {
    return store.useFile();
}

/** Saves the Koji web settings; resolves to an error message or null. */
export function saveKojiSettings(settings: KojiWebSettings): Promise<string | null> {
    return store.update(whole => ({ ...whole, koji: { webByHub: settings.webByHub ?? {}, defaultWeb: settings.defaultWeb ?? "" } }));
}

export const reloadSettings = (): Promise<void> => store.reload();
