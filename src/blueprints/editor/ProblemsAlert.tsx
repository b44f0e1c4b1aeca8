// What must be fixed before the blueprint can be saved, each with where it is.
import { List, ListItem } from "@patternfly/react-core/dist/esm/components/List/index.js";

import { Alert } from "../../../pkg/lib/Alert";
import { ngettext, format } from "../../../pkg/lib/gettext";
import { pathText } from "../../model/objectPath";
import type { Problem } from "../../model/validation/types";
import { problemText } from "./problemText";

const SHOWN = 10;

export function ProblemsAlert({ problems }: { problems: Problem[] }) {
    return (
        <Alert variant="warning" isInline
            title={format(ngettext("$0 problem must be fixed before saving", "$0 problems must be fixed before saving", problems.length), problems.length)}>
            <List>
                {problems.slice(0, SHOWN).map(problem => (
                    <ListItem key={`${pathText(problem.path)}-${problem.code}`}>
                        <code>{pathText(problem.path)}</code>: {problemText(problem)}
                    </ListItem>
                ))}
            </List>
        </Alert>
    );
}
