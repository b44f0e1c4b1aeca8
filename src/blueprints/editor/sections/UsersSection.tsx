// customizations.user, every field of each user, with the legacy customizations.sshkey
// entries shown beside them: composer adds those keys to the users of the same name. The
// legacy entries stay where they are (in sshkey) unless the user moves them.
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";

import { _, format, ngettext } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import { CheckboxField } from "../fields/CheckboxField";
import { Columns } from "../fields/Columns";
import { DaysDateField } from "../fields/DaysDateField";
import { NumberField } from "../fields/NumberField";
import { RecordListField, titled } from "../fields/RecordListField";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { asList, asRecord, type Binder, type Rec } from "../fields/values";
import type { SectionProps } from "./types";

const HASH = /^\$(6|5|2b|y)\$/;

function passwordHint(password: unknown): string {
    if (typeof password === "string" && HASH.test(password))
        return _("Stored as a hash; composer keeps it as it is.");
    return _("Plain text is hashed by composer when the blueprint is saved; a crypt hash ($6$, $5$, $2b$) is kept as it is.");
}

function userFields(at: Binder) {
    const password = at("password");
    const expiredate = at("expiredate");
    return (
        <>
            <Columns>
                <TextField label={_("User name")} {...at("name")} isRequired />
                <TextField label={_("Description")} {...at("description")} />
                <TextField label={_("Password")} {...password} type="password" helperText={passwordHint(password.value)} />
                <TextField label={_("Home directory")} {...at("home")} placeholder="/home/…" />
                <TextField label={_("Shell")} {...at("shell")} placeholder="/bin/bash" />
                <NumberField label={_("User ID")} {...at("uid")} />
                <NumberField label={_("Group ID")} {...at("gid")} />
                <DaysDateField label={_("Account expires on")} {...expiredate}
                    helperText={typeof expiredate.value === "number" ? format(_("Day $0 since 1970-01-01."), expiredate.value) : undefined} />
            </Columns>
            <TextField label={_("SSH public key")} {...at("key")} rows={2} monospace placeholder="ssh-ed25519 AAAA… user@host" />
            <StringListField label={_("Groups")} itemLabel={_("Group")} addLabel={_("Add group")} {...at("groups")} placeholder="wheel" />
            <CheckboxField label={_("Force a password change at first login")} {...at("force_password_reset")} removeWhenOff />
        </>
    );
}

interface Props extends SectionProps {
    /** customizations.sshkey, the legacy list of { user, key } */
    sshkey?: unknown;
    onSshkeyChange?: (next: unknown[] | undefined) => void;
    sshkeyPath?: Path;
}

/** How many legacy sshkey entries name each user */
function legacyKeyCounts(sshkey: unknown): Map<string, number> {
    const counts = new Map<string, number>();
    for (const entry of asList(sshkey)) {
        const user = asRecord(entry).user;
        if (typeof user === "string")
            counts.set(user, (counts.get(user) ?? 0) + 1);
    }
    return counts;
}

export function UsersSection({ value, onChange, problems, basePath = ["customizations", "user"], sshkey, onSshkeyChange, sshkeyPath = ["customizations", "sshkey"] }: Props) {
    const legacy = legacyKeyCounts(sshkey);
    const legacyNote = (user: Rec) => {
        const count = typeof user.name === "string" ? legacy.get(user.name) ?? 0 : 0;
        return count > 0
            ? format(ngettext("Also gets $0 key from the legacy SSH keys below.", "Also gets $0 keys from the legacy SSH keys below.", count), count)
            : undefined;
    };
    return (
        <>
            <RecordListField
                label={_("Users")}
                hideLabel
                path={basePath}
                value={value}
                onChange={next => onChange(next)}
                problems={problems}
                itemTitle={(user, i) => titled(_("User"), user.name, i)}
                itemDescription={legacyNote}
                newItem={() => ({ name: "" })}
                addLabel={_("Add user")}
                emptyText={_("No users.")}
                renderItem={userFields}
            />
            {sshkey !== undefined && onSshkeyChange &&
                <>
                    <Content component="p">
                        {_("Legacy SSH keys: composer adds each key to the user of the same name. They are kept in the blueprint's \"sshkey\" list.")}
                    </Content>
                    <RecordListField
                        label={_("Legacy SSH keys")}
                        path={sshkeyPath}
                        value={sshkey}
                        onChange={next => onSshkeyChange(next.length > 0 ? next : undefined)}
                        problems={problems}
                        itemTitle={(entry, i) => titled(_("SSH key of"), entry.user, i)}
                        newItem={() => ({ user: "", key: "" })}
                        addLabel={_("Add legacy SSH key")}
                        renderItem={at => (
                            <Columns>
                                <TextField label={_("User name")} {...at("user")} isRequired />
                                <TextField label={_("SSH public key")} {...at("key")} monospace isRequired />
                            </Columns>
                        )}
                    />
                </>}
        </>
    );
}
