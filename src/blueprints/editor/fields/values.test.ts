import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { binder, daysToIsoDate, displayText, isoDateToDays, parseSizeText, parseWholeNumber, setDeep } from "./values.ts";

describe("section values", () => {
    it("changes one key and keeps every other one", () => {
        const before = { name: "kernel-rt", append: "quiet", unknown_key: { x: [1, 2] } };
        const after = setDeep(before, ["append"], "nosmt");
        assert.deepEqual(after, { name: "kernel-rt", append: "nosmt", unknown_key: { x: [1, 2] } });
        assert.equal(after.unknown_key, before.unknown_key);
        assert.equal(before.append, "quiet");
    });

    it("removes the key when the value is cleared, and prunes tables left empty", () => {
        const before = { config: { dnf_plugins: { product_id: { enabled: true } } } };
        assert.deepEqual(setDeep(before, ["config", "dnf_plugins", "product_id", "enabled"], undefined), {});
        const kept = { config: { dnf_plugins: { product_id: { enabled: true }, other: 1 } } };
        assert.deepEqual(setDeep(kept, ["config", "dnf_plugins", "product_id", "enabled"], undefined),
                         { config: { dnf_plugins: { other: 1 } } });
    });

    it("leaves the value alone when clearing a field that is not there", () => {
        const before = { empty: {} };
        assert.equal(setDeep(before, ["empty", "x"], undefined), before);
        assert.equal(setDeep(before, ["a", "b"], undefined), before);
    });

    it("creates the tables on the way when a nested field is set", () => {
        assert.deepEqual(setDeep(undefined, ["grub2", "menu-timeout"], 5), { grub2: { "menu-timeout": 5 } });
    });

    it("binds fields to absolute paths", () => {
        let changed: unknown;
        const at = binder({ a: 1, b: { c: "x" } }, next => { changed = next }, ["customizations", "t"], []);
        const binding = at("b", "c");
        assert.deepEqual(binding.path, ["customizations", "t", "b", "c"]);
        assert.equal(binding.value, "x");
        binding.onChange("y");
        assert.deepEqual(changed, { a: 1, b: { c: "y" } });
    });

    it("shows scalars as text and tables as JSON", () => {
        assert.equal(displayText(undefined), "");
        assert.equal(displayText(12), "12");
        assert.equal(displayText({ a: 1 }), "{\"a\":1}");
    });

    it("reads whole numbers and keeps other text as typed", () => {
        assert.equal(parseWholeNumber(""), undefined);
        assert.equal(parseWholeNumber("1200"), 1200);
        assert.equal(parseWholeNumber("-1"), -1);
        assert.equal(parseWholeNumber("12 "), "12 ");
        assert.equal(parseWholeNumber("12a"), "12a");
        assert.equal(parseWholeNumber("99999999999999999999"), "99999999999999999999");
    });

    it("reads sizes: bytes as numbers, units as text", () => {
        assert.equal(parseSizeText(" "), undefined);
        assert.equal(parseSizeText("1024"), 1024);
        assert.equal(parseSizeText("2 GiB"), "2 GiB");
        assert.equal(parseSizeText("2 "), "2 ");
    });

    it("turns days since 1970 into dates and back", () => {
        assert.equal(daysToIsoDate(0), "1970-01-01");
        assert.equal(daysToIsoDate(20000), "2024-10-04");
        assert.equal(isoDateToDays("2024-10-04"), 20000);
        assert.equal(daysToIsoDate("20000"), null);
        assert.equal(daysToIsoDate(1.5), null);
        assert.equal(isoDateToDays("2024-13-45"), null);
        assert.equal(isoDateToDays("soon"), null);
    });
});
