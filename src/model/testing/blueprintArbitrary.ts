// fast-check generators of blueprints with every section of the schema (reference §2) and
// unknown keys at every level, for the lossless property tests. Test support only: it
// imports a dev dependency and is never part of the bundle.
import fc from "fast-check";

import type { Blueprint } from "../blueprint";

type Model = Record<string, fc.Arbitrary<unknown>>;

/** Text with the characters TOML must escape, and unicode */
export const text = fc.oneof(
    fc.string({ maxLength: 10 }),
    fc.string({ unit: "grapheme", maxLength: 5 }),
    fc.string({ unit: "binary-ascii", maxLength: 6 }), // control characters too
    fc.constantFrom("", "a\nb", 'q"uote', "back\\slash", "tab\there", "cr\r\nlf", "#not a comment", "[x]", "ünïcödé", "$6$salt$hash", "'''", '"""'),
);
const word = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const integer = fc.oneof(fc.integer(), fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));
const float = fc.double({ noNaN: true, noDefaultInfinity: true }).filter(x => !Number.isInteger(x));

/** Keys this UI does not know: prefixed, or written so that TOML must quote them */
export const unknownKey = fc.oneof(
    fc.stringMatching(/^x-[a-z0-9_]{1,6}$/),
    fc.string({ unit: "binary-ascii", maxLength: 4 }).map(key => `x${key}`),
    fc.constantFrom("future", "with space", "dotted.key", "ünï", 'qu"ote', "", "123", "true", "-"),
);

/** Any value TOML and JSON can both hold (no null) */
export const unknownValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; table: unknown }>(tie => ({
    value: fc.oneof({ depthSize: "small" }, text, integer, fc.boolean(), float, fc.array(tie("value"), { maxLength: 3 }), tie("table")),
    table: fc.dictionary(unknownKey, tie("value"), { maxKeys: 3, noNullPrototype: true }),
})).value;

function withUnknown(known: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
    return fc.tuple(known, fc.dictionary(unknownKey, unknownValue, { maxKeys: 2, noNullPrototype: true }))
        .map(([k, extra]) => ({ ...extra, ...k }));
}

/** A table whose known fields are all optional, plus unknown keys */
function table(model: Model): fc.Arbitrary<Record<string, unknown>> {
    return withUnknown(fc.record(model, { requiredKeys: [], noNullPrototype: true }));
}

/** A table with some required fields */
function tableWith(required: string[], model: Model): fc.Arbitrary<Record<string, unknown>> {
    return withUnknown(fc.record(model, { requiredKeys: required, noNullPrototype: true }));
}

const list = <T>(arb: fc.Arbitrary<T>, maxLength = 3) => fc.array(arb, { maxLength });
const words = list(word);
const size = fc.oneof(fc.nat(), fc.constantFrom("2 GiB", "500 MiB", "1 TB", "1024"));
const id = fc.integer({ min: 0, max: 4294967294 });

const pkg = tableWith(["name"], { name: word, version: fc.oneof(word, fc.constant("*")) });
const logicalVolume = table({ name: word, minsize: size, mountpoint: text, label: word, fs_type: fc.constantFrom("ext4", "xfs", "vfat", "swap") });
const partition = fc.oneof(
    table({ type: fc.constant("plain"), minsize: size, part_type: word, part_label: word, part_uuid: word, mountpoint: text, label: word, fs_type: word }),
    tableWith(["type"], { type: fc.constant("lvm"), name: word, minsize: size, logical_volumes: list(logicalVolume) }),
    tableWith(["type"], { type: fc.constant("btrfs"), minsize: size, subvolumes: list(tableWith(["name"], { name: word, mountpoint: text })) }),
);
const script = tableWith(["type"], {
    type: fc.constantFrom("custom", "satellite", "aap"), name: text, ignore_failure: fc.boolean(), after: words, before: words,
    contents: text, command: text, cacerts: text, job_template_url: text, host_config_key: text,
});

const customizations = table({
    hostname: word,
    kernel: table({ name: word, append: text }),
    sshkey: list(tableWith(["user", "key"], { user: word, key: text })),
    user: list(tableWith(["name"], {
        name: word, description: text, password: text, key: text, home: text, shell: text, groups: words,
        uid: id, gid: id, expiredate: fc.nat(), force_password_reset: fc.boolean(),
    })),
    group: list(tableWith(["name"], { name: word, gid: id })),
    timezone: table({ timezone: text, ntpservers: words }),
    locale: table({ languages: words, keyboard: word }),
    firewall: table({ ports: words, services: table({ enabled: words, disabled: words }), zones: list(table({ name: word, sources: words })) }),
    services: table({ enabled: words, disabled: words, masked: words }),
    filesystem: list(withUnknown(fc.record({ mountpoint: text, minsize: size }, { noNullPrototype: true }))),
    disk: table({ type: fc.constantFrom("gpt", "dos"), minsize: size, start_offset: size, sector_size: fc.constantFrom(512, 4096), partitions: list(partition) }),
    installation_device: text,
    partitioning_mode: fc.constantFrom("", "auto-lvm", "lvm", "raw"),
    fdo: table({ manufacturing_server_url: text, diun_pub_key_insecure: text, diun_pub_key_hash: text, diun_pub_key_root_certs: text, di_mfg_string_type_mac_iface: text }),
    openscap: table({
        datastream: text, profile_id: text, policy_id: text,
        tailoring: table({ selected: words, unselected: words }), json_tailoring: table({ profile_id: text, filepath: text }),
    }),
    ignition: table({ embedded: table({ config: text }), firstboot: table({ url: text, empty: fc.boolean() }) }),
    directories: list(tableWith(["path"], { path: text, user: fc.oneof(word, id), group: fc.oneof(word, id), mode: word, ensure_parents: fc.boolean() })),
    files: list(tableWith(["path"], { path: text, user: fc.oneof(word, id), group: fc.oneof(word, id), mode: word, data: text, uri: text })),
    repositories: list(tableWith(["id"], {
        id: word, baseurls: list(text), gpgkeys: list(text), metalink: text, mirrorlist: text, name: text, priority: integer,
        enabled: fc.boolean(), gpgcheck: fc.boolean(), repo_gpgcheck: fc.boolean(), sslverify: fc.boolean(), module_hotfixes: fc.boolean(),
        filename: word, install_from: fc.boolean(),
    })),
    fips: fc.boolean(),
    installer: table({
        unattended: fc.boolean(), "sudo-nopasswd": words, kickstart: table({ contents: text }), modules: table({ enable: words, disable: words }),
        bootloader: table({ grub2: table({ "menu-timeout": fc.nat() }) }),
        payload: table({ flatpaks: table({ force: list(table({ registry: table({ remote_name: word, url: text }), references: words })) }) }),
    }),
    rpm: table({ import_keys: table({ files: list(text) }) }),
    rhsm: table({ config: table({
        dnf_plugins: table({ product_id: table({ enabled: fc.boolean() }), subscription_manager: table({ enabled: fc.boolean() }) }),
        subscription_manager: table({ rhsm: table({ manage_repos: fc.boolean(), auto_enable_yum_plugins: fc.boolean() }), rhsmcertd: table({ auto_registration: fc.boolean() }) }),
    }) }),
    cacerts: table({ pem_certs: list(text) }),
    "containers-storage": table({ "destination-path": text }),
    firstboot: table({ scripts: list(script) }),
    dnf: table({ config: table({ set_releasever: fc.boolean() }) }),
    iso: table({ application_id: text, publisher: text, volume_id: word }),
    sshd: table({ password_authentication: fc.boolean(), client_alive_interval: fc.nat(), permit_root_login: word, kbd_interactive_authentication: fc.boolean() }),
    bootloader: table({ grub2: table({ terminal_input: words, terminal_output: words, serial: text }) }),
});

/** A blueprint with any of the schema's fields and unknown keys everywhere, as plain JSON-like objects */
export const blueprintArbitrary: fc.Arbitrary<Blueprint> = tableWith(["name"], {
    name: word,
    description: text,
    version: fc.constantFrom("0.0.1", "1.2.3", ""),
    distro: fc.constantFrom("fedora-43", "rhel-9.6"),
    architecture: fc.constantFrom("x86_64", "aarch64"),
    packages: list(pkg),
    modules: list(pkg),
    groups: list(tableWith(["name"], { name: word })),
    enabled_modules: list(tableWith(["name"], { name: word, stream: word })),
    containers: list(tableWith(["source"], { source: text, name: text, "tls-verify": fc.boolean(), "local-storage": fc.boolean() })),
    customizations,
}).map(bp => JSON.parse(JSON.stringify(bp)) as Blueprint);
