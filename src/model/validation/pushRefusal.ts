// Which problems composer refuses a blueprint for when it is pushed (blueprints/new and
// blueprints/workspace), as opposed to those it only finds when an image is built (reference
// §2: Initialize() checks the name, the version and package names; Go's decoder refuses a
// value of the wrong type). Such a blueprint is never sent: not even as a workspace draft. Pure.
import type { Problem } from "./types";

const TOP_LEVEL_CODES = new Set(["required", "blueprint-name", "semver"]);
const NAMED_LISTS = new Set(["packages", "modules", "groups", "enabled_modules"]);

function refusedOnPush(problem: Problem): boolean {
    const { path, code } = problem;
    if (code === "wrong-type")
        return true;
    if (path.length === 1 && TOP_LEVEL_CODES.has(code) && (path[0] === "name" || path[0] === "version"))
        return true;
    // every package entry needs a name
    return code === "required" && path.length === 3 && NAMED_LISTS.has(String(path[0])) && path[2] === "name";
}

/** The problems of a blueprint that composer would refuse it for at once */
export function pushRefusals(problems: readonly Problem[]): Problem[] {
    return problems.filter(refusedOnPush);
}
