// Rules for customizations.user, .sshkey and .group. Pure.
import type { Path } from "../objectPath";
import { boolean, duplicates, idNumber, integer, Problems, type Record_, requiredString, string, strings, tables } from "./check";

/** What useradd/groupadd accept on the distributions composer builds (relaxed shadow-utils rule) */
export function isUserOrGroupName(name: string): boolean {
    return name.length <= 32 && /^[A-Za-z0-9_.][A-Za-z0-9_.-]*\$?$/.test(name) &&
        !/^\d+$/.test(name) && name !== "." && name !== "..";
}

const SSH_KEY_TYPES = [
    "ssh-ed25519", "ssh-rsa", "ssh-dss", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
    "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
];

/** One or more authorized_keys lines, each "<type> <base64> [comment]" */
export function isSshPublicKey(text: string): boolean {
    const lines = text.split("\n").map(line => line.trim()).filter(line => line !== "");
    return lines.length > 0 && lines.every(line => {
        const [type, data] = line.split(/\s+/);
        return SSH_KEY_TYPES.includes(type) && data !== undefined && /^[A-Za-z0-9+/]+={0,3}$/.test(data);
    });
}

function userName(value: unknown, path: Path, out: Problems): void {
    const name = requiredString(value, path, out);
    if (name && !isUserOrGroupName(name))
        out.add(path, "user-name");
}

function sshKey(value: unknown, path: Path, out: Problems, required: boolean): void {
    const key = required ? requiredString(value, path, out) : string(value, path, out);
    if (key && !isSshPublicKey(key))
        out.add(path, "ssh-key");
}

function user(u: Record_, path: Path, out: Problems): void {
    userName(u.name, [...path, "name"], out);
    for (const field of ["description", "password", "home", "shell"])
        string(u[field], [...path, field], out);
    sshKey(u.key, [...path, "key"], out, false);
    for (const [group, i] of strings(u.groups, [...path, "groups"], out)) {
        if (!isUserOrGroupName(group))
            out.add([...path, "groups", i], "group-name");
    }
    idNumber(u.uid, [...path, "uid"], out);
    idNumber(u.gid, [...path, "gid"], out);
    integer(u.expiredate, [...path, "expiredate"], out);
    boolean(u.force_password_reset, [...path, "force_password_reset"], out);
}

export function validateUsers(c: Record_, out: Problems): void {
    const users = tables(c.user, ["customizations", "user"], out);
    for (const [u, i] of users)
        user(u, ["customizations", "user", i], out);
    duplicates(users.map(([u, i]) => [u.name, ["customizations", "user", i, "name"]]), "user", out);

    for (const [entry, i] of tables(c.sshkey, ["customizations", "sshkey"], out)) {
        userName(entry.user, ["customizations", "sshkey", i, "user"], out);
        sshKey(entry.key, ["customizations", "sshkey", i, "key"], out, true);
    }

    const groups = tables(c.group, ["customizations", "group"], out);
    for (const [g, i] of groups) {
        const name = requiredString(g.name, ["customizations", "group", i, "name"], out);
        if (name && !isUserOrGroupName(name))
            out.add(["customizations", "group", i, "name"], "group-name");
        idNumber(g.gid, ["customizations", "group", i, "gid"], out);
    }
    duplicates(groups.map(([g, i]) => [g.name, ["customizations", "group", i, "name"]]), "group", out);
    duplicates(groups.map(([g, i]) => [g.gid, ["customizations", "group", i, "gid"]]), "gid", out);
}
