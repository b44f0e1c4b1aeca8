// The add/edit source form as plain data: from a Source, validated field by field, and back
// into the SourceV1 body of projects/source/new with every key composer sent kept. Pure.
import type { Source } from "../api/weldrSourcesTypes";

export interface SourceForm {
    id: string;
    name: string;
    type: string;
    url: string;
    check_gpg: boolean;
    check_ssl: boolean;
    /** one key (URL or armored block) per entry */
    gpgkeys: string[];
    distros: string[];
    rhsm: boolean;
    check_repogpg: boolean;
    module_hotfixes: boolean;
}

export type SourceField = "id" | "name" | "type" | "url" | "gpgkeys" | "distros";
export type SourceProblem =
    | "required" | "id-characters" | "id-taken" | "id-system" | "url-scheme" | "url-invalid"
    | "type-unknown" | "gpgkey-invalid" | "distro-unknown";

export const ID_PATTERN = /^[a-zA-Z0-9._-]+$/;
const TYPES = ["yum-baseurl", "yum-metalink", "yum-mirrorlist"];
const URL_SCHEMES = ["http:", "https:", "ftp:", "file:"];

export function emptySourceForm(): SourceForm {
    return {
        id: "", name: "", type: "yum-baseurl", url: "", check_gpg: true, check_ssl: true,
        gpgkeys: [], distros: [], rhsm: false, check_repogpg: false, module_hotfixes: false,
    };
}

export function formFromSource(source: Source): SourceForm {
    return {
        id: source.id, name: source.name, type: source.type, url: source.url,
        check_gpg: source.check_gpg, check_ssl: source.check_ssl, gpgkeys: [...source.gpgkeys],
        distros: [...source.distros], rhsm: source.rhsm, check_repogpg: source.check_repogpg,
        module_hotfixes: source.module_hotfixes,
    };
}

function urlProblem(text: string, schemes: string[]): SourceProblem | null {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        return "url-invalid";
    }
    return schemes.includes(url.protocol) ? null : "url-scheme";
}

export interface ValidationContext {
    /** ids of the sources composer has (custom ones) */
    customIds: string[];
    systemIds: string[];
    /** distros/list; undefined while not known (then not checked) */
    distros?: string[];
    /** editing this id (it may keep itself) */
    editing?: string;
}

/** The first problem of each field; empty when the form can be sent */
export function sourceProblems(form: SourceForm, ctx: ValidationContext): Partial<Record<SourceField, SourceProblem>> {
    const problems: Partial<Record<SourceField, SourceProblem>> = {};
    const id = form.id.trim();
    if (id === "")
        problems.id = "required";
    else if (!ID_PATTERN.test(id))
        problems.id = "id-characters";
    else if (ctx.systemIds.includes(id))
        problems.id = "id-system";
    else if (id !== ctx.editing && ctx.customIds.includes(id))
        problems.id = "id-taken";
    if (form.name.trim() === "")
        problems.name = "required";
    if (!TYPES.includes(form.type))
        problems.type = "type-unknown";
    if (form.url.trim() === "")
        problems.url = "required";
    else {
        const problem = urlProblem(form.url.trim(), URL_SCHEMES);
        if (problem)
            problems.url = problem;
    }
    for (const key of form.gpgkeys.map(k => k.trim()).filter(Boolean)) {
        if (!key.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----") && urlProblem(key, URL_SCHEMES) !== null) {
            problems.gpgkeys = "gpgkey-invalid";
            break;
        }
    }
    if (ctx.distros && form.distros.some(d => !ctx.distros?.includes(d)))
        problems.distros = "distro-unknown";
    return problems;
}

/** The SourceV1 body: the source as composer sent it, with the form's fields over it */
export function sourceBody(form: SourceForm, original?: Record<string, unknown>): Record<string, unknown> {
    const body: Record<string, unknown> = { ...(original ?? {}) };
    body.id = form.id.trim();
    body.name = form.name.trim();
    body.type = form.type;
    body.url = form.url.trim();
    body.check_gpg = form.check_gpg;
    body.check_ssl = form.check_ssl;
    body.system = false;
    body.rhsm = form.rhsm;
    body.check_repogpg = form.check_repogpg;
    const keys = form.gpgkeys.map(k => k.trim()).filter(Boolean);
    if (keys.length > 0)
        body.gpgkeys = keys;
    else
        delete body.gpgkeys;
    if (form.distros.length > 0)
        body.distros = form.distros;
    else
        delete body.distros;
    if (form.module_hotfixes)
        body.module_hotfixes = true;
    else if (body.module_hotfixes !== undefined)
        body.module_hotfixes = false;
    return body;
}

/** Splits the GPG keys text into keys: armored blocks kept whole, other lines one key each */
export function splitGpgKeys(text: string): string[] {
    const keys: string[] = [];
    let block: string[] | null = null;
    for (const line of text.split("\n")) {
        if (block) {
            block.push(line);
            if (line.trim().startsWith("-----END PGP PUBLIC KEY BLOCK-----")) {
                keys.push(block.join("\n") + "\n");
                block = null;
            }
        } else if (line.trim().startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----")) {
            block = [line.trim()];
        } else if (line.trim() !== "") {
            keys.push(line.trim());
        }
    }
    if (block)
        keys.push(block.join("\n"));
    return keys;
}

export function joinGpgKeys(keys: string[]): string {
    return keys.map(k => k.replace(/\n$/, "")).join("\n");
}
