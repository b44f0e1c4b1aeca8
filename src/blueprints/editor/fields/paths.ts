// Paths of fields and the problems that belong to them: which problems a field shows, and
// a stable DOM id for each field derived from where it sits in the blueprint. Pure.
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";

export function samePath(a: Path, b: Path): boolean {
    return a.length === b.length && a.every((key, i) => key === b[i]);
}

export function isUnder(path: Path, prefix: Path): boolean {
    return path.length >= prefix.length && prefix.every((key, i) => key === path[i]);
}

// one definition of which problems belong where: the model's
export { problemsAt as problemsAtPath, problemsUnder as problemsUnderPath } from "../../../model/validation/problemsAt";

/** A DOM id for the field at path: customizations.user[0].name -> bp-customizations-user-0-name */
export function fieldId(path: Path, suffix = ""): string {
    const text = ["bp", ...path.map(key => String(key).replace(/[^A-Za-z0-9_]+/g, "_"))].join("-");
    return suffix ? `${text}-${suffix}` : text;
}

/** A short text that changes when the problems change, for memoised rows */
export function problemsKey(problems: readonly Problem[]): string {
    return problems.map(p => `${p.path.join("\u0001")}\u0002${p.code}\u0002${JSON.stringify(p.params ?? null)}`).join("\u0003");
}
