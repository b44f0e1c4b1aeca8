// The blueprint fields the Cloud API cannot carry, listed before submit.
import { List, ListItem } from "@patternfly/react-core/dist/esm/components/List/index.js";

import { Alert } from "../../pkg/lib/Alert";
import { _, format, ngettext } from "../../pkg/lib/gettext";
import { DROP_REASON_TEXT, type Dropped } from "../model/toCloud";

function pathText(path: readonly (string | number)[]): string {
    return path.map(part => typeof part === "number" ? `[${part}]` : part).join(".").replace(/\.\[/g, "[");
}

export function DroppedFields({ dropped }: { dropped: Dropped[] }) {
    return (
        <Alert variant="warning" isInline id="create-image-dropped"
               title={format(ngettext("The Cloud API cannot carry $0 field of this blueprint", "The Cloud API cannot carry $0 fields of this blueprint", dropped.length), dropped.length)}>
            <List>
                {dropped.map(item => (
                    <ListItem key={pathText(item.path)}>
                        <code>{pathText(item.path)}</code>{": "}
                        {format(_(DROP_REASON_TEXT[item.reason]), item.params?.field ?? "")}
                    </ListItem>
                ))}
            </List>
        </Alert>
    );
}
