// PatternFly sheets that come along with a component we use but style only a feature of it we
// never use; split-css leaves them out. unused-sheets.test.ts fails when src/ starts to use
// the feature, so that the sheet is put back.
export const UNUSED_SHEETS: { sheet: RegExp; why: string; usedWhen: RegExp }[] = [
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Drawer[\\/]drawer\.css$/,
        why: "Page imports Drawer for its notification drawer; we pass no notificationDrawer and use no Drawer",
        usedWhen: /\bDrawer\w*\b|notificationDrawer/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Table[\\/]table-tree-view\.css$/,
        why: "Table, Tr and Td import the tree-table styles; they apply only to tree tables (isTreeTable, treeRow)",
        usedWhen: /\bisTreeTable\b|\btreeRow\b|TreeRowWrapper/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]InlineEdit[\\/]inline-edit\.css$/,
        why: "Tr imports the inline-edit styles; they apply only to editable rows (isEditable, EditableTextCell)",
        usedWhen: /\bisEditable\b|\bEditable\w*Cell\b|\bEditColumn\b|\bInlineEdit\b/,
    },
];

export function isUnusedSheet(sheet: string): boolean {
    return UNUSED_SHEETS.some(u => u.sheet.test(sheet));
}
