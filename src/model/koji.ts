// The Koji part of a Cloud compose: hub URL, task id, name, version, release (reference §3.2
// `koji`, §4), their checks, the request object, and the list of recently used hubs. Web links
// to Koji are elsewhere (kojiLinks.ts). Pure.
import { type FieldProblem, type FieldValue, httpUrl, isFilled } from "./targetChecks";
import type { TargetField, TargetProblem } from "./targets";

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

/** The Cloud API's `koji` object (schema Koji: all required) */
export interface KojiRequest {
    server: string;
    task_id: number;
    name: string;
    version: string;
    release: string;
}

export type KojiValues = Partial<Record<keyof KojiRequest, FieldValue>>;

const problem = (code: FieldProblem["code"]): FieldProblem => ({ code });

/** A positive whole number, typed or as text */
export function kojiTaskId(value: FieldValue): number | null {
    const number = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    return Number.isSafeInteger(number) && number > 0 ? number : null;
}

const taskIdCheck = (value: FieldValue): FieldProblem | null => {
    if (kojiTaskId(value) !== null)
        return null;
    return typeof value === "number" || /^\s*-?\d+\s*$/.test(String(value)) ? { code: "range", params: { min: 1 } } : problem("not-integer");
};

// Koji's rules: a name without whitespace or "/" ; version and release without "-" (the NVR separator)
const nameCheck = (value: FieldValue): FieldProblem | null =>
    typeof value === "string" && /^[A-Za-z0-9_.+-]+$/.test(value.trim()) ? null : problem("koji-name");
const versionCheck = (value: FieldValue): FieldProblem | null =>
    typeof value === "string" && /^[A-Za-z0-9_.+~^]+$/.test(value.trim()) ? null : problem("koji-version");

export const KOJI_FIELDS: readonly TargetField[] = [
    { key: "server", label: N_("Koji hub URL"), kind: "text", required: true, secret: false, validate: httpUrl, placeholder: "https://koji.fedoraproject.org/kojihub" },
    { key: "task_id", label: N_("Task ID"), kind: "number", required: true, secret: false, validate: taskIdCheck },
    { key: "name", label: N_("Name"), kind: "text", required: true, secret: false, validate: nameCheck, placeholder: "Fedora-Cloud-Base" },
    { key: "version", label: N_("Version"), kind: "text", required: true, secret: false, validate: versionCheck },
    { key: "release", label: N_("Release"), kind: "text", required: true, secret: false, validate: versionCheck },
];

export const KOJI_HELP = N_("Composer imports the images into this Koji build; the worker needs a Kerberos principal and keytab for the hub in the [koji.\"<hub host>\".kerberos] section of /etc/osbuild-worker/osbuild-worker.toml.");

/** Everything wrong with the Koji fields; [] when they can be sent */
export function kojiProblems(values: KojiValues): TargetProblem[] {
    const problems: TargetProblem[] = [];
    for (const field of KOJI_FIELDS) {
        const value = values[field.key as keyof KojiRequest];
        if (!isFilled(value)) {
            problems.push({ key: field.key, code: "required" });
            continue;
        }
        const found = field.validate?.(value);
        if (found)
            problems.push({ key: field.key, ...found });
    }
    return problems;
}

/** The hub URL as sent and remembered: trimmed, without a trailing slash */
export function normalizeHubUrl(url: string): string {
    return url.trim().replace(/\/+$/, "");
}

/** The `koji` object of valid fields, or null when kojiProblems finds anything */
export function kojiRequest(values: KojiValues): KojiRequest | null {
    if (kojiProblems(values).length > 0)
        return null;
    return {
        server: normalizeHubUrl(String(values.server)),
        task_id: kojiTaskId(values.task_id) as number,
        name: String(values.name).trim(),
        version: String(values.version).trim(),
        release: String(values.release).trim(),
    };
}

/** The recent hubs list after using `hub`: most recent first, no duplicates, at most `max` */
export function rememberHub(recent: readonly string[], hub: string, max = 5): string[] {
    const url = normalizeHubUrl(hub);
    if (url === "")
        return recent.slice(0, max);
    return [url, ...recent.filter(other => normalizeHubUrl(other) !== url)].slice(0, max);
}
