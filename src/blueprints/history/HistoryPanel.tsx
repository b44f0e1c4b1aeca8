// The history of one blueprint (blueprints/changes, newest first): view a commit, compare
// two, undo to one, tag the newest. For the editor page: <HistoryPanel name={name} />.
import { Button } from "@patternfly/react-core/dist/esm/components/Button/index.js";
import { Checkbox } from "@patternfly/react-core/dist/esm/components/Checkbox/index.js";
import { EmptyState, EmptyStateBody } from "@patternfly/react-core/dist/esm/components/EmptyState/index.js";
import { Label } from "@patternfly/react-core/dist/esm/components/Label/index.js";
import { Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core/dist/esm/components/Toolbar/index.js";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table/dist/esm/components/Table/index.js";
import { useState } from "react";

import { Alert } from "../../../pkg/lib/Alert";
import { LoadingSpinner } from "../../../pkg/lib/LoadingSpinner";
import { useDialogs } from "../../../pkg/lib/dialogs";
import { format, _ } from "../../../pkg/lib/gettext";
import { asComposerError } from "../../api/composerError";
import { useBlueprintChangesQuery, useTagBlueprintMutation } from "../../api/weldrHistory";
import type { BlueprintChange } from "../../api/weldrHistoryTypes";
import { CompactPager, usePages } from "../../app/CompactPager";
import { ErrorAlert } from "../../app/ErrorAlert";
import { CommitDialog } from "./CommitDialog";
import { CompareDialog } from "./CompareDialog";
import { commitTime, orderPair, shortCommit } from "./historyText";
import { UndoDialog } from "./UndoDialog";

const PER_PAGE_OPTIONS = [10, 20, 50];

function RevisionLabel({ change }: { change: BlueprintChange }) {
    if (change.revision === null)
        return null;
    return <Label color="purple" isCompact>{format(_("Revision $0"), change.revision)}</Label>;
}

export function HistoryPanel({ name }: { name: string }) {
    const dialogs = useDialogs();
    const { data, error: queryError, isLoading, isFetching, refetch } = useBlueprintChangesQuery(name);
    const error = asComposerError(queryError);
    const [tag, tagState] = useTagBlueprintMutation();
    const tagError = asComposerError(tagState.error);
    const [picked, setPicked] = useState<string[]>([]);
    const pages = usePages(data?.changes.length ?? 0, PER_PAGE_OPTIONS);

    if (error?.id === "UnknownBlueprint")
        return <EmptyState titleText={_("No history yet")} headingLevel="h3"><EmptyStateBody>{_("The history starts when the blueprint is first saved.")}</EmptyStateBody></EmptyState>;
    if (error)
        return <ErrorAlert title={format(_("The history of $0 could not be read"), name)} error={error} onRetry={() => void refetch()} />;
    if (isLoading || !data)
        return <EmptyState titleText={_("Loading history")} headingLevel="h3" icon={LoadingSpinner} />;

    const changes = data.changes;
    const newest = changes[0] as BlueprintChange | undefined;
    const shown = changes.slice(pages.first, pages.first + pages.perPage);
    const pair = orderPair(changes, picked);
    const toggle = (commit: string, on: boolean) =>
        setPicked(current => on ? [...current.filter(c => c !== commit), commit].slice(-2) : current.filter(c => c !== commit));
    const changeOf = (commit: string) => changes.find(c => c.commit === commit);

    return (
        <div className="foundry-history">
            <Toolbar>
                <ToolbarContent>
                    <ToolbarItem>
                        <Button
                            variant="secondary"
                            isDisabled={!pair}
                            onClick={() => {
                                const older = pair && changeOf(pair[0]);
                                const newer = pair && changeOf(pair[1]);
                                if (older && newer)
                                    dialogs.show(<CompareDialog name={name} older={older} newer={newer} />);
                            }}
                        >
                            {_("Compare selected")}
                        </Button>
                    </ToolbarItem>
                    <ToolbarItem alignSelf="center">
                        {picked.length === 2 ? _("Two commits selected") : _("Select two commits to compare them.")}
                    </ToolbarItem>
                    <ToolbarItem>
                        <Button
                            variant="secondary"
                            isDisabled={!newest || newest.revision !== null || tagState.isLoading}
                            isLoading={tagState.isLoading}
                            onClick={() => { tagState.reset(); void tag(name) }}
                        >
                            {_("Tag newest commit")}
                        </Button>
                    </ToolbarItem>
                    {isFetching &&
                        <ToolbarItem alignSelf="center"><LoadingSpinner size="md" aria-label={_("Refreshing history")} /></ToolbarItem>}
                    <ToolbarItem variant="pagination" align={{ default: "alignEnd" }}>
                        <CompactPager count={changes.length} {...pages.pager} />
                    </ToolbarItem>
                </ToolbarContent>
            </Toolbar>
            {tagError && <ErrorAlert title={format(_("$0 could not be tagged"), name)} error={tagError} />}
            {tagState.isSuccess && newest?.revision !== null && newest !== undefined &&
                <Alert variant="success" isInline isPlain title={format(_("The newest commit is tagged as revision $0."), newest.revision ?? "")} />}
            <Table aria-label={format(_("History of $0"), name)} variant="compact">
                <Thead>
                    <Tr>
                        <Th screenReaderText={_("Compare")} />
                        <Th>{_("Commit")}</Th>
                        <Th>{_("Message")}</Th>
                        <Th>{_("Time")}</Th>
                        <Th>{_("Revision")}</Th>
                        <Th screenReaderText={_("Actions")} />
                    </Tr>
                </Thead>
                <Tbody>
                    {shown.map(change => {
                        const isNewest = change === newest;
                        return (
                            <Tr key={change.commit} data-commit={change.commit}>
                                <Td>
                                    <Checkbox id={`compare-${change.commit}`} isChecked={picked.includes(change.commit)}
                                        aria-label={format(_("Select commit $0"), shortCommit(change.commit))}
                                        onChange={(_event, on) => toggle(change.commit, on)} />
                                </Td>
                                <Td dataLabel={_("Commit")} className="foundry-mono"><span title={change.commit}>{shortCommit(change.commit)}</span></Td>
                                <Td dataLabel={_("Message")}>
                                    {change.message} {isNewest && <Label color="green" isCompact>{_("Newest")}</Label>}
                                </Td>
                                <Td dataLabel={_("Time")}>{commitTime(change.timestamp)}</Td>
                                <Td dataLabel={_("Revision")}><RevisionLabel change={change} /></Td>
                                <Td isActionCell>
                                    <Button variant="link" isInline onClick={() => dialogs.show(<CommitDialog name={name} change={change} />)}
                                        aria-label={format(_("View commit $0"), shortCommit(change.commit))}>
                                        {_("View")}
                                    </Button>
                                    {!isNewest && <>{" · "}
                                        <Button variant="link" isInline onClick={() => dialogs.show(<UndoDialog name={name} change={change} />)}
                                            aria-label={format(_("Undo to commit $0"), shortCommit(change.commit))}>
                                            {_("Undo")}
                                        </Button>
                                    </>}
                                </Td>
                            </Tr>
                        );
                    })}
                </Tbody>
            </Table>
        </div>
    );
}
