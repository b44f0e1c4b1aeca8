// Reading and writing one place in a plain JSON object without touching anything else:
// the editor changes blueprints only through these, so fields it does not know survive. Pure.

export type Path = readonly (string | number)[];

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
    return typeof value === "object" && value !== null;
}

export function getIn(root: unknown, path: Path): unknown {
    let node: unknown = root;
    for (const key of path) {
        if (!isContainer(node))
            return undefined;
        node = (node as Record<string | number, unknown>)[key];
    }
    return node;
}

/**
 * A copy of root with the value at path replaced; undefined removes the key (or the
 * array element). Objects and arrays on the way are copied, everything else is shared.
 */
export function setIn<T>(root: T, path: Path, value: unknown): T {
    if (path.length === 0)
        return value as T;
    const [key, ...rest] = path;
    const node: unknown = root;
    const child = isContainer(node) ? (node as Record<string | number, unknown>)[key] : undefined;
    const next = rest.length === 0 ? value : setIn(child ?? (typeof rest[0] === "number" ? [] : {}), rest, value);

    if (Array.isArray(node) && typeof key === "number") {
        const copy = [...node];
        if (next === undefined)
            copy.splice(key, 1);
        else
            copy[key] = next;
        return copy as T;
    }
    const copy: Record<string | number, unknown> = isContainer(node) && !Array.isArray(node) ? { ...node } : {};
    if (next === undefined)
        delete copy[key];
    else // an own property even for "__proto__" (a plain assignment would set the prototype)
        Object.defineProperty(copy, key, { value: next, enumerable: true, writable: true, configurable: true });
    return copy as T;
}

/** The same path as text, for keys of maps and for test names: customizations.user[0].name */
export function pathText(path: Path): string {
    return path.map((key, i) => typeof key === "number" ? `[${key}]` : (i === 0 ? key : `.${key}`)).join("");
}
