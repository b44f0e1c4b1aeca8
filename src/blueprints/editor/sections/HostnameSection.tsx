// customizations.hostname: the host name the image boots with.
import { _ } from "../../../../pkg/lib/gettext";
import { TextField } from "../fields/TextField";
import type { SectionProps } from "./types";

export function HostnameSection({ value, onChange, problems, basePath = ["customizations", "hostname"] }: SectionProps) {
    return (
        <TextField
            label={_("Hostname")}
            path={basePath}
            value={value}
            onChange={next => onChange(next ?? "")}
            problems={problems}
            keepEmpty
            placeholder="web01.example.com"
        />
    );
}
