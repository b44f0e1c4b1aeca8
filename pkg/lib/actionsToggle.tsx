// The kebab toggle of a table row's ActionsColumn, named for the row: PatternFly's own toggle is
// called "Kebab toggle" in English whatever the locale, and takes no label.
import { MenuToggle } from "@patternfly/react-core/dist/esm/components/MenuToggle/index.js";
import type { CustomActionsToggleProps } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import RhUiEllipsisVerticalFillIcon from "@patternfly/react-icons/dist/esm/icons/rh-ui-ellipsis-vertical-fill-icon.js";

export function actionsToggle(label: string) {
    return function ActionsToggle({ onToggle, isOpen, isDisabled, toggleRef }: CustomActionsToggleProps) {
        return (
            <MenuToggle ref={toggleRef} aria-label={label} onClick={onToggle} isExpanded={isOpen} isDisabled={isDisabled}
                        variant="plain" icon={<RhUiEllipsisVerticalFillIcon />} />
        );
    };
}
