// The pages that are not the first one (the blueprints list), each loaded when first shown:
// esbuild splits every import() below into a chunk of its own with its own style sheet, so the
// first page does not carry the editor, the images, inspect, sources or settings.
import { lazyWithStyles } from "../../pkg/lib/lazyWithStyles";

export const BlueprintEditor = lazyWithStyles("BlueprintEditor", () => import("../blueprints/editor/BlueprintEditor").then(m => m.BlueprintEditor));
export const ImagesPage = lazyWithStyles("ImagesPage", () => import("../images/ImagesPage").then(m => m.ImagesPage));
export const ImagePage = lazyWithStyles("ImagePage", () => import("../images/ImagePage").then(m => m.ImagePage));
export const InspectPage = lazyWithStyles("InspectPage", () => import("../inspect/InspectPage").then(m => m.InspectPage));
export const SourcesPage = lazyWithStyles("SourcesPage", () => import("../sources/SourcesPage").then(m => m.SourcesPage));
export const SettingsPage = lazyWithStyles("SettingsPage", () => import("../settings/SettingsPage").then(m => m.SettingsPage));
