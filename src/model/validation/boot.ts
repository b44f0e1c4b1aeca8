// Rules for what runs at install and first boot: customizations.installer, .firstboot,
// .iso and .bootloader. Pure.
import type { Path } from "../objectPath";
import { boolean, integer, oneOf, Problems, type Record_, requiredString, string, strings, table, tables, url } from "./check";
import { unitNames } from "./system";
import { isUserOrGroupName } from "./users";

export const FIRSTBOOT_SCRIPT_TYPES = ["custom", "satellite", "aap"] as const;

const SCRIPT_COMMON_FIELDS = ["type", "name", "ignore_failure", "after", "before"];
/** the fields each script type takes besides the common ones; composer rejects any other */
export const FIRSTBOOT_SCRIPT_FIELDS: Record<string, readonly string[]> = {
    custom: ["contents"],
    satellite: ["command", "cacerts"],
    aap: ["job_template_url", "host_config_key", "cacerts"],
};

function installer(c: Record_, out: Problems): void {
    const base = ["customizations", "installer"];
    const inst = table(c.installer, base, out);
    if (!inst)
        return;
    boolean(inst.unattended, [...base, "unattended"], out);
    // users, or groups written as %wheel
    for (const [who, i] of strings(inst["sudo-nopasswd"], [...base, "sudo-nopasswd"], out)) {
        const name = who.startsWith("%") ? who.slice(1) : who;
        if (!isUserOrGroupName(name))
            out.add([...base, "sudo-nopasswd", i], who.startsWith("%") ? "group-name" : "user-name");
    }
    const kickstart = table(inst.kickstart, [...base, "kickstart"], out);
    string(kickstart?.contents, [...base, "kickstart", "contents"], out);
    const modules = table(inst.modules, [...base, "modules"], out);
    strings(modules?.enable, [...base, "modules", "enable"], out);
    strings(modules?.disable, [...base, "modules", "disable"], out);
    const grub2 = table(table(inst.bootloader, [...base, "bootloader"], out)?.grub2, [...base, "bootloader", "grub2"], out);
    integer(grub2?.["menu-timeout"], [...base, "bootloader", "grub2", "menu-timeout"], out, 0);
    const flatpaks = table(table(inst.payload, [...base, "payload"], out)?.flatpaks, [...base, "payload", "flatpaks"], out);
    for (const [entry, i] of tables(flatpaks?.force, [...base, "payload", "flatpaks", "force"], out)) {
        const path = [...base, "payload", "flatpaks", "force", i];
        const registry = table(entry.registry, [...path, "registry"], out);
        if (registry) {
            requiredString(registry.remote_name, [...path, "registry", "remote_name"], out);
            requiredString(registry.url, [...path, "registry", "url"], out);
        }
        strings(entry.references, [...path, "references"], out);
    }
}

function script(s: Record_, path: Path, out: Problems): void {
    const type = requiredString(s.type, [...path, "type"], out);
    if (type === null)
        return;
    oneOf(type, FIRSTBOOT_SCRIPT_TYPES, [...path, "type"], out);
    const own = FIRSTBOOT_SCRIPT_FIELDS[type];
    if (!own || !Object.hasOwn(FIRSTBOOT_SCRIPT_FIELDS, type))
        return;
    string(s.name, [...path, "name"], out);
    boolean(s.ignore_failure, [...path, "ignore_failure"], out);
    unitNames(s.after, [...path, "after"], out);
    unitNames(s.before, [...path, "before"], out);
    for (const key of Object.keys(s)) {
        if (!SCRIPT_COMMON_FIELDS.includes(key) && !own.includes(key))
            out.add([...path, key], "field-not-allowed", { field: key, type });
    }
    if (type === "custom") {
        requiredString(s.contents, [...path, "contents"], out);
    } else if (type === "satellite") {
        requiredString(s.command, [...path, "command"], out);
    } else {
        requiredString(s.job_template_url, [...path, "job_template_url"], out);
        url(s.job_template_url, ["http", "https"], [...path, "job_template_url"], out);
        requiredString(s.host_config_key, [...path, "host_config_key"], out);
    }
    if (type !== "custom")
        string(s.cacerts, [...path, "cacerts"], out);
}

function firstboot(c: Record_, out: Problems): void {
    const fb = table(c.firstboot, ["customizations", "firstboot"], out);
    for (const [s, i] of tables(fb?.scripts, ["customizations", "firstboot", "scripts"], out))
        script(s, ["customizations", "firstboot", "scripts", i], out);
}

function iso(c: Record_, out: Problems): void {
    const base = ["customizations", "iso"];
    const i = table(c.iso, base, out);
    if (!i)
        return;
    string(i.application_id, [...base, "application_id"], out);
    string(i.publisher, [...base, "publisher"], out);
    const volumeId = string(i.volume_id, [...base, "volume_id"], out);
    if (volumeId !== null && !/^[\w-]+$/.test(volumeId))
        out.add([...base, "volume_id"], "volume-id");
}

function bootloader(c: Record_, out: Problems): void {
    const base = ["customizations", "bootloader", "grub2"];
    const grub2 = table(table(c.bootloader, ["customizations", "bootloader"], out)?.grub2, base, out);
    strings(grub2?.terminal_input, [...base, "terminal_input"], out);
    strings(grub2?.terminal_output, [...base, "terminal_output"], out);
    string(grub2?.serial, [...base, "serial"], out);
}

export function validateBoot(c: Record_, out: Problems): void {
    installer(c, out);
    firstboot(c, out);
    iso(c, out);
    bootloader(c, out);
}
