// customizations.repositories: .repo files written to /etc/yum.repos.d in the image, and
// with install_from also used to build it.
import { _ } from "../../../../pkg/lib/gettext";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { NumberField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { TriStateField } from "../fields/TriStateField";
import type { Binder } from "../fields/values";
import type { SectionProps } from "./types";

function repositoryFields(at: Binder) {
    return (
        <>
            <Columns>
                <TextField label={_("Repository ID")} {...at("id")} isRequired monospace placeholder="extras" />
                <TextField label={_("Name")} {...at("name")} />
                <TextField label={_("File name")} {...at("filename")} monospace placeholder="extras.repo"
                    helperText={_("The .repo file in /etc/yum.repos.d; from the ID when empty.")} />
                <NumberField label={_("Priority")} {...at("priority")} placeholder="99" />
            </Columns>
            <StringListField label={_("Base URLs")} itemLabel={_("Base URL")} addLabel={_("Add base URL")}
                {...at("baseurls")} placeholder="https://example.com/repo/" monospace />
            <Columns>
                <TextField label={_("Metalink")} {...at("metalink")} type="url" monospace />
                <TextField label={_("Mirror list")} {...at("mirrorlist")} type="url" monospace />
            </Columns>
            <StringListField label={_("GPG keys")} itemLabel={_("GPG key")} addLabel={_("Add GPG key")}
                {...at("gpgkeys")} rows={2} monospace helperText={_("URLs of keys, or armored keys.")} />
            <Columns span={4}>
                <TriStateField label={_("Enabled")} {...at("enabled")} />
                <TriStateField label={_("Check package signatures (gpgcheck)")} {...at("gpgcheck")} />
                <TriStateField label={_("Check repository signature (repo_gpgcheck)")} {...at("repo_gpgcheck")} />
                <TriStateField label={_("Verify TLS certificates (sslverify)")} {...at("sslverify")} />
                <TriStateField label={_("Module hotfixes")} {...at("module_hotfixes")} />
            </Columns>
            <CheckboxField label={_("Also install packages from it when building the image")} {...at("install_from")} />
        </>
    );
}

export function RepositoriesSection({ value, onChange, problems, basePath = ["customizations", "repositories"] }: SectionProps) {
    return (
        <RecordListField
            label={_("Repositories")}
            hideLabel
            path={basePath}
            value={value}
            onChange={next => onChange(next)}
            problems={problems}
            itemTitle={(repo, i) => titled(_("Repository"), repo.id, i)}
            newItem={() => ({ id: "", baseurls: [""] })}
            addLabel={_("Add repository")}
            emptyText={_("No repositories.")}
            renderItem={repositoryFields}
        />
    );
}
