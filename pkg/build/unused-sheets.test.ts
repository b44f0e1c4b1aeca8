import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { UNUSED_SHEETS, isUnusedSheet } from "./unused-sheets.ts";

function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
        const full = path.join(dir, e.name);
        return e.isDirectory() ? sources(full) : /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
    });
}

describe("sheets left out of the build", () => {
    it("style only features that nothing in src/ uses", () => {
        const files = sources("src").map(f => [f, fs.readFileSync(f, "utf8")] as const);
        for (const unused of UNUSED_SHEETS) {
            const users = files.filter(([, text]) => unused.usedWhen.test(text)).map(([f]) => f);
            assert.deepEqual(users, [], `${unused.sheet} is left out of the build (${unused.why}), but these files use what it styles: remove it from pkg/build/unused-sheets.ts`);
        }
    });

    it("are only those named", () => {
        assert.ok(isUnusedSheet("node_modules/@patternfly/react-styles/css/components/Drawer/drawer.css"));
        assert.ok(!isUnusedSheet("node_modules/@patternfly/react-styles/css/components/Table/table.css"));
        assert.ok(!isUnusedSheet("node_modules/@patternfly/react-styles/css/components/Table/table-grid.css"));
    });
});
