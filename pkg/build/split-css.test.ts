import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type MetaInput, type MetaOutput, firstPageSources, planSheets, sheetsInOrder } from "./split-css.ts";

const s = (file: string) => ({ path: `css-of-js:${file}`, kind: "import-statement" });
const m = (file: string) => ({ path: file, kind: "import-statement" });
const lazy = (file: string) => ({ path: file, kind: "dynamic-import" });

// index.tsx -> app.css, App.tsx (-> button.mjs -> button.css) and, lazily, Editor.tsx
// Editor.tsx -> button.mjs, card.mjs -> card.css; unused.mjs -> unused.css was tree-shaken
const inputs: Record<string, MetaInput> = {
    "src/index.tsx": { imports: [s("src/app.css"), m("src/App.tsx")] },
    "src/App.tsx": { imports: [m("button.mjs"), m("unused.mjs"), lazy("src/Editor.tsx")] },
    "button.mjs": { imports: [s("button.css")] },
    "unused.mjs": { imports: [s("unused.css")] },
    "src/Editor.tsx": { imports: [m("button.mjs"), m("card.mjs")] },
    "card.mjs": { imports: [s("card.css")] },
};
const outputs: Record<string, MetaOutput> = {
    "dist/index.js": { entryPoint: "src/index.tsx", imports: [{ path: "dist/chunks/chunk-A.js", kind: "import-statement" }, { path: "dist/chunks/Editor-X.js", kind: "dynamic-import" }], inputs: { "src/index.tsx": {}, "src/App.tsx": {} } },
    "dist/chunks/chunk-A.js": { imports: [], inputs: { "button.mjs": {} } },
    "dist/chunks/Editor-X.js": { entryPoint: "src/Editor.tsx", imports: [{ path: "dist/chunks/chunk-A.js", kind: "import-statement" }], inputs: { "src/Editor.tsx": {}, "card.mjs": {} } },
};

describe("style sheets that follow the code splitting", () => {
    it("lists a module's sheets in evaluation order, only for modules in the output", () => {
        assert.deepEqual(sheetsInOrder(inputs, "src/index.tsx", new Set(["src/index.tsx", "src/App.tsx", "button.mjs"])), ["src/app.css", "button.css"]);
    });

    it("gives the first page what it imports statically, and a lazy module only what it adds", () => {
        assert.deepEqual(planSheets({ inputs, outputs }, "dist/index.js"), [
            { file: "index.css", sheets: ["src/app.css", "button.css"] },
            { file: "chunks/Editor.css", sheets: ["card.css"] },
        ]);
    });

    it("holds a sheet back from the first page, and the lazy module that imports it gets it", () => {
        const withCardFirst: Record<string, MetaInput> = { ...inputs, "src/App.tsx": { imports: [m("button.mjs"), m("card.mjs"), lazy("src/Editor.tsx")] } };
        const outs: Record<string, MetaOutput> = { ...outputs, "dist/chunks/chunk-A.js": { imports: [], inputs: { "button.mjs": {}, "card.mjs": {} } } };
        assert.deepEqual(planSheets({ inputs: withCardFirst, outputs: outs }, "dist/index.js", sheet => sheet === "card.css"), [
            { file: "index.css", sheets: ["src/app.css", "button.css"] },
            { file: "chunks/Editor.css", sheets: ["card.css"] },
        ]);
    });

    it("finds the first page's own sources: the project's modules of the entry and its chunks", () => {
        const outs: Record<string, MetaOutput> = {
            ...outputs,
            "dist/chunks/chunk-A.js": { imports: [], inputs: { "node_modules/x/button.mjs": {}, "../elsewhere/node_modules/y/y.js": {}, "pkg/lib/a.ts": {}, "css-of-js:button.css": {} } },
        };
        assert.deepEqual(firstPageSources(outs, "dist/index.js"), ["src/index.tsx", "src/App.tsx", "pkg/lib/a.ts"]);
    });
});
