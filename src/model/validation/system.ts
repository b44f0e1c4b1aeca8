// Rules for the running system: hostname, kernel, time, locale, systemd services, sshd
// and the small switches (fips, dnf, rhsm, fdo, containers-storage). Pure.
import type { Path } from "../objectPath";
import {
    absolutePath, boolean, CONTROL_CHARACTERS, integer, Problems, type Record_, string, strings, table, url,
} from "./check";

const HOST_LABEL = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isHostname(text: string): boolean {
    return text.length <= 253 && text.split(".").every(label => HOST_LABEL.test(label));
}

function isIpAddress(text: string): boolean {
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(text))
        return text.split(".").every(part => Number(part) <= 255);
    return text.includes(":") && /^[0-9A-Fa-f:.]+$/.test(text);
}

/** A systemd unit name: "sshd", "sshd.service", "getty@tty1.service", "foo\x2dbar.mount" */
export function isUnitName(text: string): boolean {
    return text.length <= 255 && /^[A-Za-z0-9:_.@\\-]+$/.test(text);
}

export function isTimezone(text: string): boolean {
    return /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(text);
}

export function isLocale(text: string): boolean {
    return /^(C|POSIX|[a-z]{2,3}(_[A-Za-z0-9]{2,3})?)(\.[A-Za-z0-9_-]+)?(@[A-Za-z0-9_]+)?$/.test(text);
}

export function unitNames(value: unknown, path: Path, out: Problems): void {
    for (const [name, i] of strings(value, path, out)) {
        if (!isUnitName(name))
            out.add([...path, i], "unit-name");
    }
}

function kernel(c: Record_, out: Problems): void {
    const k = table(c.kernel, ["customizations", "kernel"], out);
    if (!k)
        return;
    const name = string(k.name, ["customizations", "kernel", "name"], out);
    if (name !== null && (name === "" || /\s/.test(name)))
        out.add(["customizations", "kernel", "name"], "package-name");
    const append = string(k.append, ["customizations", "kernel", "append"], out);
    if (append && CONTROL_CHARACTERS.test(append))
        out.add(["customizations", "kernel", "append"], "kernel-append");
}

function time(c: Record_, out: Problems): void {
    const t = table(c.timezone, ["customizations", "timezone"], out);
    if (!t)
        return;
    const zone = string(t.timezone, ["customizations", "timezone", "timezone"], out);
    if (zone && !isTimezone(zone))
        out.add(["customizations", "timezone", "timezone"], "timezone");
    for (const [server, i] of strings(t.ntpservers, ["customizations", "timezone", "ntpservers"], out)) {
        if (!isHostname(server) && !isIpAddress(server))
            out.add(["customizations", "timezone", "ntpservers", i], "hostname");
    }
}

function locale(c: Record_, out: Problems): void {
    const l = table(c.locale, ["customizations", "locale"], out);
    if (!l)
        return;
    for (const [language, i] of strings(l.languages, ["customizations", "locale", "languages"], out)) {
        if (!isLocale(language))
            out.add(["customizations", "locale", "languages", i], "locale");
    }
    const keyboard = string(l.keyboard, ["customizations", "locale", "keyboard"], out);
    if (keyboard && (/\s/.test(keyboard) || CONTROL_CHARACTERS.test(keyboard)))
        out.add(["customizations", "locale", "keyboard"], "keyboard");
}

function services(c: Record_, out: Problems): void {
    const s = table(c.services, ["customizations", "services"], out);
    if (!s)
        return;
    for (const field of ["enabled", "disabled", "masked"])
        unitNames(s[field], ["customizations", "services", field], out);
}

function sshd(c: Record_, out: Problems): void {
    const s = table(c.sshd, ["customizations", "sshd"], out);
    if (!s)
        return;
    boolean(s.password_authentication, ["customizations", "sshd", "password_authentication"], out);
    boolean(s.kbd_interactive_authentication, ["customizations", "sshd", "kbd_interactive_authentication"], out);
    integer(s.client_alive_interval, ["customizations", "sshd", "client_alive_interval"], out, 0);
    string(s.permit_root_login, ["customizations", "sshd", "permit_root_login"], out);
}

function switches(c: Record_, out: Problems): void {
    boolean(c.fips, ["customizations", "fips"], out);
    absolutePath(c.installation_device, ["customizations", "installation_device"], out);

    const dnfConfig = table(table(c.dnf, ["customizations", "dnf"], out)?.config, ["customizations", "dnf", "config"], out);
    boolean(dnfConfig?.set_releasever, ["customizations", "dnf", "config", "set_releasever"], out);

    const storage = table(c["containers-storage"], ["customizations", "containers-storage"], out);
    absolutePath(storage?.["destination-path"], ["customizations", "containers-storage", "destination-path"], out);

    const fdo = table(c.fdo, ["customizations", "fdo"], out);
    if (fdo) {
        for (const field of ["manufacturing_server_url", "diun_pub_key_insecure", "diun_pub_key_hash", "diun_pub_key_root_certs", "di_mfg_string_type_mac_iface"])
            string(fdo[field], ["customizations", "fdo", field], out);
        url(fdo.manufacturing_server_url, ["http", "https"], ["customizations", "fdo", "manufacturing_server_url"], out);
    }
}

function rhsm(c: Record_, out: Problems): void {
    const base = ["customizations", "rhsm"];
    const config = table(table(c.rhsm, base, out)?.config, [...base, "config"], out);
    if (!config)
        return;
    const plugins = table(config.dnf_plugins, [...base, "config", "dnf_plugins"], out);
    for (const plugin of ["product_id", "subscription_manager"]) {
        const p = table(plugins?.[plugin], [...base, "config", "dnf_plugins", plugin], out);
        boolean(p?.enabled, [...base, "config", "dnf_plugins", plugin, "enabled"], out);
    }
    const manager = table(config.subscription_manager, [...base, "config", "subscription_manager"], out);
    const r = table(manager?.rhsm, [...base, "config", "subscription_manager", "rhsm"], out);
    boolean(r?.manage_repos, [...base, "config", "subscription_manager", "rhsm", "manage_repos"], out);
    boolean(r?.auto_enable_yum_plugins, [...base, "config", "subscription_manager", "rhsm", "auto_enable_yum_plugins"], out);
    const certd = table(manager?.rhsmcertd, [...base, "config", "subscription_manager", "rhsmcertd"], out);
    boolean(certd?.auto_registration, [...base, "config", "subscription_manager", "rhsmcertd", "auto_registration"], out);
}

export function validateSystem(c: Record_, out: Problems): void {
    const hostname = string(c.hostname, ["customizations", "hostname"], out);
    if (hostname && !isHostname(hostname))
        out.add(["customizations", "hostname"], "hostname");
    kernel(c, out);
    time(c, out);
    locale(c, out);
    services(c, out);
    sshd(c, out);
    switches(c, out);
    rhsm(c, out);
}
