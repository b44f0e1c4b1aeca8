import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { escapeChar, hasInvisibleChars, removeInvisibleChars, showInvisibleChars, visibleSegments } from "./visibleChars.ts";

describe("invisible characters made visible", () => {
    const shown: [string, string, string][] = [
        ["plain text as it is", "prod-web 1.0.0", "prod-web 1.0.0"],
        ["HTML as it is (text, not markup)", "<b>x</b>", "<b>x</b>"],
        ["letters of other scripts as they are", "Größe ünïcödé 日本 עברית العربية", "Größe ünïcödé 日本 עברית العربية"],
        ["zero-width space", "prod\u200Bweb", "prod\\u200Bweb"],
        ["zero-width non-joiner", "a\u200Cb", "a\\u200Cb"],
        ["zero-width joiner", "a\u200Db", "a\\u200Db"],
        ["byte order mark (zero-width no-break space)", "\uFEFFami-1", "\\uFEFFami-1"],
        ["word joiner", "a\u2060b", "a\\u2060b"],
        ["soft hyphen", "pay\u00ADpal", "pay\\u00ADpal"],
        ["right-to-left override", "evil\u202Egpj.exe", "evil\\u202Egpj.exe"],
        ["left-to-right override and pop", "a\u202Db\u202Cc", "a\\u202Db\\u202Cc"],
        ["right-to-left and left-to-right marks", "a\u200Fb\u200Ec", "a\\u200Fb\\u200Ec"],
        ["bidi isolates U+2066 to U+2069", "\u2066a\u2067b\u2068c\u2069", "\\u2066a\\u2067b\\u2068c\\u2069"],
        ["Arabic letter mark", "a\u061Cb", "a\\u061Cb"],
        ["Hangul filler, an invisible letter", "a\u3164b", "a\\u3164b"],
        ["tag characters beyond the basic plane", "a\u{E0041}b", "a\\u{E0041}b"],
        ["NUL, escape and DEL", "a\u0000b\u001bc\u007f", "a\\u0000b\\u001Bc\\u007F"],
        ["a C1 control", "a\u0085b", "a\\u0085b"],
        ["line ends and tabs in a one-line text", "a\nb\tc\rd", "a\\u000Ab\\u0009c\\u000Dd"],
        ["a run of them, each escaped", "a\u200B\u200B\u202Eb", "a\\u200B\\u200B\\u202Eb"],
        ["only invisible characters", "\u200B", "\\u200B"],
        ["empty", "", ""],
        ["a surrogate pair that is visible", "ok \u{1F600}", "ok \u{1F600}"],
    ];
    for (const [what, input, output] of shown) {
        it(`shows ${what}`, () => {
            assert.equal(showInvisibleChars(input), output);
            assert.equal(hasInvisibleChars(input), input !== output);
        });
    }

    it("keeps line ends and tabs in multi-line text, escapes the rest", () => {
        assert.equal(showInvisibleChars("a\nb\tc\r\nd\u202Ee", true), "a\nb\tc\r\nd\\u202Ee");
        assert.equal(hasInvisibleChars("a\nb\tc", true), false);
        assert.equal(hasInvisibleChars("a\n\u200Bb", true), true);
        assert.deepEqual(visibleSegments("a\u200B\nb", true), [
            { text: "a", escaped: false }, { text: "\\u200B", escaped: true }, { text: "\nb", escaped: false },
        ]);
    });

    it("splits the text into plain and escaped pieces, a run of invisible characters in one piece", () => {
        assert.deepEqual(visibleSegments("evil\u202Egpj.exe\u200B\u200Bend"), [
            { text: "evil", escaped: false },
            { text: "\\u202E", escaped: true },
            { text: "gpj.exe", escaped: false },
            { text: "\\u200B\\u200B", escaped: true },
            { text: "end", escaped: false },
        ]);
        assert.deepEqual(visibleSegments("\uFEFF"), [{ text: "\\uFEFF", escaped: true }]);
        assert.deepEqual(visibleSegments("plain"), [{ text: "plain", escaped: false }]);
        assert.deepEqual(visibleSegments(""), []);
    });

    it("escapes one character by its code point", () => {
        assert.equal(escapeChar("\u200B"), "\\u200B");
        assert.equal(escapeChar("\u0007"), "\\u0007");
        assert.equal(escapeChar("\u{E007F}"), "\\u{E007F}");
    });

    it("removes them where an escape would become part of a name", () => {
        assert.equal(removeInvisibleChars("prod\u200Bweb\u202E.qcow2\uFEFF"), "prodweb.qcow2");
        assert.equal(removeInvisibleChars("Größe 日本"), "Größe 日本");
    });

    it("handles a 1 MiB text with invisible characters throughout", () => {
        const text = "a\u200B".repeat(512 * 1024);
        const shownText = showInvisibleChars(text);
        assert.equal(shownText.length, 512 * 1024 * 7);
        assert.equal(shownText.includes("\u200B"), false);
    });
});

describe("escapes already in a text", () => {
    it("marks displayText's escapes like its own", () => {
        assert.deepEqual(visibleSegments("ami-\\u200B0123"), [
            { text: "ami-", escaped: false }, { text: "\\u200B", escaped: true }, { text: "0123", escaped: false },
        ]);
        assert.deepEqual(visibleSegments("a\\u{E0041}b"), [
            { text: "a", escaped: false }, { text: "\\u{E0041}", escaped: true }, { text: "b", escaped: false },
        ]);
    });

    it("leaves escapes of visible characters and other backslashes as plain text", () => {
        assert.deepEqual(visibleSegments("C:\\users\\u0041 \\u{110000} \\u200b"), [{ text: "C:\\users\\u0041 \\u{110000} \\u200b", escaped: false }]);
    });
});
