// The hub → web overrides of the Koji settings: one row per Koji instance.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon.js";
import MinusCircleIcon from "@patternfly/react-icons/dist/esm/icons/minus-circle-icon.js";

import { format, N_, _ } from "../../pkg/lib/gettext";
import { kojiBaseUrl } from "../model/kojiLinks";

export interface OverrideRow { hub: string; web: string }

/** msgid of what is wrong with the rows, or null. */
export function overridesProblem(rows: OverrideRow[]): string | null {
    const hubs = new Set<string>();
    for (const row of rows) {
        if (row.hub.trim() === "" && row.web.trim() === "")
            continue;
        const hub = kojiBaseUrl(row.hub.trim());
        if (!hub || !kojiBaseUrl(row.web.trim()))
            return N_("Every hub and web URL must be an http(s) address without a query or fragment.");
        if (hubs.has(hub))
            return N_("A hub is listed twice.");
        hubs.add(hub);
    }
    return null;
}

interface Props {
    rows: OverrideRow[];
    onChange(rows: OverrideRow[]): void;
}

export function KojiOverrides({ rows, onChange }: Props) {
    const set = (i: number, change: Partial<OverrideRow>) => onChange(rows.map((r, j) => j === i ? { ...r, ...change } : r));
    return (
        <FormGroup label={_("Other Koji instances")} role="group" fieldId="koji-overrides">
            {rows.map((row, i) => (
                <Flex key={i} className="foundry-koji-override" alignItems={{ default: "alignItemsCenter" }}>
                    <FlexItem grow={{ default: "grow" }}>
                        <TextInput aria-label={format(_("Hub URL $0"), i + 1)} value={row.hub} placeholder="https://brewhub.example.com/brewhub"
                                   onChange={(_e, v) => set(i, { hub: v })} />
                    </FlexItem>
                    <FlexItem grow={{ default: "grow" }}>
                        <TextInput aria-label={format(_("Web URL $0"), i + 1)} value={row.web} placeholder="https://brewweb.example.com/brew"
                                   onChange={(_e, v) => set(i, { web: v })} />
                    </FlexItem>
                    <FlexItem>
                        <Button variant="plain" aria-label={format(_("Remove Koji instance $0"), i + 1)} icon={<MinusCircleIcon />}
                                onClick={() => onChange(rows.filter((_r, j) => j !== i))} />
                    </FlexItem>
                </Flex>
            ))}
            <Button variant="link" icon={<PlusCircleIcon />} onClick={() => onChange([...rows, { hub: "", web: "" }])}>
                {_("Add a Koji instance")}
            </Button>
        </FormGroup>
    );
}
