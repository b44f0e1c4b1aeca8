// What is wrong with a blueprint, and where: a path into the blueprint object and a code.
// The UI turns codes into translated sentences (src/blueprints/editor/problemText.ts),
// so this module stays pure and the set of codes is closed.
import type { Path } from "../objectPath";

export type ProblemCode =
    | "required"              // an empty required field
    | "blueprint-name"        // not ^[a-zA-Z0-9._-]+$
    | "semver"                // version is not MAJOR.MINOR.PATCH
    | "user-name"             // not a valid Linux user name
    | "group-name"            // not a valid Linux group name
    | "duplicate"             // params.what: the same name/id/mountpoint twice
    | "id-number"             // uid/gid not a whole number 0..2^32-2  (params.max)
    | "not-integer"           // a whole number was expected
    | "size"                  // not bytes or "<n> <unit>" (B, kB, KiB, MB, MiB, GB, GiB, TB, TiB)
    | "absolute-path"         // a mountpoint or path that does not start with "/"
    | "mountpoint"            // a mountpoint that cannot be used (params.reason)
    | "port"                  // firewall port not "<port>[-<port>]:<proto>" or "<service>:<proto>"
    | "file-mode"             // not an octal mode like "0644"
    | "data-xor-uri"          // files: both or neither of data and uri
    | "url-xor-empty"         // ignition firstboot: both url and empty
    | "one-volume-group"      // more than one lvm partition
    | "one-btrfs-volume"      // more than one btrfs partition
    | "lvm-and-btrfs"         // lvm and btrfs partitions mixed
    | "dos-partitions"        // more than 4 partitions on a dos table
    | "pem"                   // not a PEM certificate
    | "url"                   // not an http(s)/ftp/file URL as the field needs (params.schemes)
    | "enum"                  // not one of params.allowed
    | "hostname"              // not a valid host name
    | "kernel-append"         // control characters in kernel arguments
    | "ssh-key"               // not an ssh public key line
    | "repo-filename"         // repositories[].filename not ^[\w.-]{1,250}\.repo$
    | "volume-id"             // iso volume_id not ^[\w\d_-]+$
    | "sector-size"           // disk sector_size not a power of 2 (512, 4096)
    | "unit-name"             // a systemd unit/service name with spaces or slashes
    | "package-name"          // a package name with spaces
    | "glob-version"          // a package version with spaces
    // added with the validation rules (issue 3):
    | "wrong-type"            // params.expected: "string" | "boolean" | "integer" | "list" | "table"
    | "field-not-allowed"     // a key the schema rejects here (firstboot scripts: per type; params.field)
    | "range"                 // a number outside params.min..params.max (either may be absent)
    | "timezone"              // not a tz database name like "Europe/Berlin" or "UTC"
    | "locale"                // not a locale like "en_US.UTF-8"
    | "keyboard"              // a keyboard layout with spaces or control characters
    | "service-name"          // a firewalld service name with characters it does not allow
    | "one-of-required";      // none of params.fields is set, one is needed (repositories: baseurls/metalink/mirrorlist)

export interface Problem {
    /** where in the blueprint, e.g. ["customizations", "user", 0, "uid"] */
    path: Path;
    code: ProblemCode;
    /** values for the sentence, e.g. { what: "user", max: 4294967294 } */
    params?: Record<string, string | number>;
}
