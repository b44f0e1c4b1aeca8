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

// PatternFly sheets that a component of the first page (the blueprints list) imports for a
// feature the first page does not use, while later pages may use it: they are held back from
// index.css and come with the later pages' sheet (chunks/laterPages.css) when those need them.
// The build checks the first page's own sources (src/, pkg/) against `usedWhen` and keeps a
// sheet on the first page as soon as one of them matches.
export const NOT_ON_FIRST_PAGE: { sheet: RegExp; why: string; usedWhen: RegExp }[] = [
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/](Check[\\/]check|Radio[\\/]radio)\.css$/,
        why: "Td and Th import Checkbox and Radio for selectable rows, MenuItem Checkbox for menu items with check boxes",
        usedWhen: /\bselect=\{|\bhasCheckbox\b|\bisTreeTable\b|\btreeRow\b|\bCheckbox\b|\bRadio\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/](Form[\\/]form|Panel[\\/]panel)\.css$/,
        why: "SearchInput imports a form in a panel for its advanced search (the attributes prop)",
        usedWhen: /\battributes=\{|<Form\b|\bFormGroup\b|\bActionGroup\b|\bPanel\w*\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/](InputGroup[\\/]input-group|Icon[\\/]icon)\.css$/,
        why: "SearchInput imports InputGroup and Icon for its search button, advanced search and expandable variants (onSearch, attributes, expandableInput); the plain one is a TextInputGroup",
        usedWhen: /\bInputGroup\w*\b|\bonSearch\b|\battributes=\{|\bonToggleAdvancedSearch\b|\bexpandableInput\b|components\/Icon\//,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Badge[\\/]badge\.css$/,
        why: "Button imports Badge for its count (countOptions), SearchInput for its results count (resultsCount)",
        usedWhen: /\bBadge\b|\bcountOptions\b|\bresultsCount\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Divider[\\/]divider\.css$/,
        why: "ToolbarItem imports Divider for its separator variant, ActionsColumn for separator items",
        usedWhen: /\bDivider\b|\bisSeparator\b|["']separator["']|ToolbarItemVariant\.separator/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]FormControl[\\/]form-control\.css$/,
        why: "TextInput styles its field with it; Pagination imports TextInput for the page number field it shows only without isCompact, SearchInput for its advanced search",
        // a file with a Pagination but no isCompact anywhere counts as a full pager
        usedWhen: /\b(TextInput|TextArea|FormSelect|NumberInput|DatePicker|TimePicker|FileUpload)\b|\battributes=\{|^(?![\s\S]*\bisCompact\b)[\s\S]*<Pagination\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Label[\\/]label-group\.css$/,
        why: "Label imports the label group's class names for its editable variant (isEditable)",
        usedWhen: /\bLabelGroup\b|\bisEditable\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]ActionList[\\/]action-list\.css$/,
        why: "the table's sort column imports ActionList for its favorites column",
        usedWhen: /\bActionList\w*\b|\bfavorites\b|\bisFavorite\w*\b/,
    },
    {
        sheet: /react-styles[\\/]css[\\/]components[\\/]Breadcrumb[\\/]breadcrumb\.css$/,
        why: "Menu imports the breadcrumb's class names to tell drilldown breadcrumbs apart",
        usedWhen: /Breadcrumb|drilldown/i,
    },
];

/** whether `sheet` can stay off the first page, whose own sources are `firstPageSources` (their text) */
export function isHeldBackFromFirstPage(sheet: string, firstPageSources: string[]): boolean {
    return NOT_ON_FIRST_PAGE.some(h => h.sheet.test(sheet) && !firstPageSources.some(text => h.usedWhen.test(text)));
}
