// Rules for customizations.openscap and .cacerts. Pure.
import { absolutePath, Problems, type Record_, requiredString, string, strings, table } from "./check";

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END CERTIFICATE-----/g;

/** One or more PEM certificates and nothing else but white space */
export function isPemCertificate(text: string): boolean {
    const blocks = [...text.matchAll(PEM_BLOCK)];
    if (blocks.length === 0)
        return false;
    const rest = text.replace(PEM_BLOCK, "").trim();
    return rest === "" && blocks.every(block => /^[A-Za-z0-9+/]+={0,2}$/.test(block[1].replace(/\s+/g, "")));
}

function openscap(c: Record_, out: Problems): void {
    const base = ["customizations", "openscap"];
    const scap = table(c.openscap, base, out);
    if (!scap)
        return;
    absolutePath(scap.datastream, [...base, "datastream"], out);
    requiredString(scap.profile_id, [...base, "profile_id"], out);
    string(scap.policy_id, [...base, "policy_id"], out);
    const tailoring = table(scap.tailoring, [...base, "tailoring"], out);
    strings(tailoring?.selected, [...base, "tailoring", "selected"], out);
    strings(tailoring?.unselected, [...base, "tailoring", "unselected"], out);
    const json = table(scap.json_tailoring, [...base, "json_tailoring"], out);
    if (json) {
        requiredString(json.profile_id, [...base, "json_tailoring", "profile_id"], out);
        absolutePath(json.filepath, [...base, "json_tailoring", "filepath"], out, true);
    }
}

function cacerts(c: Record_, out: Problems): void {
    const base = ["customizations", "cacerts"];
    const certs = table(c.cacerts, base, out);
    for (const [pem, i] of strings(certs?.pem_certs, [...base, "pem_certs"], out)) {
        if (!isPemCertificate(pem))
            out.add([...base, "pem_certs", i], "pem");
    }
}

export function validateSecurity(c: Record_, out: Problems): void {
    openscap(c, out);
    cacerts(c, out);
}
