// The [koji."<hub host>".kerberos] tables: one row per hub with principal and keytab path.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormFieldGroup, FormFieldGroupHeader, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";

import { _, format } from "../../../pkg/lib/gettext";
import { type KojiKerberos, type WorkerConfigProblem, kojiProblems } from "../../model/workerConfig";

function problemText(problem: WorkerConfigProblem): string {
    switch (problem) {
    case "required": return _("This field is required.");
    case "absolute-path": return _("Use an absolute path, starting with \"/\".");
    case "hub-host": return _("Use the hub's host name, like koji.example.com (no https://).");
    }
}

interface Props {
    hubs: KojiKerberos[];
    onChange: (hubs: KojiKerberos[]) => void;
}

export function KojiHubsFields({ hubs, onChange }: Props) {
    const set = (index: number, change: Partial<KojiKerberos>) => onChange(hubs.map((hub, i) => i === index ? { ...hub, ...change } : hub));
    return (
        <FormFieldGroup header={<FormFieldGroupHeader titleText={{ text: _("Koji hubs (Kerberos)"), id: "worker-koji-title" }}
                                                      titleDescription={_("The worker imports Koji builds with this principal and keytab, per hub host.")} />}>
            {hubs.map((hub, index) => {
                const problems = kojiProblems(hub);
                const input = (key: keyof KojiKerberos, label: string, placeholder: string) => {
                    const id = `worker-koji-${index}-${key}`;
                    return (
                        <FlexItem grow={{ default: "grow" }}>
                            <FormGroup label={label} fieldId={id} isRequired>
                                <TextInput id={id} value={hub[key]} placeholder={placeholder} validated={problems[key] ? "error" : "default"}
                                           aria-describedby={problems[key] ? `${id}-helper` : undefined}
                                           onChange={(_event, value) => set(index, { [key]: value })} />
                                {problems[key] &&
                                    <FormHelperText><HelperText id={`${id}-helper`}><HelperTextItem variant="error">{problemText(problems[key])}</HelperTextItem></HelperText></FormHelperText>}
                            </FormGroup>
                        </FlexItem>
                    );
                };
                return (
                    <Flex key={index} alignItems={{ default: "alignItemsFlexEnd" }}>
                        {input("host", _("Hub host"), "koji.example.com")}
                        {input("principal", _("Principal"), "osbuild@EXAMPLE.COM")}
                        {input("keytab", _("Keytab"), "/etc/osbuild-worker/koji.keytab")}
                        <FlexItem>
                            <Button variant="link" isDanger onClick={() => onChange(hubs.filter((_hub, i) => i !== index))}
                                    aria-label={format(_("Remove hub $0"), hub.host || String(index + 1))}>{_("Remove")}</Button>
                        </FlexItem>
                    </Flex>
                );
            })}
            <div>
                <Button variant="secondary" id="worker-koji-add" onClick={() => onChange([...hubs, { host: "", principal: "", keytab: "" }])}>{_("Add a hub")}</Button>
            </div>
        </FormFieldGroup>
    );
}
