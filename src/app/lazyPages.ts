// The pages that are not the first one (the blueprints list) and the list's dialogs, loaded when
// one is first shown, code and style sheet together (laterPages.ts: one chunk for all of them).
import { lazyWithStyles } from "../../pkg/lib/lazyWithStyles";

const later = () => import("./laterPages");

export const BlueprintEditor = lazyWithStyles("laterPages", () => later().then(m => m.BlueprintEditor));
export const ImagesPage = lazyWithStyles("laterPages", () => later().then(m => m.ImagesPage));
export const ImagePage = lazyWithStyles("laterPages", () => later().then(m => m.ImagePage));
export const InspectPage = lazyWithStyles("laterPages", () => later().then(m => m.InspectPage));
export const SourcesPage = lazyWithStyles("laterPages", () => later().then(m => m.SourcesPage));
export const SettingsPage = lazyWithStyles("laterPages", () => later().then(m => m.SettingsPage));
export const CreateBlueprintDialog = lazyWithStyles("laterPages", () => later().then(m => m.CreateBlueprintDialog));
export const DeleteBlueprintDialog = lazyWithStyles("laterPages", () => later().then(m => m.DeleteBlueprintDialog));
export const ImportBlueprintDialog = lazyWithStyles("laterPages", () => later().then(m => m.ImportBlueprintDialog));
