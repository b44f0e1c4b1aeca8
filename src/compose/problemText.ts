// Target, Koji and compose problems as translated sentences, shown at the field they concern.
// Exhaustive switches: a new code does not compile until it has its sentence here.
import { _, format } from "../../pkg/lib/gettext";
import { problemText as blueprintProblemText } from "../blueprints/editor/problemText";
import type { ComposeProblem, ComposeProblemCode } from "../model/composeRequest";
import type { FieldProblem } from "../model/targetChecks";

function param(params: Record<string, string | number> | undefined, name: string): string {
    const value = params?.[name];
    return value === undefined ? "" : String(value);
}

function bucketText(reason: string): string {
    switch (reason) {
    case "length": return _("A bucket name has 3 to 63 characters.");
    case "characters": return _("Use lower-case letters, digits, dots and dashes.");
    case "edges": return _("A bucket name starts and ends with a letter or digit.");
    case "dots": return _("A bucket name has no two dots in a row.");
    case "ip": return _("A bucket name cannot look like an IP address.");
    case "google": return _("A bucket name cannot contain \"google\".");
    default: return _("Not a valid bucket name.");
    }
}

export function fieldProblemText(problem: FieldProblem): string {
    const code = problem.code;
    const params = problem.params;
    switch (code) {
    case "required": case "url": case "hostname": case "enum": case "absolute-path": case "not-integer": case "range": case "wrong-type":
        return blueprintProblemText({ path: [], code, ...(params ? { params } : {}) });
    case "aws-region": return _("Use an AWS region like us-east-1 or eu-central-1.");
    case "aws-account-id": return _("An AWS account ID is 12 digits.");
    case "aws-access-key": return _("An access key ID is 16 to 128 upper-case letters and digits.");
    case "s3-bucket": return bucketText(param(params, "reason"));
    case "s3-key": return _("An object key is at most 1024 bytes.");
    case "gcp-region": return _("Use a Google Cloud location like us-central1 or europe-west3.");
    case "gcp-bucket": return bucketText(param(params, "reason"));
    case "gcp-image-name": return _("Use lower-case letters, digits and dashes, starting with a letter (at most 63).");
    case "gcp-share-account": return _("Use user:, serviceAccount:, group: with an e-mail address, or domain: with a domain.");
    case "gcp-credentials":
        return param(params, "reason") === "field"
            ? format(_("The service account file has no \"$0\"."), param(params, "field"))
            : _("Not a service account JSON file.");
    case "uuid": return _("Use a UUID like 5c7ef5b6-1c3f-4da0-a622-0b060239d7d7.");
    case "azure-resource-group": return _("Use 1 to 90 letters, digits, _ . ( ) -, not ending with a dot.");
    case "azure-location": return _("Use an Azure location like westeurope.");
    case "azure-image-name": return _("Use 1 to 80 letters, digits, _ . -, starting with a letter or digit.");
    case "azure-storage-account": return _("Use 3 to 24 lower-case letters and digits.");
    case "azure-container": return _("Use 3 to 63 lower-case letters, digits and single dashes.");
    case "container-name": return _("Use a repository like registry.example.com/org/image.");
    case "container-tag": return _("Use letters, digits, _ . - (at most 128), not starting with . or -.");
    case "container-reference": return _("Use registry/name[:tag], like quay.io/org/image:latest.");
    case "oci-private-key": return _("Not a PEM private key.");
    case "oci-fingerprint": return _("Use 16 colon-separated hex pairs, like 12:34:…");
    case "oci-ocid": return format(_("Use an OCID like ocid1.$0.oc1..aaaa…"), param(params, "kind"));
    case "oci-region": return _("Use an OCI region like us-ashburn-1.");
    case "koji-name": return _("Use letters, digits and _ . + - only.");
    case "koji-version": return _("Use letters, digits and _ . + ~ ^ only (no dash).");
    case "refused": return format(_("Composer refused this: $0"), param(params, "message"));
    }
}

export function composeProblemText(problem: ComposeProblem): string {
    const code: ComposeProblemCode = problem.code;
    switch (code) {
    case "blueprint-name": return _("Choose a blueprint.");
    case "no-image": return _("Choose at least one image type.");
    case "too-many-images": return _("Only a Koji build takes several images.");
    case "duplicate-image": return _("The same image type and architecture are chosen twice.");
    case "unknown-image-type": return _("The Cloud API does not build this image type.");
    case "bootc-only": return _("This image type is built from a bootable container, not a distribution.");
    case "target-not-allowed": return _("This upload target does not fit the image type.");
    case "no-target": return _("Choose where the image goes.");
    case "koji-one-upload": return _("A Koji image takes at most one extra upload.");
    case "koji-upload-not-default":
        return format(_("A Koji image uploads only to its own cloud ($0)."), param(problem.params, "expected"));
    case "size": return _("Use a whole number of GiB.");
    case "ostree-not-supported": return _("This image type takes no ostree options.");
    case "ostree-url-required": return _("This image type needs the URL of an ostree repository.");
    case "ostree-parent-needs-url": return _("A parent commit is fetched from the URL: give the URL too.");
    case "ostree-ref": return _("Use an ostree ref like rhel/9/x86_64/edge.");
    case "weldr-no-distro":
        return format(_("Through Weldr, composer builds for the blueprint's distribution, and this blueprint names none; the host's ($0) cannot be built. Set a distribution in the blueprint, or choose a destination through the Cloud API."), param(problem.params, "host"));
    default: return fieldProblemText({ code, ...(problem.params ? { params: problem.params } : {}) });
    }
}
