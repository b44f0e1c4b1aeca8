// PatternFly's table merges the props of a cell's decorators with lodash's `mergeWith`
// (@patternfly/react-table base/merge-props.js), and that one function brings 16 kB of lodash
// (its generic clone and cache machinery) onto the first page. The build puts this module in its
// place (esbuild.config.ts): the same deep merge for what props are made of, plain objects,
// arrays, functions, class instances and primitives. mergeWith.test.ts holds it to lodash's own
// results. Unlike lodash it copies no typed arrays, buffers or `arguments` objects (it assigns
// them as they are); props never hold one.

type Customizer = (objValue: unknown, srcValue: unknown, key: string, object: object, source: object, stack: Map<unknown, unknown>) => unknown;
type Indexable = Record<string, unknown>;

function isObject(value: unknown): value is object {
    return value !== null && (typeof value === "object" || typeof value === "function");
}

/** an object made by `{}`, `new Object()` or `Object.create(null)` (as lodash's isPlainObject) */
function isPlainObject(value: unknown): value is Indexable {
    if (!isObject(value) || typeof value === "function" || Object.prototype.toString.call(value) !== "[object Object]")
        return false;
    const proto = Object.getPrototypeOf(value) as object | null;
    if (proto === null)
        return true;
    const Ctor: unknown = Object.prototype.hasOwnProperty.call(proto, "constructor") && (proto as { constructor: unknown }).constructor;
    return typeof Ctor === "function" && Function.prototype.toString.call(Ctor) === Function.prototype.toString.call(Object);
}

function isArrayLikeObject(value: unknown): value is ArrayLike<unknown> {
    if (!isObject(value) || typeof value === "function")
        return false;
    const length = (value as { length?: unknown }).length;
    return typeof length === "number" && Number.isInteger(length) && length >= 0 && length <= Number.MAX_SAFE_INTEGER;
}

/** what lodash's keysIn walks: every index of an array (holes too), then the enumerable keys, inherited ones too */
function keysIn(source: object): string[] {
    const keys: string[] = [];
    if (Array.isArray(source))
        for (let i = 0; i < source.length; i++)
            keys.push(String(i));
    for (const key in source)
        if (!keys.includes(key))
            keys.push(key);
    return keys;
}

/** the value at `key`, but not an object's `__proto__` nor its constructor function */
function safeGet(object: object, key: string): unknown {
    if (key === "__proto__")
        return undefined;
    const value = (object as Indexable)[key];
    return key === "constructor" && typeof value === "function" ? undefined : value;
}

function sameValueZero(a: unknown, b: unknown): boolean {
    return a === b || (a !== a && b !== b);
}

function assign(object: object, key: string, value: unknown): void {
    const target = object as Indexable;
    if ((value !== undefined && !sameValueZero(target[key], value)) || (value === undefined && !(key in target))) {
        if (key === "__proto__")
            Object.defineProperty(target, key, { configurable: true, enumerable: true, value, writable: true });
        else
            target[key] = value;
    }
}

function mergeInto(object: object, source: object, customizer: Customizer | undefined, stack: Map<unknown, unknown>): void {
    if (object === source)
        return;
    for (const key of keysIn(source)) {
        const srcValue = safeGet(source, key);
        const objValue = safeGet(object, key);
        if (!isObject(srcValue)) {
            const custom = customizer?.(objValue, srcValue, key, object, source, stack);
            assign(object, key, custom === undefined ? srcValue : custom);
            continue;
        }
        if (stack.has(srcValue)) {
            assign(object, key, stack.get(srcValue));
            continue;
        }
        let value = customizer?.(objValue, srcValue, key, object, source, stack);
        let deep = value === undefined;
        if (deep) {
            if (Array.isArray(srcValue)) {
                value = Array.isArray(objValue) ? objValue : isArrayLikeObject(objValue) ? Array.from(objValue) : [];
            } else if (isPlainObject(srcValue)) {
                value = isObject(objValue) && typeof objValue !== "function" ? objValue : Object.create(Object.getPrototypeOf(srcValue) === null ? Object.prototype : Object.getPrototypeOf(srcValue) as object) as object;
            } else {
                value = srcValue;
                deep = false;
            }
        }
        if (deep) {
            stack.set(srcValue, value);
            mergeInto(value as object, srcValue, customizer, stack);
            stack.delete(srcValue);
        }
        assign(object, key, value);
    }
}

/**
 * lodash's mergeWith(object, ...sources, customizer?): merges the sources into `object`, deep
 * into plain objects and arrays, asking `customizer` first for each value (undefined: merge as usual).
 */
export default function mergeWith(object: object, ...rest: unknown[]): object {
    const last = rest.length > 1 ? rest[rest.length - 1] : undefined;
    const customizer = typeof last === "function" ? last as Customizer : undefined;
    const sources = customizer ? rest.slice(0, -1) : rest;
    const target = Object(object) as object;
    for (const source of sources)
        if (isObject(source))
            mergeInto(target, source, customizer, new Map());
    return target;
}
