// Every validation problem as a translated sentence shown at the field it concerns. The
// switch is exhaustive: a new ProblemCode does not compile until it has its sentence here.
import { _, format } from "../../../pkg/lib/gettext";
import type { Problem } from "../../model/validation/types";

function param(problem: Problem, name: string): string {
    const value = problem.params?.[name];
    return value === undefined ? "" : String(value);
}

/** The thing that appears twice, in words; the rules name it with a plain English token */
function whatText(what: string): string {
    switch (what) {
    case "name": return _("name");
    case "user": return _("user name");
    case "group": return _("group name");
    case "uid": return _("user ID");
    case "gid": return _("group ID");
    case "mountpoint": return _("mount point");
    case "path": return _("path");
    case "id": return _("ID");
    case "repository": return _("repository ID");
    case "filename": return _("file name");
    case "package": return _("package");
    case "module": return _("module");
    case "zone": return _("zone");
    case "port": return _("port");
    case "service": return _("service");
    case "script": return _("script name");
    case "partition": return _("partition");
    case "logical volume": return _("logical volume");
    case "subvolume": return _("subvolume");
    case "container": return _("container");
    case "language": return _("language");
    default: return what;
    }
}

function typeText(expected: string): string {
    switch (expected) {
    case "string": return _("Expected text.");
    case "boolean": return _("Expected true or false.");
    case "integer": return _("Expected a whole number.");
    case "list": return _("Expected a list.");
    case "table": return _("Expected a table of fields.");
    default: return format(_("Expected a value of type $0."), expected);
    }
}

function mountpointText(reason: string): string {
    switch (reason) {
    case "not-clean": return _("Use a clean path: no \"//\", \".\" or \"..\" parts and no \"/\" at the end.");
    case "reserved": return _("This directory belongs to the system itself and cannot be a mount point.");
    case "swap": return _("A swap partition has no mount point.");
    default: return reason ? format(_("This mount point cannot be used: $0"), reason) : _("This mount point cannot be used.");
    }
}

function rangeText(problem: Problem): string {
    const min = param(problem, "min");
    const max = param(problem, "max");
    if (min && max)
        return format(_("Use a number from $0 to $1."), min, max);
    if (min)
        return format(_("Use a number of at least $0."), min);
    if (max)
        return format(_("Use a number of at most $0."), max);
    return _("The number is out of range.");
}

export function problemText(problem: Problem): string {
    const code = problem.code;
    switch (code) {
    case "required":
        return _("This field is required.");
    case "blueprint-name":
        return _("Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed.");
    case "semver":
        return _("Use a version like 1.0.0 (major.minor.patch).");
    case "user-name":
        return _("Not a valid user name: use letters, digits, dots, dashes and underscores, not starting with a dash.");
    case "group-name":
        return _("Not a valid group name: use letters, digits, dots, dashes and underscores, not starting with a dash.");
    case "duplicate":
        return format(_("The same $0 appears more than once."), whatText(param(problem, "what")));
    case "id-number":
        return format(_("Use a whole number from 0 to $0."), param(problem, "max") || "4294967294");
    case "not-integer":
        return _("Use a whole number.");
    case "size":
        return _("Use a number of bytes or a number with a unit, like \"2 GiB\" or \"500 MiB\" (B, kB, KiB, MB, MiB, GB, GiB, TB, TiB).");
    case "absolute-path":
        return _("Use an absolute path, starting with \"/\".");
    case "mountpoint":
        return mountpointText(param(problem, "reason"));
    case "port":
        return _("Use \"port:protocol\", \"first-last:protocol\" or \"service:protocol\", like \"22:tcp\", \"8000-8080:udp\" or \"imap:tcp\".");
    case "file-mode":
        return _("Use an octal mode like \"0644\".");
    case "data-xor-uri":
        return _("A file needs either contents or a URI, not both.");
    case "url-xor-empty":
        return _("Choose either a configuration URL or an empty configuration, not both.");
    case "one-volume-group":
        return _("Only one LVM partition (one volume group) is allowed.");
    case "one-btrfs-volume":
        return _("Only one btrfs partition is allowed.");
    case "lvm-and-btrfs":
        return _("LVM and btrfs partitions cannot be mixed.");
    case "dos-partitions":
        return _("A DOS partition table holds at most 4 partitions.");
    case "pem":
        return _("Not a PEM certificate (from \"-----BEGIN CERTIFICATE-----\" to \"-----END CERTIFICATE-----\").");
    case "url":
        return param(problem, "schemes")
            ? format(_("Not a valid URL: use one starting with $0."), param(problem, "schemes"))
            : _("Not a valid URL.");
    case "enum":
        return format(_("Choose one of: $0."), param(problem, "allowed"));
    case "hostname":
        return _("Not a valid host name: use letters, digits and dashes, in parts separated by dots.");
    case "kernel-append":
        return _("Kernel arguments cannot contain control characters such as line breaks.");
    case "ssh-key":
        return _("Not an SSH public key line, like \"ssh-ed25519 AAAA… user@host\".");
    case "repo-filename":
        return _("Use a file name ending in \".repo\", made of letters, digits, dots, dashes and underscores.");
    case "volume-id":
        return _("Use only letters, digits, dashes and underscores.");
    case "sector-size":
        return _("Use a power of 2, like 512 or 4096.");
    case "unit-name":
        return _("A unit name cannot contain spaces or slashes.");
    case "package-name":
        return _("A name cannot contain spaces.");
    case "glob-version":
        return _("A version cannot contain spaces.");
    case "wrong-type":
        return typeText(param(problem, "expected"));
    case "field-not-allowed":
        return format(_("The field \"$0\" is not allowed here."), param(problem, "field"));
    case "range":
        return rangeText(problem);
    case "timezone":
        return _("Not a time zone: use a name like \"Europe/Berlin\" or \"UTC\".");
    case "locale":
        return _("Not a locale: use a name like \"en_US.UTF-8\".");
    case "keyboard":
        return _("A keyboard layout cannot contain spaces or control characters.");
    case "service-name":
        return _("Not a firewall service name: use letters, digits, dashes, underscores, dots and plus signs.");
    case "one-of-required":
        return format(_("Set at least one of: $0."), param(problem, "fields"));
    default: {
        const unknown: never = code;
        return String(unknown);
    }
    }
}
