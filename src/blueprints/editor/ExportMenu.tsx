// Export the blueprint as it is edited, as TOML or JSON, named after the blueprint.
import { Dropdown, DropdownItem, DropdownList } from "@patternfly/react-core/dist/esm/components/Dropdown/index.js";
import { MenuToggle } from "@patternfly/react-core/dist/esm/components/MenuToggle/index.js";
import { useState } from "react";

import { downloadText } from "../../../pkg/lib/download";
import { _ } from "../../../pkg/lib/gettext";
import type { Blueprint } from "../../model/blueprint";
import { blueprintToJson, blueprintToToml } from "../../model/blueprintText";

export function ExportMenu({ blueprint }: { blueprint: Blueprint }) {
    const [open, setOpen] = useState(false);
    return (
        <Dropdown
            isOpen={open}
            onOpenChange={setOpen}
            onSelect={() => setOpen(false)}
            toggle={ref => <MenuToggle ref={ref} onClick={() => setOpen(!open)} isExpanded={open}>{_("Export")}</MenuToggle>}
        >
            <DropdownList>
                <DropdownItem onClick={() => downloadText(`${blueprint.name}.toml`, blueprintToToml(blueprint), "application/toml")}>
                    {_("Export as TOML")}
                </DropdownItem>
                <DropdownItem onClick={() => downloadText(`${blueprint.name}.json`, blueprintToJson(blueprint), "application/json")}>
                    {_("Export as JSON")}
                </DropdownItem>
            </DropdownList>
        </Dropdown>
    );
}
