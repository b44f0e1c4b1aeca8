// The packages part of the blueprint editor: the blueprint's packages (and legacy modules),
// a search of composer's repositories to add more, depsolve and freeze on demand.
// Edits go through onChange as a whole new blueprint; nothing else of it is touched.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Card, CardBody, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Content } from "@patternfly/react-core/dist/esm/components/Content/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import { useMemo } from "react";

import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { useLazyDepsolveBlueprintQuery, useLazyFreezeBlueprintQuery } from "../../api/weldrPackages";
import { ErrorAlert } from "../../app/ErrorAlert";
import type { Blueprint } from "../../model/blueprint";
import { DepsolveResults } from "./DepsolveResults";
import { FreezeResults } from "./FreezeResults";
import { PackageList } from "./PackageList";
import { PackageSearch } from "./PackageSearch";
import { addPackage, applyFrozen, entries, hasPackage, packagesNamedIn } from "./packageEdits";

interface Props {
    blueprint: Blueprint;
    onChange(next: Blueprint): void;
}

function text(value: unknown): string | undefined {
    return typeof value === "string" && value !== "" ? value : undefined;
}

export function PackagesEditor({ blueprint, onChange }: Props) {
    const name = blueprint.name;
    const [depsolve, depsolved] = useLazyDepsolveBlueprintQuery();
    const [freeze, frozen] = useLazyFreezeBlueprintQuery();
    const depsolveError = asComposerError(depsolved.error);
    const freezeError = asComposerError(frozen.error);
    const all = [...entries(blueprint, "packages"), ...entries(blueprint, "modules")];
    const names = all.map(p => typeof p.name === "string" ? p.name : "");

    const problems = useMemo(() => {
        const map = new Map<string, string>();
        for (const err of depsolved.currentData?.errors ?? []) {
            for (const pkg of packagesNamedIn(err.msg, names))
                map.set(pkg, err.msg);
        }
        return map;
    }, [depsolved.currentData, names.join("\n")]); // eslint-disable-line react-hooks/exhaustive-deps

    return (
        <Stack hasGutter>
            <StackItem>
                <Card isPlain>
                    <CardTitle>{_("Packages")}</CardTitle>
                    <CardBody>
                        <PackageList blueprint={blueprint} onChange={onChange} problems={problems} />
                    </CardBody>
                </Card>
            </StackItem>
            <StackItem>
                <Card isPlain>
                    <CardTitle>{_("Add packages")}</CardTitle>
                    <CardBody>
                        {text(blueprint.distro) &&
                            <Content component="p">{format(_("Packages of $0, the blueprint's distribution."), blueprint.distro as string)}</Content>}
                        <PackageSearch
                            distro={text(blueprint.distro)}
                            arch={text(blueprint.architecture)}
                            isAdded={pkg => hasPackage(blueprint, pkg)}
                            onAdd={pkg => onChange(addPackage(blueprint, pkg))}
                        />
                    </CardBody>
                </Card>
            </StackItem>
            <StackItem>
                <Card isPlain>
                    <CardTitle>{_("Dependencies and versions")}</CardTitle>
                    <CardBody>
                        <Stack hasGutter>
                            <Content component="p">
                                {_("composer resolves the blueprint as it is saved (or its draft in the workspace), not the edits on this page that are not saved yet.")}
                            </Content>
                            <Flex>
                                <FlexItem>
                                    <Button variant="secondary" isLoading={depsolved.isFetching} isDisabled={depsolved.isFetching}
                                        onClick={() => void depsolve(name, false)}>
                                        {_("Resolve dependencies")}
                                    </Button>
                                </FlexItem>
                                <FlexItem>
                                    <Button variant="secondary" isLoading={frozen.isFetching} isDisabled={frozen.isFetching}
                                        onClick={() => void freeze(name, false)}>
                                        {_("Freeze versions")}
                                    </Button>
                                </FlexItem>
                            </Flex>
                            {depsolveError && <ErrorAlert title={format(_("The packages of $0 could not be resolved"), name)} error={depsolveError} />}
                            {depsolved.currentData && !depsolved.isFetching &&
                                <DepsolveResults name={name} result={depsolved.currentData} requested={all.length} />}
                            {freezeError && <ErrorAlert title={format(_("The versions of $0 could not be frozen"), name)} error={freezeError} />}
                            {frozen.currentData && !frozen.isFetching &&
                                <FreezeResults name={name} result={frozen.currentData} onApply={bp => onChange(applyFrozen(blueprint, bp))} />}
                        </Stack>
                    </CardBody>
                </Card>
            </StackItem>
        </Stack>
    );
}
