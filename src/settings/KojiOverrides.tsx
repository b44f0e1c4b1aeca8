// The hub → web overrides of the Koji settings: one row per Koji instance.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon.js";
import MinusCircleIcon from "@patternfly/react-icons/dist/esm/icons/minus-circle-icon.js";

import { format, N_, _ } from "../../pkg/lib/gettext";
import { kojiBaseUrl } from "../model/kojiLinks";

export interface OverrideRow { hub: string; web: string }

const BAD_URL = N_("Use an http(s) address without a query or fragment.");
const TWICE = N_("This hub is listed twice.");

/** msgids of what is wrong with each row's hub and web URL (rows left empty are ignored) */
export function overrideRowProblems(rows: OverrideRow[]): { hub?: string; web?: string }[] {
    const seen = new Set<string>();
    return rows.map(row => {
        if (row.hub.trim() === "" && row.web.trim() === "")
            return {};
        const hub = kojiBaseUrl(row.hub.trim());
        const problems: { hub?: string; web?: string } = {};
        if (!hub)
            problems.hub = BAD_URL;
        else if (seen.has(hub))
            problems.hub = TWICE;
        if (!kojiBaseUrl(row.web.trim()))
            problems.web = BAD_URL;
        if (hub)
            seen.add(hub);
        return problems;
    });
}

/** Whether any row has a problem (then the settings cannot be saved) */
export function overridesHaveProblems(rows: OverrideRow[]): boolean {
    return overrideRowProblems(rows).some(p => p.hub !== undefined || p.web !== undefined);
}

interface Props {
    rows: OverrideRow[];
    onChange(rows: OverrideRow[]): void;
}

export function KojiOverrides({ rows, onChange }: Props) {
    const set = (i: number, change: Partial<OverrideRow>) => onChange(rows.map((r, j) => j === i ? { ...r, ...change } : r));
    const problems = overrideRowProblems(rows);
    return (
        <FormGroup label={_("Other Koji instances")} role="group" fieldId="koji-overrides">
            {rows.map((row, i) => {
                const helperId = `koji-override-${i}-helper`;
                const here = problems[i];
                const messages = [...new Set([here.hub, here.web].filter((m): m is string => m !== undefined))];
                return (
                    <div key={i} className="foundry-koji-override">
                        <Flex alignItems={{ default: "alignItemsCenter" }}>
                            <FlexItem grow={{ default: "grow" }}>
                                <TextInput aria-label={format(_("Hub URL $0"), i + 1)} value={row.hub} placeholder="https://brewhub.example.com/brewhub"
                                           validated={here.hub ? "error" : "default"} aria-describedby={here.hub ? helperId : undefined}
                                           onChange={(_e, v) => set(i, { hub: v })} />
                            </FlexItem>
                            <FlexItem grow={{ default: "grow" }}>
                                <TextInput aria-label={format(_("Web URL $0"), i + 1)} value={row.web} placeholder="https://brewweb.example.com/brew"
                                           validated={here.web ? "error" : "default"} aria-describedby={here.web ? helperId : undefined}
                                           onChange={(_e, v) => set(i, { web: v })} />
                            </FlexItem>
                            <FlexItem>
                                <Button variant="plain" aria-label={format(_("Remove Koji instance $0"), i + 1)} icon={<MinusCircleIcon />}
                                        onClick={() => onChange(rows.filter((_r, j) => j !== i))} />
                            </FlexItem>
                        </Flex>
                        {messages.length > 0 &&
                            <FormHelperText>
                                <HelperText id={helperId}>
                                    {messages.map(m => <HelperTextItem key={m} variant="error">{_(m)}</HelperTextItem>)}
                                </HelperText>
                            </FormHelperText>}
                    </div>
                );
            })}
            <Button variant="link" icon={<PlusCircleIcon />} onClick={() => onChange([...rows, { hub: "", web: "" }])}>
                {_("Add a Koji instance")}
            </Button>
        </FormGroup>
    );
}
