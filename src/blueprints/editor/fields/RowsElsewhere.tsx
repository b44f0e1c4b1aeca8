// Under a paged list of records: the rows on other pages that have problems, each a link
// that shows its page and puts the focus in it, so no problem hides on an unseen page.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";

import { format, ngettext, _ } from "../../../../pkg/lib/gettext";
import type { Path } from "../../../model/objectPath";
import type { Problem } from "../../../model/validation/types";
import { fieldId, isUnder } from "./paths";
import { asRecord, type Rec } from "./values";

/** links shown; the rest are counted */
const SHOWN = 5;

interface Props {
    path: Path;
    items: readonly unknown[];
    problems: readonly Problem[];
    /** the rows on the page shown: [from, to) */
    from: number;
    to: number;
    itemTitle: (item: Rec, index: number) => string;
    onGo: (index: number) => void;
}

export function RowsElsewhere({ path, items, problems, from, to, itemTitle, onGo }: Props) {
    const rows = new Set<number>();
    for (const problem of problems) {
        if (!isUnder(problem.path, path) || problem.path.length <= path.length)
            continue;
        const index = problem.path[path.length];
        if (typeof index === "number" && (index < from || index >= to) && index < items.length)
            rows.add(index);
    }
    if (rows.size === 0)
        return null;
    const sorted = [...rows].sort((a, b) => a - b);
    return (
        <HelperText id={fieldId(path, "elsewhere")}>
            <HelperTextItem variant="error">
                {format(ngettext("$0 row on another page has problems:", "$0 rows on other pages have problems:", sorted.length), sorted.length)}
                {sorted.slice(0, SHOWN).map(index =>
                    <span key={index}>
                        {" "}
                        <Button variant="link" isInline id={fieldId([...path, index], "go")} onClick={() => onGo(index)}>
                            {itemTitle(asRecord(items[index]), index)}
                        </Button>
                    </span>)}
                {sorted.length > SHOWN && ` ${format(_("and $0 more"), sorted.length - SHOWN)}`}
            </HelperTextItem>
        </HelperText>
    );
}
