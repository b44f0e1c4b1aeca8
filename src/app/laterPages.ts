// Everything the first page (the blueprints list) does not show at once, its dialogs included,
// as one module that laterPagesLoader.ts loads with import() (for the pages and for
// blueprints/lazyDialogs.tsx): esbuild puts it into a single chunk with a single style sheet
// (chunks/laterPages.css), so leaving the first page costs one request, and the code these
// pages share is not cut into many small, worse-compressing chunks.
export { BlueprintEditor } from "../blueprints/editor/BlueprintEditor";
export { CreateBlueprintDialog } from "../blueprints/CreateBlueprintDialog";
export { DeleteBlueprintDialog } from "../blueprints/DeleteBlueprintDialog";
export { ImportBlueprintDialog } from "../blueprints/ImportBlueprintDialog";
export { ImagePage } from "../images/ImagePage";
export { ImagesPage } from "../images/ImagesPage";
export { InspectPage } from "../inspect/InspectPage";
export { SettingsPage } from "../settings/SettingsPage";
export { SourcesPage } from "../sources/SourcesPage";
