// Where the image goes: one radio per destination that fits the image type, each with a help
// popover saying what the worker (or the form) needs, and the chosen target's own form.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { FormGroup } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Popover } from "@patternfly/react-core/dist/esm/components/Popover/index.js";
import { Radio } from "@patternfly/react-core/dist/esm/components/Radio/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import OutlinedQuestionCircleIcon from "@patternfly/react-icons/dist/esm/icons/outlined-question-circle-icon.js";

import { _, format } from "../../pkg/lib/gettext";
import type { Destination } from "./composeForm";

interface Props {
    destinations: Destination[];
    chosen: string;
    onChoose: (id: string) => void;
}

export function radioId(destination: string): string {
    return `create-image-target-${destination.replace(/[^\w-]/g, "-")}`;
}

export function TargetChoice({ destinations, chosen, onChoose }: Props) {
    return (
        <FormGroup role="radiogroup" isStack label={_("Destination")} fieldId="create-image-destination" isRequired>
            {destinations.map(destination => (
                <Flex key={destination.id} spaceItems={{ default: "spaceItemsSm" }} alignItems={{ default: "alignItemsCenter" }} flexWrap={{ default: "nowrap" }}>
                    <FlexItem>
                        <Radio id={radioId(destination.id)} name="create-image-destination" label={_(destination.label)}
                               isChecked={chosen === destination.id} onChange={() => onChoose(destination.id)} />
                    </FlexItem>
                    <FlexItem>
                        <Popover headerContent={_(destination.label)} closeBtnAriaLabel={_("Close")} bodyContent={<p>{_(destination.help)}</p>}>
                            <Button variant="plain" aria-label={format(_("About $0"), _(destination.label))} icon={<OutlinedQuestionCircleIcon />} />
                        </Popover>
                    </FlexItem>
                </Flex>
            ))}
        </FormGroup>
    );
}
