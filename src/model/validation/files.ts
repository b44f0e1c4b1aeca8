// Rules for customizations.directories, .files, .ignition and .rpm (import keys). Pure.
import type { Path } from "../objectPath";
import { absolutePath, boolean, duplicates, idNumber, Problems, type Record_, string, strings, table, tables, url } from "./check";
import { isUserOrGroupName } from "./users";

/** "0644", "644", "0755", "1777" (octal, optionally with a leading 0) */
export function isFileMode(text: string): boolean {
    return /^0?[0-7]{3,4}$/.test(text);
}

/** user/group of a file: a name or a number */
function owner(value: unknown, path: Path, out: Problems, code: "user-name" | "group-name"): void {
    if (value === undefined)
        return;
    if (typeof value === "number")
        idNumber(value, path, out);
    else if (typeof value !== "string")
        out.add(path, "wrong-type", { expected: "string" });
    else if (!isUserOrGroupName(value))
        out.add(path, code);
}

function node(item: Record_, path: Path, out: Problems): void {
    absolutePath(item.path, [...path, "path"], out, true);
    owner(item.user, [...path, "user"], out, "user-name");
    owner(item.group, [...path, "group"], out, "group-name");
    const mode = string(item.mode, [...path, "mode"], out);
    if (mode !== null && !isFileMode(mode))
        out.add([...path, "mode"], "file-mode");
}

function filesAndDirectories(c: Record_, out: Problems): void {
    const paths: [unknown, Path][] = [];
    for (const [dir, i] of tables(c.directories, ["customizations", "directories"], out)) {
        const path = ["customizations", "directories", i];
        node(dir, path, out);
        boolean(dir.ensure_parents, [...path, "ensure_parents"], out);
        paths.push([dir.path, [...path, "path"]]);
    }
    for (const [file, i] of tables(c.files, ["customizations", "files"], out)) {
        const path = ["customizations", "files", i];
        node(file, path, out);
        string(file.data, [...path, "data"], out);
        if ((file.data === undefined) === (file.uri === undefined))
            out.add(path, "data-xor-uri");
        url(file.uri, ["file", "http", "https"], [...path, "uri"], out);
        paths.push([file.path, [...path, "path"]]);
    }
    duplicates(paths, "path", out);
}

function ignition(c: Record_, out: Problems): void {
    const base = ["customizations", "ignition"];
    const ign = table(c.ignition, base, out);
    if (!ign)
        return;
    const embedded = table(ign.embedded, [...base, "embedded"], out);
    if (embedded) {
        const config = string(embedded.config, [...base, "embedded", "config"], out);
        if (!config)
            out.add([...base, "embedded", "config"], "required");
    }
    const firstboot = table(ign.firstboot, [...base, "firstboot"], out);
    if (firstboot) {
        url(firstboot.url, ["http", "https"], [...base, "firstboot", "url"], out);
        boolean(firstboot.empty, [...base, "firstboot", "empty"], out);
        if (firstboot.url && firstboot.empty === true)
            out.add([...base, "firstboot"], "url-xor-empty");
    }
}

function rpmKeys(c: Record_, out: Problems): void {
    const base = ["customizations", "rpm", "import_keys"];
    const keys = table(table(c.rpm, ["customizations", "rpm"], out)?.import_keys, base, out);
    for (const [, i] of strings(keys?.files, [...base, "files"], out))
        absolutePath((keys?.files as unknown[])[i], [...base, "files", i], out);
}

export function validateFiles(c: Record_, out: Problems): void {
    filesAndDirectories(c, out);
    ignition(c, out);
    rpmKeys(c, out);
}
