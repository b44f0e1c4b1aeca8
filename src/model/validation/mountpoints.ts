// Where a filesystem may be mounted: an absolute, clean path outside the directories the
// image's own tree provides. Pure.
import type { Path } from "../objectPath";
import { isCleanAbsolutePath, Problems, requiredString, string } from "./check";

// mounting over these (or below them) would hide or break the system itself
const RESERVED = ["/bin", "/boot/efi", "/dev", "/etc", "/lib", "/lib64", "/lost+found", "/proc", "/run", "/sbin", "/sys", "/sysroot", "/var/lock", "/var/run"];

/** Why a mountpoint cannot be used: "relative", "not-clean", "reserved", or null when it can */
export function mountpointProblem(text: string): "relative" | "not-clean" | "reserved" | null {
    if (!text.startsWith("/"))
        return "relative";
    if (!isCleanAbsolutePath(text))
        return "not-clean";
    if (RESERVED.some(dir => text === dir || text.startsWith(dir + "/")))
        return "reserved";
    // /boot itself is fine, directories below it are the bootloader's
    if (text.startsWith("/boot/"))
        return "reserved";
    return null;
}

export function mountpoint(value: unknown, path: Path, out: Problems, required = true): string | null {
    const text = required ? requiredString(value, path, out) : string(value, path, out);
    if (text === null || text === "")
        return null;
    const problem = mountpointProblem(text);
    if (problem === "relative")
        out.add(path, "absolute-path");
    else if (problem)
        out.add(path, "mountpoint", { reason: problem });
    return problem ? null : text;
}
