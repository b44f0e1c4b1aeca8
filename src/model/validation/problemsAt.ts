// Picking the problems that belong to one field or one section of the form. Pure.
import { type Path, pathText } from "../objectPath";
import type { Problem } from "./types";

function startsWith(path: Path, prefix: Path): boolean {
    return prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

/** The problems exactly at path (one field) */
export function problemsAt(problems: readonly Problem[], path: Path): Problem[] {
    return problems.filter(p => p.path.length === path.length && startsWith(p.path, path));
}

/** The problems at path or anywhere below it (a section, a list entry) */
export function problemsUnder(problems: readonly Problem[], path: Path): Problem[] {
    return problems.filter(p => startsWith(p.path, path));
}

/** A problem as one line, "customizations.user[0].uid: id-number", for logs and tests */
export function problemLine(problem: Problem): string {
    return `${pathText(problem.path)}: ${problem.code}`;
}
