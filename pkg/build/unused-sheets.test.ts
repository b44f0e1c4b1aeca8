import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

import { UNUSED_SHEETS, isHeldBackFromFirstPage, isUnusedSheet } from "./unused-sheets.ts";

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

describe("sheets held back from the first page", () => {
    const styles = "node_modules/@patternfly/react-styles/css/components/";
    it("stay off it while its sources do not use what they style", () => {
        const page = "<SearchInput value={search} onChange={change} />\n<Td dataLabel=\"Name\">{name}</Td>";
        const pager = "<Pagination\n    itemCount={count}\n    onSetPage={(_e, page) => set(page)}\n    isCompact\n/>";
        assert.ok(isHeldBackFromFirstPage(`${styles}Form/form.css`, [page]));
        assert.ok(isHeldBackFromFirstPage(`${styles}Panel/panel.css`, [page]));
        assert.ok(isHeldBackFromFirstPage(`${styles}Check/check.css`, [page]));
        assert.ok(isHeldBackFromFirstPage(`${styles}Radio/radio.css`, [page]));
        assert.ok(isHeldBackFromFirstPage(`${styles}Breadcrumb/breadcrumb.css`, [page]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Table/table.css`, [page]));
        for (const sheet of ["InputGroup/input-group", "Icon/icon", "Badge/badge", "Divider/divider", "FormControl/form-control", "Label/label-group", "ActionList/action-list"])
            assert.ok(isHeldBackFromFirstPage(`${styles}${sheet}.css`, [page, pager, "<Label color=\"orange\">{_(\"Draft\")}</Label>"]), sheet);
    });

    it("come back to it as soon as one of its sources does", () => {
        assert.ok(!isHeldBackFromFirstPage(`${styles}Form/form.css`, ["x", "<SearchInput attributes={[{ attr: \"name\" }]} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Panel/panel.css`, ["<SearchInput attributes={attrs} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Form/form.css`, ["<Form onSubmit={submit}>"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Check/check.css`, ["<Td select={{ rowIndex, isSelected }} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Check/check.css`, ["<MenuItem hasCheckbox>"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Radio/radio.css`, ["import { Radio } from \"x\";"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Breadcrumb/breadcrumb.css`, ["<Breadcrumb>"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}InputGroup/input-group.css`, ["<SearchInput onSearch={search} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Icon/icon.css`, ["<SearchInput expandableInput={{ isExpanded }} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Badge/badge.css`, ["<Button countOptions={{ count: 3 }}>"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Divider/divider.css`, ["<ActionsColumn items={[{ isSeparator: true }]} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Divider/divider.css`, ["<ToolbarItem variant=\"separator\" />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}FormControl/form-control.css`, ["<TextInput value={v} />"]));
        // a full pager shows a page number field
        assert.ok(!isHeldBackFromFirstPage(`${styles}FormControl/form-control.css`, ["<Pagination itemCount={count} page={page} />"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}Label/label-group.css`, ["<Label isEditable onEditComplete={done}>"]));
        assert.ok(!isHeldBackFromFirstPage(`${styles}ActionList/action-list.css`, ["<ActionList>"]));
    });
});
