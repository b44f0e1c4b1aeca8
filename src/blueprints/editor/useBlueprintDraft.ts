// The state of one blueprint being edited: the user's draft, what the server had when it
// was last read, a copy kept in composer's workspace (so a reload loses nothing), and a
// save that first re-reads the server's copy and reports a conflict instead of overwriting.
import { useCallback, useEffect, useRef, useState } from "react";

import { type ComposerError, asComposerError } from "../../api/composerError";
import {
    useBlueprintQuery, useDiscardDraftMutation, useLazyBlueprintQuery, useSaveBlueprintMutation, useSaveDraftMutation,
} from "../../api/weldrBlueprints";
import type { Blueprint } from "../../model/blueprint";
import { type Path, setIn } from "../../model/objectPath";
import { deepEqual } from "../../model/blueprintDiff";
import { mergeBlueprints } from "../../model/blueprintMerge";
import { validateBlueprint } from "../../model/validation";
import { pushRefusals } from "../../model/validation/pushRefusal";

/** how long typing may pause before the draft goes to the workspace */
const DRAFT_DELAY_MS = 1500;

export type SaveOutcome =
    | { saved: true }
    | { conflict: Blueprint }
    /** someone deleted the blueprint meanwhile: the draft stays, nothing was written */
    | { deleted: true }
    | { error: ComposerError };

export interface BlueprintDraft {
    loading: boolean;
    loadError?: ComposerError;
    /** the blueprint as the user edits it */
    draft?: Blueprint;
    /** the server's copy as last read (workspace draft or committed) */
    server?: Blueprint;
    /** composer holds a workspace draft of this blueprint (not a saved version) */
    inWorkspace: boolean;
    /** edits not yet in composer at all (neither saved nor in the workspace) */
    pending: boolean;
    /** the workspace copy could not be written */
    draftError?: ComposerError;
    /** the blueprint was deleted on the server after it was opened; the draft is kept */
    deleted: boolean;
    saving: boolean;
    update(path: Path, value: unknown): void;
    replace(next: Blueprint): void;
    save(): Promise<SaveOutcome>;
    /** conflict answers (overwrite also saves a deleted blueprint again) */
    overwrite(): Promise<SaveOutcome>;
    takeTheirs(theirs: Blueprint): void;
    carryOver(theirs: Blueprint): void;
    /** drop the draft: back to the saved version */
    discard(): Promise<ComposerError | null>;
}

export function useBlueprintDraft(name: string): BlueprintDraft {
    const query = useBlueprintQuery(name);
    const [reread] = useLazyBlueprintQuery();
    const [saveBlueprint, saveState] = useSaveBlueprintMutation();
    const [saveDraft] = useSaveDraftMutation();
    const [discardDraft] = useDiscardDraftMutation();

    const [draft, setDraft] = useState<Blueprint>();
    const [server, setServer] = useState<Blueprint>();
    const [inWorkspace, setInWorkspace] = useState(false);
    const [pending, setPending] = useState(false);
    const [draftError, setDraftError] = useState<ComposerError>();
    const [deleted, setDeleted] = useState(false);
    /** what the user's edits started from: for carrying them over after a conflict */
    const origin = useRef<Blueprint>(undefined);
    const timer = useRef<number>(undefined);
    /** edits waiting for the workspace (cleared when pushed, saved or dropped) */
    const unpushed = useRef<Blueprint>(undefined);

    const serverRef = useRef<Blueprint>(undefined);
    const adoptServer = useCallback((blueprint: Blueprint) => {
        serverRef.current = blueprint;
        setServer(blueprint);
    }, []);

    const draftRef = useRef<Blueprint>(undefined);
    useEffect(() => {
        draftRef.current = draft;
    }, [draft]);

    // adopt the server's copy when first loaded, and later whenever the user has no edits;
    // with edits, a newer server copy is left for save() to find and report as a conflict
    useEffect(() => {
        if (!query.data)
            return;
        const fresh = query.data.blueprint;
        const prev = serverRef.current;
        if (prev && deepEqual(prev, fresh))
            return;
        if (prev && draftRef.current && !deepEqual(draftRef.current, prev))
            return;
        adoptServer(fresh);
        setDraft(fresh);
        origin.current = fresh;
        setInWorkspace(query.data.changed);
    }, [query.data, adoptServer]);

    const readServer = useCallback(async (): Promise<{ blueprint?: Blueprint; changed?: boolean; error?: ComposerError }> => {
        const reply = await reread(name, false);
        if (reply.error) {
            const error = asComposerError(reply.error);
            // gone after it was opened: deleted elsewhere (the draft stays on the page)
            if (error?.kind === "not-found" && serverRef.current)
                setDeleted(true);
            return { error };
        }
        setDeleted(false);
        return { blueprint: reply.data?.blueprint, changed: reply.data?.changed };
    }, [name, reread]);

    const pushDraft = useCallback(async (next: Blueprint) => {
        // composer would refuse it (bad version, name or type): the edits stay here, unsaved
        if (pushRefusals(validateBlueprint(next)).length > 0)
            return;
        // never write a draft over a version someone saved meanwhile: save() will show both
        const before = await readServer();
        // nor into the workspace of a blueprint deleted meanwhile: it would come back half-made
        if (before.error?.kind === "not-found")
            return;
        if (before.blueprint && serverRef.current && !deepEqual(before.blueprint, serverRef.current))
            return;
        const request = saveDraft(next);
        const result = await request;
        // RTK keeps a mutation's arguments in the store: the blueprint may hold a typed-in password
        request.reset();
        if ("error" in result) {
            setDraftError(asComposerError(result.error));
            return;
        }
        setDraftError(undefined);
        // composer normalises what it stores (defaults, hashed passwords): remember its copy
        const after = await readServer();
        if (after.blueprint)
            adoptServer(after.blueprint);
        setInWorkspace(after.changed ?? true);
        setPending(false);
    }, [saveDraft, readServer, adoptServer]);

    const edit = useCallback((next: Blueprint) => {
        setDraft(next);
        setPending(true);
        window.clearTimeout(timer.current);
        unpushed.current = next;
        timer.current = window.setTimeout(() => {
            unpushed.current = undefined;
            void pushDraft(next);
        }, DRAFT_DELAY_MS);
    }, [pushDraft]);

    // leaving the page (another tab, back) must not drop edits still waiting for the workspace
    const pushRef = useRef(pushDraft);
    useEffect(() => {
        pushRef.current = pushDraft;
    }, [pushDraft]);
    useEffect(() => () => {
        window.clearTimeout(timer.current);
        if (unpushed.current)
            void pushRef.current(unpushed.current);
    }, []);

    const commit = useCallback(async (blueprint: Blueprint): Promise<SaveOutcome> => {
        window.clearTimeout(timer.current);
        unpushed.current = undefined;
        const request = saveBlueprint(blueprint);
        const result = await request;
        request.reset(); // as in pushDraft: no copy of a typed-in password stays in the store
        if ("error" in result)
            return { error: asComposerError(result.error) ?? { kind: "server", api: "weldr", message: "" } };
        const after = await readServer();
        if (after.blueprint) {
            adoptServer(after.blueprint);
            setDraft(after.blueprint);
            origin.current = after.blueprint;
        }
        setInWorkspace(false);
        setPending(false);
        return { saved: true };
    }, [saveBlueprint, readServer, adoptServer]);

    const save = useCallback(async (): Promise<SaveOutcome> => {
        if (!draft)
            return { error: { kind: "invalid", api: "weldr", message: "" } };
        window.clearTimeout(timer.current);
        const now = await readServer();
        if (now.error?.kind === "not-found" && server)
            return { deleted: true };
        if (now.error)
            return { error: now.error };
        if (now.blueprint && server && !deepEqual(now.blueprint, server))
            return { conflict: now.blueprint };
        return commit(draft);
    }, [draft, server, readServer, commit]);

    const loadError = asComposerError(query.error);
    return {
        loading: query.isLoading,
        // a blueprint deleted while being edited keeps its editor (and the edits): see `deleted`
        // and one read once keeps it through an outage: the banner and the save say what failed
        loadError: draft ? undefined : loadError,
        draft,
        server,
        inWorkspace,
        pending,
        draftError,
        deleted,
        saving: saveState.isLoading,
        update(path, value) {
            // several changes may come before the next render: build on the newest draft
            const current = draftRef.current;
            if (!current)
                return;
            const next = setIn(current, path, value);
            draftRef.current = next;
            edit(next);
        },
        replace: edit,
        save,
        overwrite: () => draft ? commit(draft) : Promise.resolve({ error: { kind: "invalid", api: "weldr", message: "" } }),
        takeTheirs(theirs) {
            window.clearTimeout(timer.current);
            unpushed.current = undefined;
            adoptServer(theirs);
            setDraft(theirs);
            origin.current = theirs;
            setPending(false);
        },
        carryOver(theirs) {
            const { merged } = mergeBlueprints(origin.current ?? server ?? theirs, draft ?? theirs, theirs);
            adoptServer(theirs);
            origin.current = theirs;
            edit(merged);
        },
        async discard() {
            window.clearTimeout(timer.current);
            unpushed.current = undefined;
            if (inWorkspace) {
                const result = await discardDraft(name);
                if ("error" in result)
                    return asComposerError(result.error) ?? null;
            }
            const after = await readServer();
            if (after.error)
                return after.error;
            if (after.blueprint) {
                adoptServer(after.blueprint);
                setDraft(after.blueprint);
                origin.current = after.blueprint;
            }
            setInWorkspace(false);
            setPending(false);
            return null;
        },
    };
}
