// The host's distribution as composer names it, and whether composer can build for it.
// Composer takes its default distribution from the host's /etc/os-release as `ID-VERSION_ID`
// (reference §1.2: fedora-43, rhel-9.6, centos-10; Debian 12 gives debian-12, which it does not
// support, and then every Weldr call without ?distro= fails with "Unknown distribution: debian-12").
// Two sources are combined: the os-release text, and composer's own answer to a call without a
// distribution. Pure.

/** The KEY=value pairs of an os-release file (quotes and backslash escapes removed, comments skipped) */
export function parseOsRelease(text: string): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const line of text.split(/\r?\n/)) {
        const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
        if (!match)
            continue;
        let value = match[2].trim();
        const quote = value[0];
        if ((quote === "\"" || quote === "'") && value.length >= 2 && value.endsWith(quote))
            value = value.slice(1, -1);
        if (quote === "\"")
            value = value.replace(/\\([\\"$`])/g, "$1");
        fields[match[1]] = value;
    }
    return fields;
}

/** Composer's name of the distribution an os-release describes (`ID-VERSION_ID`), or null without both */
export function composerDistroName(osRelease: Record<string, string>): string | null {
    const id = osRelease.ID?.trim();
    const version = osRelease.VERSION_ID?.trim();
    return id && version ? `${id}-${version}` : null;
}

/** The host distribution a Weldr "Unknown distribution: X" reply (to a call without ?distro=) names */
export function unknownDistroIn(message: string): string | null {
    return /^Unknown distribution: (\S+)$/.exec(message.trim())?.[1] ?? null;
}

export type HostDistro =
    /** composer builds for it: the default of the dialog's distribution */
    | { kind: "supported"; name: string; prettyName?: string }
    /** composer does not build for it: the user chooses a distribution */
    | { kind: "unsupported"; name: string; prettyName?: string }
    /** not known (yet): composer's own default applies where the API has one */
    | { kind: "unknown" };

export interface HostDistroFacts {
    /** the host's /etc/os-release; null when it could not be read, undefined while reading */
    osRelease?: string | null;
    /**
     * composer's answer to compose/types without a distribution: "ok", or the message of its
     * refusal; undefined while asking
     */
    probe?: "ok" | { message: string };
    /** distros/list for the architecture; undefined while asking */
    distros?: readonly string[];
}

/**
 * What is known of the host's distribution. Composer's refusal naming its host distribution wins
 * (it is what composer itself read); else the os-release name when composer lists it; else unknown
 * (for instance when the two disagree, as when composer runs elsewhere than the file was read).
 */
export function hostDistro(facts: HostDistroFacts): HostDistro {
    const fields = typeof facts.osRelease === "string" ? parseOsRelease(facts.osRelease) : {};
    const fromFile = composerDistroName(fields);
    const pretty = fields.PRETTY_NAME || undefined;
    const withPretty = (name: string) => (pretty && name === fromFile ? { prettyName: pretty } : {});
    if (facts.probe !== undefined && facts.probe !== "ok") {
        const refused = unknownDistroIn(facts.probe.message);
        if (refused)
            return { kind: "unsupported", name: refused, ...withPretty(refused) };
    }
    if (fromFile && facts.distros?.includes(fromFile) && facts.probe !== undefined)
        return { kind: "supported", name: fromFile, ...withPretty(fromFile) };
    return { kind: "unknown" };
}
