// The editor's tab bar alone (Customizations, Packages, TOML, History); each tab's content is
// a panel of its own (EditorTabPanel). Kept apart so that typing in the form does not update
// the Tabs component: PatternFly's Tabs measures its tab list (computed style, layout) on
// every update, which costs a full layout of a big form per keystroke.
import { Tab, Tabs, TabContent, TabTitleText } from "@patternfly/react-core/dist/esm/components/Tabs/index.js";
import { memo, type ReactNode } from "react";

import { _ } from "../../../pkg/lib/gettext";

export type EditorTab = "form" | "packages" | "toml" | "history";

const TABS_ID = "blueprint-parts";
const panelId = (key: EditorTab) => `${TABS_ID}-${key}`;

export const EditorTabs = memo(function EditorTabs({ tab, onSelect }: { tab: EditorTab; onSelect: (tab: EditorTab) => void }) {
    const titles: Record<EditorTab, string> = {
        form: _("Customizations"),
        packages: _("Packages"),
        toml: _("TOML"),
        history: _("History"),
    };
    return (
        <Tabs activeKey={tab} onSelect={(_event, key) => onSelect(key as EditorTab)} aria-label={_("Blueprint parts")}>
            {(Object.keys(titles) as EditorTab[]).map(key =>
                <Tab key={key} eventKey={key} id={TABS_ID} tabContentId={panelId(key)} title={<TabTitleText>{titles[key]}</TabTitleText>} />)}
        </Tabs>
    );
});

/** The content of the active tab; the other tabs' panels stay empty (mounted when shown) */
export function EditorTabPanel({ tab, children }: { tab: EditorTab; children: ReactNode }) {
    return (
        <TabContent id={panelId(tab)} eventKey={tab} activeKey={tab} aria-labelledby={`pf-tab-${tab}-${TABS_ID}`}>
            {children}
        </TabContent>
    );
}
