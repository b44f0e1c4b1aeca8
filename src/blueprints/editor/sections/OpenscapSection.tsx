// customizations.openscap: the SCAP datastream and profile the image is hardened with, and
// rules selected or unselected on top of it (or a JSON tailoring file).
import { _ } from "../../../../pkg/lib/gettext";
import { Columns } from "../fields/Columns";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function OpenscapSection({ value, onChange, problems, basePath = ["customizations", "openscap"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <TextField label={_("Profile ID")} {...at("profile_id")} isRequired monospace
                placeholder="xccdf_org.ssgproject.content_profile_cis" />
            <TextField label={_("Datastream")} {...at("datastream")} monospace
                placeholder="/usr/share/xml/scap/ssg/content/ssg-fedora-ds.xml"
                helperText={_("The distribution's default datastream when empty.")} />
            <TextField label={_("Policy ID")} {...at("policy_id")} monospace />
            <Columns>
                <StringListField label={_("Tailoring: selected rules")} itemLabel={_("Selected rule")}
                    addLabel={_("Add selected rule")} {...at("tailoring", "selected")} monospace />
                <StringListField label={_("Tailoring: unselected rules")} itemLabel={_("Unselected rule")}
                    addLabel={_("Add unselected rule")} {...at("tailoring", "unselected")} monospace />
                <TextField label={_("JSON tailoring: profile ID")} {...at("json_tailoring", "profile_id")} monospace />
                <TextField label={_("JSON tailoring: file path")} {...at("json_tailoring", "filepath")} monospace
                    placeholder="/etc/openscap/tailoring.json" />
            </Columns>
        </>
    );
}
