// The worker's configuration file /etc/osbuild-worker/osbuild-worker.toml, as far as cloud
// uploads and Koji go (reference composer-api.md §3.2): [aws], [gcp], [azure], [containers] and
// [koji."<hub host>".kerberos]. Edits keep every key and section the form does not know;
// smol-toml keeps no comments, so the caller says so when the file has any. Pure.
import { parse, stringify } from "smol-toml";

export type WorkerDoc = Record<string, unknown>;

/** Marks a msgid for po extraction; the UI translates it */
const N_ = (message: string): string => message;

export interface WorkerKey {
    key: string;
    label: string;
    /** a path to a credentials file the form can write (mode 0600) */
    credentialsFile?: boolean;
    kind?: "text" | "boolean";
    placeholder?: string;
}

export interface WorkerSection {
    name: "aws" | "gcp" | "azure" | "containers";
    label: string;
    keys: WorkerKey[];
    /** what the credentials file holds, for the form's help */
    fileHelp?: string;
}

export const WORKER_CONFIG_PATH = "/etc/osbuild-worker/osbuild-worker.toml";

export const WORKER_SECTIONS: readonly WorkerSection[] = [
    {
        name: "aws", label: N_("Amazon Web Services"),
        fileHelp: N_("An AWS shared credentials file: a [default] section with aws_access_key_id and aws_secret_access_key."),
        keys: [
            { key: "credentials", label: N_("Credentials file"), credentialsFile: true, placeholder: "/etc/osbuild-worker/aws-credentials.toml" },
            { key: "bucket", label: N_("S3 bucket") },
        ],
    },
    {
        name: "gcp", label: N_("Google Cloud Platform"),
        fileHelp: N_("The service account key JSON file."),
        keys: [
            { key: "credentials", label: N_("Credentials file"), credentialsFile: true, placeholder: "/etc/osbuild-worker/gcp-credentials.json" },
            { key: "bucket", label: N_("Storage bucket") },
        ],
    },
    {
        name: "azure", label: N_("Microsoft Azure"),
        fileHelp: N_("A file with client_id and client_secret of the application that may write to the resource groups."),
        keys: [{ key: "credentials", label: N_("Credentials file"), credentialsFile: true, placeholder: "/etc/osbuild-worker/azure-credentials.toml" }],
    },
    {
        name: "containers", label: N_("Container registry"),
        fileHelp: N_("A containers auth.json file (as written by podman login)."),
        keys: [
            { key: "auth_file_path", label: N_("Auth file"), credentialsFile: true, placeholder: "/etc/osbuild-worker/containers-auth.json" },
            { key: "domain", label: N_("Registry domain"), placeholder: "registry.example.com" },
            { key: "path_prefix", label: N_("Path prefix"), placeholder: "org/images" },
            { key: "tls_verify", label: N_("Verify TLS"), kind: "boolean" },
        ],
    },
];

export interface KojiKerberos {
    host: string;
    principal: string;
    keytab: string;
}

export type ParsedWorkerConfig = { ok: true; doc: WorkerDoc; hasComments: boolean } | { ok: false; message: string };

const isTable = (value: unknown): value is Record<string, unknown> =>
    typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** smol-toml's tables have no prototype: copy into plain objects */
function plain(value: unknown): unknown {
    if (Array.isArray(value))
        return value.map(plain);
    if (isTable(value)) {
        const out: Record<string, unknown> = {};
        for (const [key, child] of Object.entries(value))
            Object.defineProperty(out, key, { value: plain(child), enumerable: true, writable: true, configurable: true });
        return out;
    }
    return value;
}

/** A missing file (null) is an empty configuration */
export function parseWorkerConfig(text: string | null): ParsedWorkerConfig {
    if (text === null || text.trim() === "")
        return { ok: true, doc: {}, hasComments: false };
    try {
        return { ok: true, doc: plain(parse(text)) as WorkerDoc, hasComments: text.split("\n").some(line => /^\s*#/.test(line) || /["'\]\w]\s+#/.test(line)) };
    } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
    }
}

export function serializeWorkerConfig(doc: WorkerDoc): string {
    return `${stringify(doc)}\n`;
}

export type SectionValues = Record<string, string | boolean>;

export function sectionValues(doc: WorkerDoc, section: WorkerSection): SectionValues {
    const table = isTable(doc[section.name]) ? doc[section.name] as Record<string, unknown> : {};
    const values: SectionValues = {};
    for (const { key, kind } of section.keys) {
        const value = table[key];
        if (kind === "boolean" ? typeof value === "boolean" : typeof value === "string")
            values[key] = value as string | boolean;
    }
    return values;
}

/** The doc with the section's known keys set from values (empty text removes a key; an empty section goes away) */
export function withSection(doc: WorkerDoc, section: WorkerSection, values: SectionValues): WorkerDoc {
    const old = isTable(doc[section.name]) ? doc[section.name] as Record<string, unknown> : {};
    const table: Record<string, unknown> = { ...old };
    for (const { key } of section.keys) {
        const value = values[key];
        if (value === undefined || (typeof value === "string" && value.trim() === ""))
            delete table[key];
        else
            table[key] = typeof value === "string" ? value.trim() : value;
    }
    const next: WorkerDoc = { ...doc };
    if (Object.keys(table).length === 0)
        delete next[section.name];
    else
        next[section.name] = table;
    return next;
}

export function kojiKerberos(doc: WorkerDoc): KojiKerberos[] {
    const koji = isTable(doc.koji) ? doc.koji : {};
    return Object.entries(koji).flatMap(([host, value]) => {
        const kerberos = isTable(value) && isTable(value.kerberos) ? value.kerberos : null;
        if (!kerberos)
            return [];
        return [{ host, principal: typeof kerberos.principal === "string" ? kerberos.principal : "", keytab: typeof kerberos.keytab === "string" ? kerberos.keytab : "" }];
    });
}

/** The doc with exactly these hubs' kerberos tables; other keys under each hub are kept */
export function withKojiKerberos(doc: WorkerDoc, hubs: readonly KojiKerberos[]): WorkerDoc {
    const old = isTable(doc.koji) ? doc.koji : {};
    const koji: Record<string, unknown> = {};
    for (const [host, value] of Object.entries(old)) {
        if (!isTable(value))
            continue;
        const { kerberos: _dropped, ...rest } = value;
        if (Object.keys(rest).length > 0)
            koji[host] = rest;
    }
    for (const hub of hubs) {
        const host = hub.host.trim();
        if (host === "")
            continue;
        const existing = isTable(koji[host]) ? koji[host] as Record<string, unknown> : {};
        koji[host] = { ...existing, kerberos: { principal: hub.principal.trim(), keytab: hub.keytab.trim() } };
    }
    const next: WorkerDoc = { ...doc };
    if (Object.keys(koji).length === 0)
        delete next.koji;
    else
        next.koji = koji;
    return next;
}

export type WorkerConfigProblem = "absolute-path" | "required" | "hub-host";

/** Problems of a hub row, by field */
export function kojiProblems(hub: KojiKerberos): Partial<Record<keyof KojiKerberos, WorkerConfigProblem>> {
    const problems: Partial<Record<keyof KojiKerberos, WorkerConfigProblem>> = {};
    if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(hub.host.trim()))
        problems.host = "hub-host";
    if (hub.principal.trim() === "")
        problems.principal = "required";
    if (!hub.keytab.trim().startsWith("/"))
        problems.keytab = "absolute-path";
    return problems;
}

/** A credentials path must be absolute */
export function pathProblem(value: string | boolean | undefined): WorkerConfigProblem | null {
    return typeof value === "string" && value.trim() !== "" && !value.trim().startsWith("/") ? "absolute-path" : null;
}
