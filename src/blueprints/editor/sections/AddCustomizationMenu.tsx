// "Add customization": a menu of the sections not yet in the blueprint.
import { MenuToggle } from "@patternfly/react-core/dist/esm/components/MenuToggle/index.js";
import { Select, SelectList, SelectOption } from "@patternfly/react-core/dist/esm/components/Select/index.js";
import PlusCircleIcon from "@patternfly/react-icons/dist/esm/icons/plus-circle-icon.js";
import { useState } from "react";

import { _ } from "../../../../pkg/lib/gettext";
import type { SectionEntry } from "./registry";

interface Props {
    /** the sections that can be added, in the order shown */
    available: readonly SectionEntry[];
    onAdd: (key: string) => void;
}

export function AddCustomizationMenu({ available, onAdd }: Props) {
    const [open, setOpen] = useState(false);
    return (
        <Select
            isOpen={open}
            onOpenChange={setOpen}
            onSelect={(_event, value) => {
                setOpen(false);
                if (typeof value === "string")
                    onAdd(value);
            }}
            isScrollable
            maxMenuHeight="24rem"
            shouldFocusToggleOnSelect={false}
            toggle={ref =>
                <MenuToggle
                    ref={ref}
                    id="add-customization"
                    icon={<PlusCircleIcon />}
                    isExpanded={open}
                    isDisabled={available.length === 0}
                    onClick={() => setOpen(!open)}
                >
                    {_("Add customization")}
                </MenuToggle>}
        >
            <SelectList aria-label={_("Customizations")}>
                {available.map(section =>
                    <SelectOption key={section.key} value={section.key} id={`add-customization-${section.key}`}>
                        {_(section.label)}
                    </SelectOption>)}
            </SelectList>
        </Select>
    );
}
