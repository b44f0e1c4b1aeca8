// Everything that is wrong with a blueprint, each problem at its field (reference §2).
// The rules live by concern in the files beside this one. Pure.
import type { Blueprint } from "../blueprint";
import { Problems, table } from "./check";
import { validateBoot } from "./boot";
import { validateContent } from "./content";
import { validateFiles } from "./files";
import { validateNetwork } from "./network";
import { validateSecurity } from "./security";
import { validateStorage } from "./storage";
import { validateSystem } from "./system";
import { validateUsers } from "./users";
import type { Problem } from "./types";

export function validateBlueprint(bp: Blueprint): Problem[] {
    const out = new Problems();
    validateContent(bp, out);
    const c = table(bp.customizations, ["customizations"], out);
    if (c) {
        validateSystem(c, out);
        validateUsers(c, out);
        validateNetwork(c, out);
        validateStorage(c, out);
        validateFiles(c, out);
        validateSecurity(c, out);
        validateBoot(c, out);
    }
    return out.list;
}

export { problemLine, problemsAt, problemsUnder } from "./problemsAt";
export { formatSize, parseSize } from "../size";
export type { Problem, ProblemCode } from "./types";
export { isUserOrGroupName, isSshPublicKey } from "./users";
export { isFirewallPort, isFirewallService } from "./network";
export { isHostname, isUnitName, isTimezone, isLocale } from "./system";
export { isFileMode } from "./files";
export { isPemCertificate } from "./security";
export { mountpointProblem } from "./mountpoints";
export { FS_TYPES, PARTITION_TYPES, PARTITION_TABLE_TYPES, PARTITIONING_MODES } from "./storage";
export { FIRSTBOOT_SCRIPT_TYPES, FIRSTBOOT_SCRIPT_FIELDS } from "./boot";
export { SEMVER_PATTERN } from "./content";
