// The order keys are written in when a blueprint becomes text: the schema's order, so that
// a TOML file reads like the reference; keys the schema does not know follow, in their own
// order. Only the order changes, never a value. Pure.

const ORDERS: [string, readonly string[]][] = [
    ["", ["name", "description", "version", "distro", "architecture", "packages", "modules", "groups", "enabled_modules", "containers", "customizations"]],
    ["packages.*", ["name", "version"]],
    ["modules.*", ["name", "version"]],
    ["enabled_modules.*", ["name", "stream"]],
    ["containers.*", ["source", "name", "tls-verify", "local-storage"]],
    ["customizations", [
        "hostname", "kernel", "sshkey", "user", "group", "timezone", "locale", "firewall", "services", "filesystem", "disk",
        "installation_device", "partitioning_mode", "fdo", "openscap", "ignition", "directories", "files", "repositories", "fips",
        "installer", "rpm", "rhsm", "cacerts", "containers-storage", "firstboot", "dnf", "iso", "sshd", "bootloader",
    ]],
    ["customizations.kernel", ["name", "append"]],
    ["customizations.sshkey.*", ["user", "key"]],
    ["customizations.user.*", ["name", "description", "password", "key", "home", "shell", "groups", "uid", "gid", "expiredate", "force_password_reset"]],
    ["customizations.group.*", ["name", "gid"]],
    ["customizations.timezone", ["timezone", "ntpservers"]],
    ["customizations.locale", ["languages", "keyboard"]],
    ["customizations.firewall", ["ports", "services", "zones"]],
    ["customizations.services", ["enabled", "disabled", "masked"]],
    ["customizations.filesystem.*", ["mountpoint", "minsize", "size"]],
    ["customizations.disk", ["type", "minsize", "start_offset", "sector_size", "partitions"]],
    ["customizations.disk.partitions.*", ["type", "name", "minsize", "mountpoint", "label", "fs_type", "part_type", "part_label", "part_uuid", "logical_volumes", "subvolumes"]],
    ["customizations.disk.partitions.*.logical_volumes.*", ["name", "minsize", "mountpoint", "label", "fs_type"]],
    ["customizations.disk.partitions.*.subvolumes.*", ["name", "mountpoint"]],
    ["customizations.directories.*", ["path", "user", "group", "mode", "ensure_parents"]],
    ["customizations.files.*", ["path", "user", "group", "mode", "data", "uri"]],
    ["customizations.repositories.*", ["id", "name", "filename", "baseurls", "metalink", "mirrorlist", "gpgkeys", "gpgcheck", "repo_gpgcheck", "sslverify", "enabled", "priority", "module_hotfixes", "install_from"]],
    ["customizations.openscap", ["datastream", "profile_id", "policy_id", "tailoring", "json_tailoring"]],
    ["customizations.firstboot.scripts.*", ["type", "name", "ignore_failure", "after", "before", "contents", "command", "job_template_url", "host_config_key", "cacerts"]],
];

const ORDER_BY_PATTERN = new Map(ORDERS);

function isTable(value: unknown): value is Record<string, unknown> {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    return prototype === Object.prototype || prototype === null;
}

/** Sets a key even when it is "__proto__" (an ordinary key in TOML and JSON) */
export function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function reorder(value: unknown, pattern: string, dropNull: boolean): unknown {
    if (Array.isArray(value)) {
        const items = dropNull ? value.filter(item => item !== null && item !== undefined) : value;
        return items.map(item => reorder(item, pattern === "" ? "*" : `${pattern}.*`, dropNull));
    }
    if (!isTable(value))
        return value;
    const order = ORDER_BY_PATTERN.get(pattern) ?? [];
    const keys = [...order.filter(key => Object.hasOwn(value, key)), ...Object.keys(value).filter(key => !order.includes(key))];
    const result: Record<string, unknown> = {};
    for (const key of keys) {
        if (dropNull && (value[key] === null || value[key] === undefined))
            continue;
        defineKey(result, key, reorder(value[key], pattern === "" ? key : `${pattern}.${key}`, dropNull));
    }
    return result;
}

/**
 * A copy of a blueprint with its keys in the schema's order. With dropNull, null values
 * (which JSON can hold and TOML cannot) are left out, in tables and in lists.
 */
export function inSchemaOrder<T>(blueprint: T, dropNull = false): T {
    return reorder(blueprint, "", dropNull) as T;
}
