// PatternFly's Pagination speaks English unless it is given every title: these are translated
// when called (at render), so the language loaded by po.js is the one used.
import type { PaginationTitles } from "@patternfly/react-core/dist/esm/components/Pagination/Pagination.js";

import { _ } from "./gettext";

export function paginationTitles(overrides: Partial<PaginationTitles> = {}): PaginationTitles {
    return {
        items: "",
        page: "",
        pages: "",
        itemsPerPage: _("Items per page"),
        // Translators: after a number in the menu of page sizes, as in "20 per page"
        perPageSuffix: _("per page"),
        toFirstPageAriaLabel: _("Go to first page"),
        toPreviousPageAriaLabel: _("Go to previous page"),
        toLastPageAriaLabel: _("Go to last page"),
        toNextPageAriaLabel: _("Go to next page"),
        // none: the toggle is named by the range it shows ("1 - 20 of 143")
        optionsToggleAriaLabel: "",
        currPageAriaLabel: _("Current page"),
        paginationAriaLabel: _("Pagination"),
        // Translators: between the rows shown and their total, as in "1 - 20 of 143"
        ofWord: _("of"),
        ...overrides,
    };
}
