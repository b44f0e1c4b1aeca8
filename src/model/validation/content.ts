// Rules for the top level of a blueprint: name, version and what it installs. Pure.
import { BLUEPRINT_NAME_PATTERN } from "../blueprint";
import type { Path } from "../objectPath";
import { boolean, duplicates, Problems, requiredString, string, tables } from "./check";

/** What composer's semver parser (coreos/go-semver) takes: three numbers, then -prerelease and +build */
export const SEMVER_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/** Package and group names: no whitespace (globs like "python3-*" are fine) */
const PACKAGE_NAME = /^[^\s]+$/;

function packageList(value: unknown, path: Path, out: Problems): void {
    const entries = tables(value, path, out);
    for (const [pkg, i] of entries) {
        const name = requiredString(pkg.name, [...path, i, "name"], out);
        if (name && !PACKAGE_NAME.test(name))
            out.add([...path, i, "name"], "package-name");
        const version = string(pkg.version, [...path, i, "version"], out);
        if (version && !PACKAGE_NAME.test(version))
            out.add([...path, i, "version"], "glob-version");
    }
}

export function validateContent(bp: Record<string, unknown>, out: Problems): void {
    if (bp.name === undefined || bp.name === "")
        out.add(["name"], "required");
    else if (typeof bp.name !== "string")
        out.add(["name"], "wrong-type", { expected: "string" });
    else if (!BLUEPRINT_NAME_PATTERN.test(bp.name))
        out.add(["name"], "blueprint-name");

    string(bp.description, ["description"], out);
    // composer turns "" into 0.0.0, so only a non-empty version must be semver
    const version = string(bp.version, ["version"], out);
    if (version && !SEMVER_PATTERN.test(version))
        out.add(["version"], "semver");
    string(bp.distro, ["distro"], out);
    string(bp.architecture, ["architecture"], out);

    packageList(bp.packages, ["packages"], out);
    packageList(bp.modules, ["modules"], out);

    for (const [group, i] of tables(bp.groups, ["groups"], out)) {
        const name = requiredString(group.name, ["groups", i, "name"], out);
        if (name && !PACKAGE_NAME.test(name))
            out.add(["groups", i, "name"], "package-name");
    }
    duplicates(tables(bp.groups, ["groups"], new Problems()).map(([g, i]) => [g.name, ["groups", i, "name"]]), "group", out);

    for (const [module, i] of tables(bp.enabled_modules, ["enabled_modules"], out)) {
        const name = requiredString(module.name, ["enabled_modules", i, "name"], out);
        if (name && !PACKAGE_NAME.test(name))
            out.add(["enabled_modules", i, "name"], "package-name");
        const stream = string(module.stream, ["enabled_modules", i, "stream"], out);
        if (stream && !PACKAGE_NAME.test(stream))
            out.add(["enabled_modules", i, "stream"], "glob-version");
    }

    for (const [container, i] of tables(bp.containers, ["containers"], out)) {
        requiredString(container.source, ["containers", i, "source"], out);
        string(container.name, ["containers", i, "name"], out);
        boolean(container["tls-verify"], ["containers", i, "tls-verify"], out);
        boolean(container["local-storage"], ["containers", i, "local-storage"], out);
    }
}
