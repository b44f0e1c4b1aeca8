// The distributions a source is limited to: one checkbox per distro composer knows,
// plus any the source names that composer does not know (so they can be unchecked).
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { _ } from "../../pkg/lib/gettext";
import type { ComposerError } from "../api/composerError";
import { ErrorAlert } from "../app/ErrorAlert";

interface Props {
    selected: string[];
    known: string[] | undefined;
    error?: ComposerError;
    onChange(next: string[]): void;
}

export function SourceDistros({ selected, known, error, onChange }: Props) {
    if (error)
        return <ErrorAlert title={_("The distributions could not be listed")} error={error} />;
    if (!known)
        return <LoadingSpinner size="md" aria-label={_("Loading distributions")} />;
    const all = [...known, ...selected.filter(d => !known.includes(d))];
    const toggle = (distro: string, on: boolean) =>
        onChange(on ? [...selected, distro] : selected.filter(d => d !== distro));
    return (
        <Flex id="source-distros" spaceItems={{ default: "spaceItemsMd" }}>
            {all.map(distro => (
                <FlexItem key={distro}>
                    <Checkbox id={`source-distro-${distro}`} label={distro} isChecked={selected.includes(distro)}
                        onChange={(_event, on) => toggle(distro, on)} />
                </FlexItem>
            ))}
        </Flex>
    );
}
