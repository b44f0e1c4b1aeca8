// Carrying one's edits over onto a blueprint that changed on the server meanwhile: every
// top-level field and every customization section the user changed replaces the server's;
// the rest of the server's copy stays. Pure.
import type { Blueprint } from "./blueprint";

export function jsonEqual(a: unknown, b: unknown): boolean {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null)
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
    for (const key of keys) {
        if (!jsonEqual(ra[key], rb[key]))
            return false;
    }
    return true;
}

function record(value: unknown): Record<string, unknown> {
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value as Record<string, unknown> : {};
}

/** The top-level fields and customization sections that differ between two blueprints */
export function changedSections(before: Blueprint, after: Blueprint): string[] {
    const changed: string[] = [];
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
        if (key === "customizations")
            continue;
        if (!jsonEqual(before[key], after[key]))
            changed.push(key);
    }
    const cb = record(before.customizations);
    const ca = record(after.customizations);
    for (const key of new Set([...Object.keys(cb), ...Object.keys(ca)])) {
        if (!jsonEqual(cb[key], ca[key]))
            changed.push(`customizations.${key}`);
    }
    return changed;
}

/** `theirs` with every section changed between `base` and `mine` taken from `mine` */
export function carryEditsOver(base: Blueprint, mine: Blueprint, theirs: Blueprint): Blueprint {
    const result: Blueprint = { ...theirs };
    const customizations: Record<string, unknown> = { ...record(theirs.customizations) };
    let touchedCustomizations = false;
    for (const section of changedSections(base, mine)) {
        if (section.startsWith("customizations.")) {
            const key = section.slice("customizations.".length);
            touchedCustomizations = true;
            const value = record(mine.customizations)[key];
            if (value === undefined)
                delete customizations[key];
            else
                customizations[key] = value;
        } else if (mine[section] === undefined) {
            delete result[section];
        } else {
            result[section] = mine[section];
        }
    }
    if (touchedCustomizations) {
        if (Object.keys(customizations).length === 0 && theirs.customizations === undefined)
            delete result.customizations;
        else
            result.customizations = customizations;
    }
    return result;
}
