// Dialogs of the blueprints list that the first page should not carry: they bring the modal,
// the form and its helper texts, the import dialog also file upload, the TOML parser and the
// whole validation, so their code comes with the other pages' (app/laterPagesLoader.ts), code and
// style sheet together, when one first opens. Each waits in a Suspense of its own (and fails in a
// boundary of its own), so the opener needs no change.
import { type ComponentProps, type ComponentType, Suspense } from "react";

import { lazyWithStyles } from "../../pkg/lib/lazyWithStyles";
import { loadLaterPages } from "../app/laterPagesLoader";
import { LoadFailureBoundary } from "../app/LoadFailureBoundary";

const LazyCreateBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.CreateBlueprintDialog));
const LazyDeleteBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.DeleteBlueprintDialog));
const LazyImportBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.ImportBlueprintDialog));

function whenLoaded<P extends object>(Dialog: ComponentType<P>) {
    return function LazyDialog(props: P) {
        return (
            <LoadFailureBoundary>
                <Suspense fallback={null}>
                    <Dialog {...props} />
                </Suspense>
            </LoadFailureBoundary>
        );
    };
}

export const CreateBlueprintDialog: ComponentType<ComponentProps<typeof LazyCreateBlueprintDialog>> = whenLoaded(LazyCreateBlueprintDialog);
export const DeleteBlueprintDialog: ComponentType<ComponentProps<typeof LazyDeleteBlueprintDialog>> = whenLoaded(LazyDeleteBlueprintDialog);
export const ImportBlueprintDialog: ComponentType<ComponentProps<typeof LazyImportBlueprintDialog>> = whenLoaded(LazyImportBlueprintDialog);
