// The list's dialogs that the first page does not carry, loaded when one is first opened, code and
// style sheet together (laterPages.ts: one chunk for them and the other pages, which App.tsx
// draws from laterPagesLoader.ts).
import { lazyWithStyles } from "../../pkg/lib/lazyWithStyles";
import { loadLaterPages } from "./laterPagesLoader";

export const CreateBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.CreateBlueprintDialog));
export const DeleteBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.DeleteBlueprintDialog));
export const ImportBlueprintDialog = lazyWithStyles("laterPages", () => loadLaterPages().then(m => m.ImportBlueprintDialog));
