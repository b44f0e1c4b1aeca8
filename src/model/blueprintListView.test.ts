import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { detailNames, needsAllDetails, pageOfNames, parseListView } from "./blueprintListView.ts";

describe("blueprint list view from the URL options", () => {
    it("is the default view without options", () => {
        assert.deepEqual(parseListView({}), { search: "", sort: "name", direction: "asc", page: 1, perPage: 20 });
    });

    it("reads every option, the first of repeated ones", () => {
        assert.deepEqual(parseListView({ search: ["web", "db"], sort: "version", dir: "desc", page: "3", perPage: "50" }),
                         { search: "web", sort: "version", direction: "desc", page: 3, perPage: 50 });
    });

    it("falls back to the default for unknown or unreadable values", () => {
        assert.deepEqual(parseListView({ sort: "size", dir: "up", page: "0", perPage: "many" }),
                         { search: "", sort: "name", direction: "asc", page: 1, perPage: 20 });
    });
});

describe("names whose details the list needs", () => {
    const names = ["bp10", "Bp2", "bp1", "alpha", "zeta"];
    const view = parseListView({ perPage: "2" });

    it("is the page shown, in name order (numbers as numbers, case ignored)", () => {
        assert.deepEqual(pageOfNames(names, view), ["alpha", "bp1"]);
        assert.deepEqual(pageOfNames(names, { ...view, page: 2 }), ["Bp2", "bp10"]);
        assert.deepEqual(pageOfNames(names, { ...view, page: 2, direction: "desc" }), ["Bp2", "bp1"]);
        assert.deepEqual(pageOfNames(names, { ...view, page: 4 }), []);
    });

    it("is every name while a search or the version sort needs them", () => {
        assert.equal(needsAllDetails(view), false);
        assert.equal(needsAllDetails({ ...view, search: "  " }), false);
        assert.deepEqual(detailNames(names, { ...view, search: "web" }), names);
        assert.deepEqual(detailNames(names, { ...view, sort: "version" }), names);
        assert.deepEqual(detailNames(names, view), ["alpha", "bp1"]);
    });
});
