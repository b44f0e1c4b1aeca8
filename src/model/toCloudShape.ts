// The Cloud API's Blueprint schema (cloudapi-openapi.v2.yml, components/schemas/Blueprint and what
// it refers to) as the shape toCloud.ts converts into: the keys it has, their types, what it
// requires, and the Weldr keys it spells differently. Keys not listed are not carried. Pure data.

export type Shape =
    | "string" | "boolean" | "integer" | "string|integer" | "uri" | "uuid"
    | "size"  // bytes or "<n> <unit>" in, text with units out (schema minsize)
    | { enum: readonly string[]; emptyIsDefault?: boolean }
    | { array: Shape; minItems?: number }
    | { oneOf: (value: unknown) => Shape }
    | { object: Readonly<Record<string, Shape>>; required?: readonly string[]; rename?: Readonly<Record<string, string>>; silent?: readonly string[] };

const strings: Shape = { array: "string" };
const FS_TYPES = ["ext4", "xfs", "vfat", "swap"];

const PLAIN: Shape = {
    object: { type: { enum: ["plain"] }, part_type: "string", minsize: "size", mountpoint: "string", label: "string", fs_type: { enum: FS_TYPES } },
    required: ["fs_type"],
};
const BTRFS: Shape = {
    object: {
        type: { enum: ["btrfs"] }, part_type: "string", minsize: "size",
        subvolumes: { array: { object: { name: "string", mountpoint: "string" }, required: ["name", "mountpoint"] } },
    },
    required: ["type", "subvolumes"],
};
const VOLUME_GROUP: Shape = {
    object: {
        type: { enum: ["lvm"] }, part_type: "string", name: "string", minsize: "size",
        logical_volumes: {
            array: {
                object: { name: "string", minsize: "size", mountpoint: "string", label: "string", fs_type: { enum: FS_TYPES } },
                required: ["fs_type"],
            },
        },
    },
    required: ["type", "logical_volumes"],
};
const partitionType = (value: unknown): unknown => (typeof value === "object" && value !== null ? (value as Record<string, unknown>).type : undefined);

const DISK: Shape = {
    object: {
        type: { enum: ["gpt", "dos"] },
        minsize: "size",
        partitions: { array: { oneOf: value => partitionType(value) === "btrfs" ? BTRFS : partitionType(value) === "lvm" ? VOLUME_GROUP : PLAIN } },
    },
    required: ["partitions"],
};

const OWNED_PATH = { path: "string", mode: "string", user: "string|integer", group: "string|integer" } as const;

const CUSTOMIZATIONS: Shape = {
    object: {
        hostname: "string",
        kernel: { object: { name: "string", append: "string" } },
        sshkey: { array: { object: { user: "string", key: "string" }, required: ["user", "key"] } },
        user: {
            array: {
                object: {
                    name: "string", description: "string", password: "string", key: "string", home: "string", shell: "string",
                    groups: strings, uid: "integer", gid: "integer",
                },
                required: ["name"],
            },
        },
        group: { array: { object: { name: "string", gid: "integer" }, required: ["name"] } },
        timezone: { object: { timezone: "string", ntpservers: strings } },
        locale: { object: { languages: strings, keyboard: "string" } },
        firewall: {
            object: {
                ports: strings,
                services: { object: { enabled: strings, disabled: strings } },
                zones: { array: { object: { name: "string", sources: strings } } },
            },
        },
        services: {
            object: {
                enabled: { array: "string", minItems: 1 },
                disabled: { array: "string", minItems: 1 },
                masked: { array: "string", minItems: 1 },
            },
        },
        filesystem: { array: { object: { mountpoint: "string", minsize: "size" }, required: ["mountpoint", "minsize"] } },
        disk: DISK,
        dnf: { object: { config: { object: { set_releasever: "boolean" } } } },
        installation_device: "string",
        partitioning_mode: { enum: ["raw", "lvm", "auto-lvm"], emptyIsDefault: true },
        fdo: {
            object: {
                manufacturing_server_url: "string", diun_pub_key_insecure: "string", diun_pub_key_hash: "string",
                diun_pub_key_root_certs: "string", di_mfg_string_type_mac_iface: "string",
            },
        },
        openscap: {
            object: {
                policy_id: "uuid", profile_id: "string", datastream: "string",
                tailoring: { object: { selected: strings, unselected: strings } },
                json_tailoring: { object: { profile_id: "string", filepath: "string" }, required: ["profile_id", "filepath"] },
            },
            required: ["profile_id"],
        },
        ignition: {
            object: {
                embedded: { object: { config: "string" }, required: ["config"] },
                firstboot: { object: { url: "string" }, required: ["url"] },
            },
        },
        directories: { array: { object: { ...OWNED_PATH, ensure_parents: "boolean" }, required: ["path"] } },
        files: { array: { object: { ...OWNED_PATH, data: "string" }, required: ["path"] } },
        repositories: {
            array: {
                object: {
                    id: "string", baseurls: { array: "uri" }, gpgkeys: strings, metalink: "uri", mirrorlist: "uri", name: "string",
                    priority: "integer", enabled: "boolean", gpgcheck: "boolean", repo_gpgcheck: "boolean", sslverify: "boolean",
                    filename: "string", module_hotfixes: "boolean",
                },
                required: ["id"],
            },
        },
        fips: "boolean",
        installer: { object: { "unattended": "boolean", "sudo-nopasswd": strings } },
        rpm: { object: { import_keys: { object: { files: strings } } } },
        rhsm: {
            object: {
                config: {
                    object: {
                        dnf_plugins: {
                            object: {
                                product_id: { object: { enabled: "boolean" } },
                                subscription_manager: { object: { enabled: "boolean" } },
                            },
                        },
                        subscription_manager: {
                            object: {
                                rhsm: { object: { manage_repos: "boolean", auto_enable_yum_plugins: "boolean" } },
                                rhsmcertd: { object: { auto_registration: "boolean" } },
                            },
                        },
                    },
                },
            },
        },
        cacerts: { object: { pem_certs: strings }, required: ["pem_certs"] },
    },
};

const PACKAGE: Shape = { object: { name: "string", version: "string" }, required: ["name"] };

export const BLUEPRINT_SHAPE: Shape = {
    object: {
        name: "string",
        description: "string",
        version: "string",
        distro: "string",
        packages: { array: PACKAGE },
        modules: { array: PACKAGE },
        enabled_modules: { array: { object: { name: "string", stream: "string" }, required: ["name", "stream"] } },
        groups: { array: { object: { name: "string" }, required: ["name"] } },
        containers: {
            array: {
                object: { source: "string", name: "string", tls_verify: "boolean" },
                required: ["source"],
                rename: { "tls-verify": "tls_verify" },
            },
        },
        customizations: CUSTOMIZATIONS,
    },
    required: ["name"],
    // the image request carries the architecture
    silent: ["architecture"],
};
