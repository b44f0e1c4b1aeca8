// customizations.cacerts: CA certificates (PEM) added to the image's trust store.
import { _ } from "../../../../pkg/lib/gettext";
import { StringListField } from "../fields/StringListField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function CacertsSection({ value, onChange, problems, basePath = ["customizations", "cacerts"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <StringListField label={_("CA certificates")} itemLabel={_("Certificate")} addLabel={_("Add certificate")}
            {...at("pem_certs")} rows={6} monospace placeholder={"-----BEGIN CERTIFICATE-----\n…\n-----END CERTIFICATE-----"} />
    );
}
