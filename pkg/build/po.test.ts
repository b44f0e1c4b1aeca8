import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { poToCockpitJs } from "./po.ts";

const PO = `msgid ""
msgstr ""
"Language: de\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Images"
msgstr "Abbilder"

msgid "$0 image"
msgid_plural "$0 images"
msgstr[0] "$0 Abbild"
msgstr[1] "$0 Abbilder"

msgctxt "verb"
msgid "Build"
msgstr "Bauen"

msgid "Untranslated"
msgstr ""

#, fuzzy
msgid "Fuzzy"
msgstr "Unsicher"
`;

function load(js: string): Record<string, unknown> {
    let loaded: Record<string, unknown> = {};
    const cockpit = { locale: (data: Record<string, unknown>) => { loaded = data } };
    new Function("cockpit", js)(cockpit);
    return loaded;
}

describe("po to cockpit.locale", () => {
    it("compiles translations, plurals and contexts", () => {
        const data = load(poToCockpitJs(PO, "de"));
        assert.deepEqual(data.Images, [null, "Abbilder"]);
        assert.deepEqual(data["$0 image"], ["$0 images", "$0 Abbild", "$0 Abbilder"]);
        assert.deepEqual(data["verb\u0004Build"], [null, "Bauen"]);
        const header = data[""] as { language: string; "plural-forms": (n: number) => boolean };
        assert.equal(header.language, "de");
        assert.equal(Number(header["plural-forms"](1)), 0);
        assert.equal(Number(header["plural-forms"](2)), 1);
    });

    it("leaves out untranslated and fuzzy entries", () => {
        const data = load(poToCockpitJs(PO, "de"));
        assert.ok(!("Untranslated" in data));
        assert.ok(!("Fuzzy" in data));
    });

    it("refuses a plural expression that is not arithmetic", () => {
        assert.throws(() => poToCockpitJs(PO.replace("(n != 1)", "alert(1)"), "de"), /Plural-Forms/);
    });
});
