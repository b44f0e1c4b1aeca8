// Dialogs of the blueprints list that the first page should not carry: the import dialog brings
// file upload, the TOML parser and the whole validation, so its code comes with the other pages'
// (app/lazyPages.ts) when it first opens. It waits in a Suspense of its own (and fails in a
// boundary of its own), so the opener needs no change.
import { type ComponentProps, Suspense } from "react";

import { ImportBlueprintDialog as LazyImportBlueprintDialog } from "../app/lazyPages";
import { LoadFailureBoundary } from "../app/LoadFailureBoundary";

export function ImportBlueprintDialog(props: ComponentProps<typeof LazyImportBlueprintDialog>) {
    return (
        <LoadFailureBoundary>
            <Suspense fallback={null}>
                <LazyImportBlueprintDialog {...props} />
            </Suspense>
        </LoadFailureBoundary>
    );
}
