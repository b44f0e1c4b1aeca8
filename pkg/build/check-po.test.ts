import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { checkPo, checkPoDir, nplurals, placeholders } from "./check-po.ts";

const POT = `msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Images"
msgstr ""

msgid "Delete $0?"
msgstr ""

msgid "Changes from $0 to $1"
msgstr ""

msgid "$0 image"
msgid_plural "$0 images"
msgstr[0] ""
msgstr[1] ""

msgctxt "verb"
msgid "Build"
msgstr ""
`;

const HEADER = `msgid ""
msgstr ""
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
`;

function po(body: string, header = HEADER): string {
    return `${header}\n${body}`;
}

describe("check-po", () => {
    it("finds placeholders and the plural count", () => {
        assert.deepEqual(placeholders("from $1 to $0, $1 again"), ["$0", "$1"]);
        assert.deepEqual(placeholders("no placeholder"), []);
        assert.equal(nplurals("nplurals=3; plural=(n%10==1 ? 0 : 1);"), 3);
        assert.equal(nplurals(undefined), undefined);
    });

    it("accepts a consistent translation, placeholders in another order, and lists what is untranslated", () => {
        const report = checkPo(po(`
msgid "Changes from $0 to $1"
msgstr "Von $0 nach $1 geändert"

msgid "Delete $0?"
msgstr "$0 löschen?"

msgid "$0 image"
msgid_plural "$0 images"
msgstr[0] "$0 Image"
msgstr[1] "$0 Images"

msgctxt "verb"
msgid "Build"
msgstr "Erstellen"
`), POT);
        assert.deepEqual(report.problems, []);
        assert.deepEqual(report.untranslated, ["Images"]);
    });

    it("reports a lost or an added placeholder", () => {
        const report = checkPo(po(`
msgid "Changes from $0 to $1"
msgstr "Änderungen bis $1"

msgid "Delete $0?"
msgstr "$0 und $1 löschen?"
`), POT);
        assert.equal(report.problems.length, 2);
        assert.match(report.problems[0], /Changes from .* lost \$0/);
        assert.match(report.problems[1], /Delete .* adds \$1/);
    });

    it("reports a plural entry whose form count differs from the header", () => {
        const report = checkPo(po(`
msgid "$0 image"
msgid_plural "$0 images"
msgstr[0] "$0 Image"
`), POT);
        assert.equal(report.problems.length, 1);
        assert.match(report.problems[0], /has 1 msgstr forms, the header asks for 2/);
    });

    it("reports a placeholder lost in one plural form only", () => {
        const report = checkPo(po(`
msgid "$0 image"
msgid_plural "$0 images"
msgstr[0] "Ein Image"
msgstr[1] "$0 Images"
`), POT);
        assert.deepEqual(report.problems, [`"$0 image": msgstr[0] lost $0`]);
    });

    it("reports msgids, contexts and plurals that are not in the template", () => {
        const report = checkPo(po(`
msgid "Gone"
msgstr "Weg"

msgctxt "noun"
msgid "Build"
msgstr "Build"

msgid "Images"
msgid_plural "Imagess"
msgstr[0] "Images"
msgstr[1] "Images"
`), POT);
        assert.equal(report.problems.length, 3);
        for (const expected of [/^"Gone" is not in the template$/, /^"noun \| Build" is not in the template$/, /^"Images": msgid_plural "Imagess" differs/])
            assert.ok(report.problems.some(p => expected.test(p)), `no problem matches ${expected}: ${report.problems.join("; ")}`);
    });

    it("reports a header without language or plural forms", () => {
        const report = checkPo(po(`msgid "Images"\nmsgstr "Images"\n`, `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n`), POT);
        assert.deepEqual(report.problems, ["the header has no Plural-Forms with nplurals", "the header has no Language"]);
    });

    it("every po/*.po in the tree is consistent with po/foundry.pot", () => {
        const reports = checkPoDir();
        assert.ok(reports.size > 0, "no po/*.po file");
        for (const [file, report] of reports)
            assert.deepEqual(report.problems, [], `po/${file}`);
    });
});
