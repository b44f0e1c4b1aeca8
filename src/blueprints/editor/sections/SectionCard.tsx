// One section of the blueprint as a card: its title, how many problems it has, a button
// to fold it, one to remove it (no question asked: the editor offers to undo), and its form.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Card, CardBody, CardExpandableContent, CardHeader, CardTitle } from "@patternfly/react-core/dist/esm/components/Card/index.js";
import { Form } from "@patternfly/react-core/dist/esm/components/Form/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { Flex } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import TrashIcon from "@patternfly/react-icons/dist/esm/icons/trash-icon.js";
import { type ReactNode, useState } from "react";

import { format, ngettext, _ } from "../../../../pkg/lib/gettext";
import type { Problem } from "../../../model/validation/types";

interface Props {
    /** translated title */
    title: string;
    /** a DOM id for the card, e.g. section-hostname */
    id: string;
    /** the problems inside this section (counted in the header) */
    problems: readonly Problem[];
    onRemove?: () => void;
    children: ReactNode;
}

export function SectionCard({ title, id, problems, onRemove, children }: Props) {
    const [expanded, setExpanded] = useState(true);
    const titleId = `${id}-title`;
    return (
        <Card id={id} isExpanded={expanded} aria-labelledby={titleId} component="section">
            <CardHeader
                onExpand={() => setExpanded(!expanded)}
                toggleButtonProps={{ "aria-label": format(_("Show or hide $0"), title), "aria-expanded": expanded, id: `${id}-toggle` }}
                actions={onRemove
                    ? {
                        actions: (
                            <Button
                                variant="plain"
                                id={`${id}-remove`}
                                icon={<TrashIcon />}
                                aria-label={format(_("Remove $0"), title)}
                                onClick={onRemove}
                            />
                        ),
                        hasNoOffset: false,
                    }
                    : undefined}
            >
                <Flex alignItems={{ default: "alignItemsCenter" }}>
                    <CardTitle id={titleId} component="h3">{title}</CardTitle>
                    {problems.length > 0 &&
                        <Label status="danger" isCompact>
                            {format(ngettext("$0 problem", "$0 problems", problems.length), problems.length)}
                        </Label>}
                </Flex>
            </CardHeader>
            <CardExpandableContent>
                <CardBody>
                    <Form onSubmit={event => event.preventDefault()}>
                        {children}
                    </Form>
                </CardBody>
            </CardExpandableContent>
        </Card>
    );
}
