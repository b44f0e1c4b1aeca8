// The shell of the plugin: tabs for the two sections, the service gate, and the page
// that cockpit.location names.
import { Page, PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Tab, Tabs, TabTitleText } from "@patternfly/react-core/dist/esm/components/Tabs/index.js";
import { EmptyState, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Split, SplitItem } from "@patternfly/react-core/dist/esm/layouts/Split/index.js";
import { memo, useEffect, useState } from "react";

import { LoadingSpinner } from "../../pkg/lib/LoadingSpinner";
import { DialogsProvider } from "../../pkg/lib/dialogs";
import { _ } from "../../pkg/lib/gettext";
import { ToastsProvider } from "../../pkg/lib/toasts";
import { navigate, useLocation } from "../../pkg/lib/useLocation";
import { BlueprintsPage } from "../blueprints/BlueprintsPage";
import { AboutButton } from "./AboutButton";
import { type LaterPages, loadLaterPages, loadedLaterPages } from "./laterPagesLoader";
import { LoadFailureBoundary } from "./LoadFailureBoundary";
import { type Route, type Section, parseRoute, sectionOf } from "./route";
import { ServiceGate } from "./ServiceGate";
import { startPageReads, startupCode } from "./startupReads";

/** the element the section tabs control: the routed page */
const SECTION_PANEL = "foundry-section";

// Rendered again only when the section changes: PatternFly's Tabs read the computed style (a
// forced layout of the whole page) on every update, e.g. on each sort or filter of a list.
const SectionTabs = memo(function SectionTabs({ section }: { section: Section | null }) {
    return (
        <PageSection type="tabs" stickyOnBreakpoint={{ default: "top" }}>
            {/* Split, not Flex: Flex's sheet and class map (every modifier at every breakpoint) are
                about 8 kB gzip of the first page for this one row */}
            <Split hasGutter className="foundry-section-bar">
                <SplitItem isFilled>
                    <Tabs
                        activeKey={section ?? "blueprints"}
                        onSelect={(_event, key) => navigate(key === "blueprints" ? [] : [String(key)])}
                        aria-label={_("Image Builder sections")}
                        usePageInsets
                        mountOnEnter
                    >
                        <Tab eventKey="blueprints" id="blueprints" tabContentId={SECTION_PANEL} title={<TabTitleText>{_("Blueprints")}</TabTitleText>} />
                        <Tab eventKey="images" id="images" tabContentId={SECTION_PANEL} title={<TabTitleText>{_("Images")}</TabTitleText>} />
                        <Tab eventKey="inspect" id="inspect" tabContentId={SECTION_PANEL} title={<TabTitleText>{_("Inspect")}</TabTitleText>} />
                        <Tab eventKey="sources" id="sources" tabContentId={SECTION_PANEL} title={<TabTitleText>{_("Sources")}</TabTitleText>} />
                        <Tab eventKey="settings" id="settings" tabContentId={SECTION_PANEL} title={<TabTitleText>{_("Settings")}</TabTitleText>} />
                    </Tabs>
                </SplitItem>
                <SplitItem>
                    <AboutButton />
                </SplitItem>
            </Split>
        </PageSection>
    );
});

function UnknownPage() {
    return (
        <PageSection>
            <EmptyState titleText={_("Page not found")} headingLevel="h1">
                <EmptyStateBody>{_("This address does not name a page of Image Builder.")}</EmptyStateBody>
                <EmptyStateFooter>
                    <Button variant="primary" onClick={() => navigate([])}>{_("Go to blueprints")}</Button>
                </EmptyStateFooter>
            </EmptyState>
        </PageSection>
    );
}

/** while the code of a page that is not the first one arrives */
function PageLoading() {
    return (
        <PageSection>
            <EmptyState titleText={_("Loading…")} headingLevel="h1" icon={LoadingSpinner} />
        </PageSection>
    );
}

/**
 * The later pages' module once it is here; while `needed`, it is asked for (and a failed load is
 * thrown to the LoadFailureBoundary around the page)
 */
function useLaterPages(needed: boolean): LaterPages | undefined {
    const [pages, setPages] = useState(loadedLaterPages);
    const [failure, setFailure] = useState<unknown>();
    useEffect(() => {
        if (needed && !pages)
            loadLaterPages().then(setPages, setFailure);
    }, [needed, pages]);
    if (failure !== undefined)
        throw failure instanceof Error ? failure : new Error(String(failure));
    return pages;
}

function RoutedPage({ route, options }: { route: Route; options: Record<string, string | string[]> }) {
    const later = route.page !== "blueprints" && route.page !== "unknown";
    const pages = useLaterPages(later);
    // while the code of a later page comes, its data is asked for too (start-up did so already on
    // the page it opened on: that one's read is taken, not asked twice)
    const pageKey = route.page === "blueprint" ? `blueprint/${route.name}` : route.page;
    useEffect(() => {
        if (later && !loadedLaterPages())
            startPageReads(route);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page, not per render of its route object
    }, [pageKey]);
    if (route.page === "blueprints")
        return <BlueprintsPage options={options} />;
    if (route.page === "unknown")
        return <UnknownPage />;
    if (!pages)
        return <PageLoading />;
    switch (route.page) {
    case "blueprint":
        return <pages.BlueprintEditor key={route.name} name={route.name} />;
    case "images":
        return <pages.ImagesPage options={options} />;
    case "image":
        return <pages.ImagePage id={route.id} />;
    case "sources":
        return <pages.SourcesPage />;
    case "inspect":
        return <pages.InspectPage />;
    case "settings":
        return <pages.SettingsPage />;
    }
}

export function App() {
    const location = useLocation();
    const route = parseRoute(location.path);
    // startup.ts started the first page's data and code beside the gate's status check; the gate
    // opens once that code is there too (the page then shows without a fallback)
    const [codeReady, setCodeReady] = useState(() => startupCode() === undefined);
    useEffect(() => {
        void startupCode()?.then(() => setCodeReady(true));
    }, []);
    return (
        <ToastsProvider>
        <DialogsProvider>
            <Page>
                <ServiceGate ready={codeReady}>
                    <SectionTabs section={sectionOf(route)} />
                    <div id={SECTION_PANEL} role="tabpanel" aria-labelledby={`pf-tab-${sectionOf(route) ?? "blueprints"}-${sectionOf(route) ?? "blueprints"}`}>
                        <LoadFailureBoundary key={sectionOf(route) ?? "unknown"}>
                            <RoutedPage route={route} options={location.options} />
                        </LoadFailureBoundary>
                    </div>
                </ServiceGate>
            </Page>
        </DialogsProvider>
        </ToastsProvider>
    );
}
