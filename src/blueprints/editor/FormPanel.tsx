// The form side of the editor: the blueprint's own fields, package groups and modules,
// embedded containers, then one card per customization section.
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Form } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import { memo, type ReactNode, startTransition, useCallback, useEffect, useState } from "react";

import { _ } from "../../../pkg/lib/gettext";
import { useDistrosQuery } from "../../api/weldrSources";
import type { Blueprint } from "../../model/blueprint";
import type { Path } from "../../model/objectPath";
import type { Problem } from "../../model/validation/types";
import { ContainersSection } from "./sections/ContainersSection";
import { CustomizationSections } from "./sections/CustomizationSections";
import { GeneralSection } from "./sections/GeneralSection";
import { GroupsAndModulesSection } from "./sections/GroupsAndModulesSection";
import { useLatestCallback } from "./useLatestCallback";
import { useStableProblems } from "./useStableProblems";

const ARCHITECTURES = ["x86_64", "aarch64", "ppc64le", "s390x", "riscv64"];

// re-rendered only when the containers (or their problems) change, not on every keystroke
const MemoContainersSection = memo(ContainersSection);

/** a card of the blueprint's own fields, with a form of its own */
function FormCard({ title, children }: { title: string; children: ReactNode }) {
    return (
        <StackItem>
            <Card component="section">
                <CardTitle component="h2">{title}</CardTitle>
                <CardBody>
                    <Form onSubmit={event => event.preventDefault()}>{children}</Form>
                </CardBody>
            </Card>
        </StackItem>
    );
}

interface Props {
    blueprint: Blueprint;
    problems: readonly Problem[];
    onUpdate: (path: Path, value: unknown) => void;
    onReplace: (next: Blueprint) => void;
    isNew: boolean;
}

export function FormPanel({ blueprint, problems: allProblems, onUpdate, onReplace, isNew }: Props) {
    const distros = useDistrosQuery();
    const problems = useStableProblems(allProblems);
    const update = useLatestCallback(onUpdate);
    const replace = useLatestCallback((next: Blueprint | undefined) => next && onReplace(next));
    const changeContainers = useCallback((next: unknown) => update(["containers"], next), [update]);
    // The General card first, then the other cards in a transition of their own: a blueprint with
    // hundreds of users and thousands of packages shows its top card a render earlier, and input
    // stays possible while the rest renders (React yields between the cards).
    const [rest, setRest] = useState(false);
    useEffect(() => startTransition(() => setRest(true)), []);
    return (
        <Stack hasGutter>
            <FormCard title={_("General")}>
                <GeneralSection value={blueprint} onChange={replace} problems={problems}
                    isNew={isNew} distros={distros.data} architectures={ARCHITECTURES} />
            </FormCard>
            {rest && <>
            <FormCard title={_("Package groups and module streams")}>
                <GroupsAndModulesSection value={blueprint} onChange={replace} problems={problems} />
            </FormCard>
            <FormCard title={_("Containers")}>
                <MemoContainersSection value={blueprint.containers} onChange={changeContainers} problems={problems} />
            </FormCard>
            <StackItem>
                {/* each customization card holds its own form */}
                <CustomizationSections customizations={blueprint.customizations} onChange={update} problems={problems} />
            </StackItem>
            </>}
        </Stack>
    );
}
