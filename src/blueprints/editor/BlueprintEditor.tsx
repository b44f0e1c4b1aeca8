// One blueprint, editable: the form (every section of the schema), its packages, the raw
// TOML (two-way) and its history. Edits go to composer's workspace as a draft while typing;
// Save commits a new version after checking nobody else saved meanwhile.
import { AlertActionCloseButton } from "@patternfly/react-core/dist/esm/components/Alert/index.js";
import { Breadcrumb, BreadcrumbItem } from "@patternfly/react-core/dist/esm/components/Breadcrumb/index.js";
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { EmptyState, EmptyStateBody, EmptyStateFooter } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { PageSection } from "@patternfly/react-core/dist/esm/components/Page/index.js";
import { Switch } from "@patternfly/react-core/dist/esm/components/Switch/index.js";
import { Title } from "@patternfly/react-core/dist/esm/components/Title/index.js";
import { Grid, GridItem } from "@patternfly/react-core/dist/esm/layouts/Grid/index.js";
import { Flex, FlexItem } from "@patternfly/react-core/dist/esm/layouts/Flex/index.js";
import { Stack, StackItem } from "@patternfly/react-core/dist/esm/layouts/Stack/index.js";
import { useMemo, useState } from "react";

import { Alert } from "../../../pkg/lib/Alert";
import { LoadingSpinner } from "../../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import { navigate } from "../../../pkg/lib/useLocation";
import type { ComposerError } from "../../api/composerError";
import { ErrorAlert } from "../../app/ErrorAlert";
import { VisibleText } from "../../app/VisibleText";
import { validateBlueprint } from "../../model/validation";
import { HistoryPanel } from "../history/HistoryPanel";
import { PackagesEditor } from "../packages/PackagesEditor";
import { DeleteBlueprintDialog } from "../DeleteBlueprintDialog";
import { ConflictDialog } from "./ConflictDialog";
import { type EditorTab, EditorTabPanel, EditorTabs } from "./EditorTabs";
import { CreateImageButton } from "../../compose/CreateImageButton";
import { ExportMenu } from "./ExportMenu";
import { FormPanel } from "./FormPanel";
import { ProblemsAlert } from "./ProblemsAlert";
import { TomlPanel } from "./TomlPanel";
import { type SaveOutcome, useBlueprintDraft } from "./useBlueprintDraft";
import { useLeaveWarning } from "./useLeaveWarning";

export function BlueprintEditor({ name }: { name: string }) {
    const dialogs = useDialogs();
    const state = useBlueprintDraft(name);
    const [tab, setTab] = useState<EditorTab>("form");
    const [tomlBeside, setTomlBeside] = useState(false);
    const [saveError, setSaveError] = useState<ComposerError | null>(null);
    const [savedNote, setSavedNote] = useState(false);
    const { draft } = state;
    const problems = useMemo(() => draft ? validateBlueprint(draft) : [], [draft]);
    const unsaved = state.pending || state.inWorkspace;
    useLeaveWarning(state.pending);

    const breadcrumb = (
        <Breadcrumb>
            <BreadcrumbItem to="#/" onClick={event => { event.preventDefault(); navigate([]) }}>{_("Blueprints")}</BreadcrumbItem>
            <BreadcrumbItem isActive><VisibleText text={name} /></BreadcrumbItem>
        </Breadcrumb>
    );

    if (state.loading)
        return <PageSection>{breadcrumb}<EmptyState titleText={_("Loading blueprint")} headingLevel="h1" icon={LoadingSpinner} /></PageSection>;
    if (state.loadError?.kind === "not-found")
        return (
            <PageSection>
                {breadcrumb}
                <EmptyState titleText={_("Blueprint not found")} headingLevel="h1">
                    <EmptyStateBody>{state.loadError.message}</EmptyStateBody>
                    <EmptyStateFooter>
                        <Button variant="primary" onClick={() => navigate([])}>{_("Go to blueprints")}</Button>
                    </EmptyStateFooter>
                </EmptyState>
            </PageSection>
        );
    if (state.loadError || !draft)
        return (
            <PageSection>
                {breadcrumb}
                <ErrorAlert title={_("The blueprint could not be read")} error={state.loadError ?? { kind: "server", api: "weldr", message: "" }} />
            </PageSection>
        );

    const settle = (outcome: SaveOutcome) => {
        if ("saved" in outcome) {
            setSaveError(null);
            setSavedNote(true);
        } else if ("error" in outcome) {
            setSaveError(outcome.error);
        } else if ("deleted" in outcome) {
            setSaveError(null); // the alert of state.deleted says it, and offers to save again
        } else {
            dialogs.show(
                <ConflictDialog
                    mine={draft}
                    theirs={outcome.conflict}
                    onOverwrite={() => { void state.overwrite().then(settle) }}
                    onTakeTheirs={() => state.takeTheirs(outcome.conflict)}
                    onCarryOver={() => state.carryOver(outcome.conflict)}
                />
            );
        }
    };

    const save = async () => {
        setSavedNote(false);
        settle(await state.save());
    };

    const discard = async () => {
        const error = await state.discard();
        setSaveError(error);
    };

    return (
        <PageSection>
            <Stack hasGutter>
                <StackItem>{breadcrumb}</StackItem>
                <StackItem>
                    <Flex justifyContent={{ default: "justifyContentSpaceBetween" }} alignItems={{ default: "alignItemsCenter" }}>
                        <FlexItem>
                            <Title headingLevel="h1">
                                <VisibleText text={name} />{" "}
                                {unsaved && <Label color="orange">{state.pending ? _("Unsaved changes") : _("Draft")}</Label>}
                            </Title>
                        </FlexItem>
                        <FlexItem>
                            <Flex>
                                <Button variant="primary" onClick={save} isLoading={state.saving}
                                    isDisabled={state.saving || problems.length > 0 || !unsaved}>
                                    {_("Save")}
                                </Button>
                                {unsaved && <Button variant="secondary" onClick={discard}>{_("Discard changes")}</Button>}
                                <ExportMenu blueprint={draft} />
                                <CreateImageButton blueprint={name} />
                                <Button variant="secondary" isDanger onClick={() => dialogs.show(<DeleteBlueprintDialog name={name} leaveTo={[]} />)}>
                                    {_("Delete")}
                                </Button>
                            </Flex>
                        </FlexItem>
                    </Flex>
                </StackItem>
                {savedNote &&
                    <StackItem>
                        <Alert variant="success" isInline title={format(_("Saved as version $0"), String(draft.version ?? ""))}
                            actionClose={<AlertActionCloseButton aria-label={_("Close")} onClose={() => setSavedNote(false)} />} />
                    </StackItem>}
                {saveError && <StackItem><ErrorAlert title={_("The blueprint could not be saved")} error={saveError} /></StackItem>}
                {state.deleted &&
                    <StackItem>
                        <Alert variant="warning" isInline title={_("This blueprint was deleted elsewhere")}
                            actionLinks={<Button variant="secondary" onClick={() => { void state.overwrite().then(settle) }}>{_("Save again as a new blueprint")}</Button>}>
                            {_("Someone deleted it (with composer-cli or in another browser) while it was open here. Your edits are still on this page; nothing was saved.")}
                        </Alert>
                    </StackItem>}
                {state.draftError &&
                    <StackItem><ErrorAlert title={_("The draft could not be kept in composer's workspace")} error={state.draftError} /></StackItem>}
                {problems.length > 0 && <StackItem><ProblemsAlert problems={problems} /></StackItem>}
                <StackItem>
                    <EditorTabs tab={tab} onSelect={setTab} />
                    <EditorTabPanel tab={tab}>
                        {tab === "form" && <>
                            <Switch id="toml-beside" className="foundry-toml-switch" label={_("Show the TOML beside the form")}
                                isChecked={tomlBeside} onChange={(_event, checked) => setTomlBeside(checked)} />
                            <Grid hasGutter>
                                <GridItem lg={tomlBeside ? 7 : 12}>
                                    <FormPanel blueprint={draft} problems={problems} onUpdate={state.update} onReplace={state.replace} isNew={false} />
                                </GridItem>
                                {tomlBeside &&
                                    <GridItem lg={5} className="foundry-toml-beside">
                                        <TomlPanel blueprint={draft} onChange={state.replace} />
                                    </GridItem>}
                            </Grid>
                        </>}
                        {tab === "packages" && <PackagesEditor blueprint={draft} onChange={state.replace} />}
                        {tab === "toml" && <TomlPanel blueprint={draft} onChange={state.replace} />}
                        {tab === "history" && <HistoryPanel name={name} />}
                    </EditorTabPanel>
                </StackItem>
            </Stack>
        </PageSection>
    );
}
