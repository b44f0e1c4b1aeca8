// Users and the legacy customizations.sshkey list, which composer merges into the users of
// the same name: one view of both for display, and moving legacy keys into the user
// without losing anything. Pure.

type Table = Record<string, unknown>;

function isTable(value: unknown): value is Table {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}

function tables(value: unknown): Table[] {
    return Array.isArray(value) ? value.filter(isTable) : [];
}

export interface LegacyKey {
    /** index in customizations.sshkey */
    index: number;
    key: string;
}

export interface UserWithKeys {
    name: string;
    /** index in customizations.user, or null when only legacy sshkey entries name this user (root, say) */
    userIndex: number | null;
    /** the public keys composer installs for the user: the user's own, then the legacy ones */
    keys: string[];
    legacyKeys: LegacyKey[];
}

/** The lines of an authorized_keys text that hold a key */
export function keyLines(text: unknown): string[] {
    return typeof text === "string" ? text.split("\n").map(line => line.trim()).filter(line => line !== "") : [];
}

/** Every user of the blueprint with every key composer gives them: users first, then names only legacy keys mention */
export function usersWithLegacyKeys(customizations: unknown): UserWithKeys[] {
    const c = isTable(customizations) ? customizations : {};
    const users = Array.isArray(c.user) ? c.user : [];
    const result: UserWithKeys[] = [];
    const byName = new Map<string, UserWithKeys>();
    users.forEach((user, i) => {
        if (!isTable(user) || typeof user.name !== "string" || byName.has(user.name))
            return;
        const entry: UserWithKeys = { name: user.name, userIndex: i, keys: keyLines(user.key), legacyKeys: [] };
        byName.set(user.name, entry);
        result.push(entry);
    });
    (Array.isArray(c.sshkey) ? c.sshkey : []).forEach((item, index) => {
        if (!isTable(item) || typeof item.user !== "string" || typeof item.key !== "string")
            return;
        let entry = byName.get(item.user);
        if (!entry) {
            entry = { name: item.user, userIndex: null, keys: [], legacyKeys: [] };
            byName.set(item.user, entry);
            result.push(entry);
        }
        entry.legacyKeys.push({ index, key: item.key });
        entry.keys.push(...keyLines(item.key));
    });
    return result;
}

/** Only entries that hold nothing but user and key can move without losing a field */
function movable(item: unknown, name: string): item is Table {
    return isTable(item) && item.user === name && typeof item.key === "string" &&
        Object.keys(item).every(key => key === "user" || key === "key");
}

/**
 * customizations with the legacy sshkey entries of one user moved into that user's `key`
 * (appended as lines; the user is added when missing). Entries with fields besides user and
 * key stay where they are; an emptied sshkey list is removed. Other fields are untouched.
 */
export function moveLegacyKeysToUser(customizations: Table, name: string): Table {
    const legacy = Array.isArray(customizations.sshkey) ? customizations.sshkey : [];
    const moving = legacy.filter(item => movable(item, name)).map(item => (item as Table).key as string);
    if (moving.length === 0)
        return customizations;
    const rest = legacy.filter(item => !movable(item, name));
    const users = Array.isArray(customizations.user) ? [...customizations.user] : [];
    const i = users.findIndex(user => isTable(user) && user.name === name);
    if (i >= 0) {
        const user = users[i] as Table;
        if (user.key !== undefined && typeof user.key !== "string")
            return customizations; // a key we cannot append to: leave both as they are
        const current = typeof user.key === "string" && user.key.trim() !== "" ? [user.key.replace(/\n+$/, "")] : [];
        users[i] = { ...user, key: [...current, ...moving].join("\n") };
    } else {
        users.push({ name, key: moving.join("\n") });
    }
    const result: Table = { ...customizations, user: users };
    if (rest.length > 0)
        result.sshkey = rest;
    else
        delete result.sshkey;
    return result;
}

/** customizations with a user renamed, in the user list and in the legacy sshkey entries */
export function renameUser(customizations: Table, from: string, to: string): Table {
    const rename = (list: unknown, field: string) =>
        Array.isArray(list) ? list.map(item => isTable(item) && item[field] === from ? { ...item, [field]: to } : item) : list;
    const result: Table = { ...customizations };
    if (Array.isArray(customizations.user))
        result.user = rename(customizations.user, "name");
    if (Array.isArray(customizations.sshkey))
        result.sshkey = rename(customizations.sshkey, "user");
    return result;
}

export type PasswordKind = "none" | "hashed" | "plain";

/** Composer keeps crypt hashes ($6$, $5$, $2b$, $y$) and hashes plain text when it saves */
export function passwordKind(password: unknown): PasswordKind {
    if (typeof password !== "string" || password === "")
        return "none";
    return /^\$(6|5|2b|2y|y)\$/.test(password) ? "hashed" : "plain";
}

/** The users defined in the blueprint (user list), for pickers such as sudo-nopasswd or file owners */
export function userNames(customizations: unknown): string[] {
    const c = isTable(customizations) ? customizations : {};
    return tables(c.user).map(user => user.name).filter((name): name is string => typeof name === "string" && name !== "");
}

/** The groups defined in the blueprint (group list) and named in users' groups, without repeats */
export function groupNames(customizations: unknown): string[] {
    const c = isTable(customizations) ? customizations : {};
    const names = [
        ...tables(c.group).map(group => group.name),
        ...tables(c.user).flatMap(user => Array.isArray(user.groups) ? user.groups : []),
    ];
    return [...new Set(names.filter((name): name is string => typeof name === "string" && name !== ""))];
}
