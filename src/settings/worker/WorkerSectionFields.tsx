// One section of the worker's configuration ([aws], [gcp], [azure], [containers]): its keys, and
// for a credentials file path a text area whose content is written to that path (mode 0600) on
// save. The content stays in component state only.
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { ExpandableSection } from "@patternfly/react-core/dist/esm/components/ExpandableSection/index.js";
import { FormFieldGroup, FormFieldGroupHeader, FormGroup, FormHelperText } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { HelperText, HelperTextItem } from "@patternfly/react-core/dist/esm/components/HelperText/index.js";
import { TextArea } from "@patternfly/react-core/dist/esm/components/TextArea/index.js";
import { TextInput } from "@patternfly/react-core/dist/esm/components/TextInput/index.js";

import { _, format } from "../../../pkg/lib/gettext";
import { type SectionValues, type WorkerSection, pathProblem } from "../../model/workerConfig";

interface Props {
    section: WorkerSection;
    values: SectionValues;
    onChange: (values: SectionValues) => void;
    /** new credentials file contents by key */
    files: Record<string, string>;
    onFile: (key: string, content: string) => void;
}

export function WorkerSectionFields({ section, values, onChange, files, onFile }: Props) {
    return (
        <FormFieldGroup header={<FormFieldGroupHeader titleText={{ text: `${_(section.label)} [${section.name}]`, id: `worker-${section.name}-title` }} />}>
            {section.keys.map(item => {
                const id = `worker-${section.name}-${item.key}`;
                const value = values[item.key];
                if (item.kind === "boolean") {
                    return (
                        <FormGroup key={item.key} fieldId={id}>
                            <Checkbox id={id} label={_(item.label)} isChecked={value !== false}
                                      onChange={(_event, checked) => onChange({ ...values, [item.key]: checked })} />
                        </FormGroup>
                    );
                }
                const problem = item.credentialsFile ? pathProblem(value) : null;
                const text = typeof value === "string" ? value : "";
                return (
                    <FormGroup key={item.key} label={_(item.label)} fieldId={id}>
                        <TextInput id={id} value={text} placeholder={item.placeholder} validated={problem ? "error" : "default"}
                                   aria-describedby={problem ? `${id}-helper` : undefined}
                                   onChange={(_event, v) => onChange({ ...values, [item.key]: v })} />
                        {problem &&
                            <FormHelperText><HelperText id={`${id}-helper`}><HelperTextItem variant="error">{_("Use an absolute path, starting with \"/\".")}</HelperTextItem></HelperText></FormHelperText>}
                        {item.credentialsFile &&
                            <ExpandableSection toggleText={_("Write a new file at this path")} id={`${id}-file-toggle`}>
                                <p>{section.fileHelp ? _(section.fileHelp) : null}</p>
                                <TextArea id={`${id}-file`} aria-label={format(_("Contents of $0"), text || _(item.label))}
                                          value={files[item.key] ?? ""} onChange={(_event, v) => onFile(item.key, v)}
                                          rows={5} resizeOrientation="vertical" spellCheck={false} autoComplete="off" />
                                <FormHelperText><HelperText><HelperTextItem>
                                    {_("Written on save with mode 0600 (readable by root only); never stored by this page.")}
                                </HelperTextItem></HelperText></FormHelperText>
                            </ExpandableSection>}
                    </FormGroup>
                );
            })}
        </FormFieldGroup>
    );
}
