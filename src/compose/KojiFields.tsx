// The Koji part of the create-image dialog: hub (with the recently used ones offered), task
// id, name, version, release; image types × architectures (N image requests); and for each
// image type an optional upload to its own cloud, with that target's fields.
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { FormFieldGroup, FormFieldGroupHeader, FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { useMemo } from "react";

import { _, format } from "../../pkg/lib/gettext";
import type { ComposeProblem } from "../model/composeRequest";
import { imageTypeLabel, weldrNameForCloud } from "../model/imageTypes";
import { KOJI_FIELDS } from "../model/koji";
import { type FieldProblem, type TargetValues, defaultCloudTarget, targetById } from "../model/targets";
import { ARCHITECTURES, type ComposeForm } from "./composeForm";
import { FieldInputs } from "./FieldInputs";
import { composeProblemText } from "./problemText";
import { recentHubs } from "./recentHubs";

interface Props {
    form: ComposeForm;
    update: (change: Partial<ComposeForm>) => void;
    /** Cloud image types the chosen distribution builds */
    cloudTypes: string[];
    problems: ComposeProblem[];
}

function problemsUnder(problems: ComposeProblem[], prefix: string): Map<string, FieldProblem> {
    const found = new Map<string, FieldProblem>();
    for (const problem of problems) {
        if (problem.path.startsWith(prefix) && problem.code !== "blueprint-name")
            found.set(problem.path.slice(prefix.length), { code: problem.code as FieldProblem["code"], ...(problem.params ? { params: problem.params } : {}) });
    }
    return found;
}

const toggle = (list: string[], item: string, on: boolean): string[] => on ? [...list.filter(i => i !== item), item] : list.filter(i => i !== item);

export function KojiFields({ form, update, cloudTypes, problems }: Props) {
    const hubs = useMemo(recentHubs, []);
    const uploadable = form.kojiTypes.filter(type => {
        const target = targetById(`cloud:${defaultCloudTarget(type) ?? ""}`);
        return target !== undefined && target.type !== "local";
    });
    const listProblems = problems.filter(p => p.path === "images" || /^images\.\d+(\.targets)?$/.test(p.path));
    // the first image request of each type carries that type's upload problems
    const firstIndex = (type: string) => form.kojiTypes.indexOf(type) * form.kojiArches.length;

    return (
        <FormFieldGroup header={<FormFieldGroupHeader titleText={{ text: _("Koji build"), id: "create-image-koji-title" }} />}>
            <datalist id="create-image-koji-hubs">{hubs.map(hub => <option key={hub} value={hub} />)}</datalist>
            <FieldInputs idPrefix="create-image-koji" fields={KOJI_FIELDS} values={form.koji as TargetValues}
                         onChange={(key, value) => update({ koji: { ...form.koji, [key]: value } })}
                         problems={problemsUnder(problems, "koji.")} lists={{ server: "create-image-koji-hubs" }} />
            <FormGroup role="group" isInline label={_("Image types")} fieldId="create-image-koji-types" isRequired>
                {cloudTypes.map(type => (
                    <Checkbox key={type} id={`create-image-koji-type-${type}`} isChecked={form.kojiTypes.includes(type)}
                              label={_(imageTypeLabel(weldrNameForCloud(type, form.distro) ?? type))}
                              description={type}
                              onChange={(_event, on) => update({ kojiTypes: toggle(form.kojiTypes, type, on) })} />
                ))}
            </FormGroup>
            <FormGroup role="group" isInline label={_("Architectures")} fieldId="create-image-koji-arches" isRequired>
                {ARCHITECTURES.map(arch => (
                    <Checkbox key={arch} id={`create-image-koji-arch-${arch}`} label={arch} isChecked={form.kojiArches.includes(arch)}
                              onChange={(_event, on) => update({ kojiArches: toggle(form.kojiArches, arch, on) })} />
                ))}
            </FormGroup>
            {listProblems.map(problem => <p key={problem.path + problem.code} className="pf-v6-c-helper-text__item pf-m-error">{composeProblemText(problem)}</p>)}
            {uploadable.map(type => {
                const target = targetById(`cloud:${defaultCloudTarget(type) ?? ""}`);
                if (!target)
                    return null;
                const values = form.kojiUploads[type];
                return (
                    <FormGroup key={type} fieldId={`create-image-koji-upload-${type}`}>
                        <Checkbox id={`create-image-koji-upload-${type}`} isChecked={values !== undefined}
                                  label={format(_("Also upload the $0 images to $1"), type, _(target.label))}
                                  onChange={(_event, on) => update({ kojiUploads: { ...form.kojiUploads, [type]: on ? {} : undefined } })} />
                        {values !== undefined &&
                            <FieldInputs idPrefix={`create-image-koji-${type}`} fields={target.fields} values={values}
                                         onChange={(key, value) => update({ kojiUploads: { ...form.kojiUploads, [type]: { ...values, [key]: value } } })}
                                         problems={problemsUnder(problems, `images.${firstIndex(type)}.targets.0.`)} />}
                    </FormGroup>
                );
            })}
        </FormFieldGroup>
    );
}
