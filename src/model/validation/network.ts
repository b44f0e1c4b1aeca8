// Rules for customizations.firewall and .repositories. Pure.
import type { Path } from "../objectPath";
import { boolean, duplicates, integer, Problems, type Record_, requiredString, string, strings, table, tables, url } from "./check";

const PORT_PROTOCOLS = ["tcp", "udp", "sctp", "dccp"];

/** "22:tcp", "8000-8080:udp", "imap:tcp" */
export function isFirewallPort(text: string): boolean {
    const match = /^(?:(\d+)(?:-(\d+))?|([a-z][a-z0-9_.+-]*)):([a-z]+)$/.exec(text);
    if (!match || !PORT_PROTOCOLS.includes(match[4]))
        return false;
    if (match[3] !== undefined)
        return true;
    const low = Number(match[1]);
    const high = match[2] === undefined ? low : Number(match[2]);
    return low >= 1 && high <= 65535 && low <= high;
}

/** A firewalld service name, e.g. "http", "freeipa-ldaps", "RH-Satellite-6" */
export function isFirewallService(text: string): boolean {
    return /^[A-Za-z0-9_.+-]+$/.test(text);
}

function firewall(c: Record_, out: Problems): void {
    const base = ["customizations", "firewall"];
    const f = table(c.firewall, base, out);
    if (!f)
        return;
    for (const [port, i] of strings(f.ports, [...base, "ports"], out)) {
        if (!isFirewallPort(port))
            out.add([...base, "ports", i], "port");
    }
    const services = table(f.services, [...base, "services"], out);
    for (const field of ["enabled", "disabled"]) {
        for (const [service, i] of strings(services?.[field], [...base, "services", field], out)) {
            if (!isFirewallService(service))
                out.add([...base, "services", field, i], "service-name");
        }
    }
    for (const [zone, i] of tables(f.zones, [...base, "zones"], out)) {
        string(zone.name, [...base, "zones", i, "name"], out);
        strings(zone.sources, [...base, "zones", i, "sources"], out);
    }
}

const REPO_URL_SCHEMES = ["http", "https", "ftp", "file"];

function repository(repo: Record_, path: Path, out: Problems): void {
    requiredString(repo.id, [...path, "id"], out);
    string(repo.name, [...path, "name"], out);
    const baseurls = strings(repo.baseurls, [...path, "baseurls"], out);
    for (const [, i] of baseurls)
        url((repo.baseurls as unknown[])[i], REPO_URL_SCHEMES, [...path, "baseurls", i], out);
    url(repo.metalink, REPO_URL_SCHEMES, [...path, "metalink"], out);
    url(repo.mirrorlist, REPO_URL_SCHEMES, [...path, "mirrorlist"], out);
    if (baseurls.length === 0 && !repo.metalink && !repo.mirrorlist)
        out.add([...path, "baseurls"], "one-of-required", { fields: "baseurls, metalink, mirrorlist" });
    // a key is either a URL or an armored key pasted in
    for (const [key, i] of strings(repo.gpgkeys, [...path, "gpgkeys"], out)) {
        if (!key.includes("-----BEGIN PGP PUBLIC KEY BLOCK-----"))
            url(key, REPO_URL_SCHEMES, [...path, "gpgkeys", i], out);
    }
    integer(repo.priority, [...path, "priority"], out);
    for (const flag of ["enabled", "gpgcheck", "repo_gpgcheck", "sslverify", "module_hotfixes", "install_from"])
        boolean(repo[flag], [...path, flag], out);
    const filename = string(repo.filename, [...path, "filename"], out);
    if (filename !== null && !/^[\w.-]{1,250}\.repo$/.test(filename))
        out.add([...path, "filename"], "repo-filename");
}

export function validateNetwork(c: Record_, out: Problems): void {
    firewall(c, out);
    const repos = tables(c.repositories, ["customizations", "repositories"], out);
    for (const [repo, i] of repos)
        repository(repo, ["customizations", "repositories", i], out);
    duplicates(repos.map(([r, i]) => [r.id, ["customizations", "repositories", i, "id"]]), "repository", out);
}
