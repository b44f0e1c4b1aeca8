// Dialogs of the blueprints list that the first page should not carry: their code (the import
// dialog brings file upload, the TOML parser and the whole validation) is loaded when one opens.
// Each waits in a Suspense of its own, so the opener needs no change.
import { type ComponentProps, Suspense } from "react";

import { lazyWithStyles } from "../../pkg/lib/lazyWithStyles";

const LazyImportBlueprintDialog = lazyWithStyles("ImportBlueprintDialog", () => import("./ImportBlueprintDialog").then(m => m.ImportBlueprintDialog));

export function ImportBlueprintDialog(props: ComponentProps<typeof LazyImportBlueprintDialog>) {
    return (
        <Suspense fallback={null}>
            <LazyImportBlueprintDialog {...props} />
        </Suspense>
    );
}
