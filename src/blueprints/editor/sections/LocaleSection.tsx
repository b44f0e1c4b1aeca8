// customizations.locale: the languages (the first one is the system's) and the keyboard layout.
import { _ } from "../../../../pkg/lib/gettext";
import { StringListField } from "../fields/StringListField";
import { TextField } from "../fields/TextField";
import { binder } from "../fields/values";
import type { SectionProps } from "./types";

export function LocaleSection({ value, onChange, problems, basePath = ["customizations", "locale"] }: SectionProps) {
    const at = binder(value, onChange, basePath, problems);
    return (
        <>
            <StringListField label={_("Languages")} itemLabel={_("Language")} addLabel={_("Add language")}
                {...at("languages")} placeholder="en_US.UTF-8"
                helperText={_("The first language is the system's default.")} />
            <TextField label={_("Keyboard layout")} {...at("keyboard")} placeholder="us" />
        </>
    );
}
