import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, it } from "node:test";

import { extract, toPot } from "./extract-pot.ts";

const SOURCE = `
import cockpit from "cockpit";
const a = _("Plain");
const b = <Button>{_("In JSX")}</Button>;
// Translators: the verb, as in "build an image"
const c = _("verb", "Build");
const d = N_("Marked only");
const e = cockpit.gettext("Through cockpit");
const f = ngettext("$0 image", "$0 images", n);
const g = _(variable);
const h = cockpit.format(_("Hello $0"), name);
`;

function run(): ReturnType<typeof extract> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pot-"));
    const file = path.join(dir, "sample.tsx");
    fs.writeFileSync(file, SOURCE);
    try {
        return extract([file], ["Image Builder"]);
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

describe("string extraction", () => {
    it("finds every literal call form, in TSX too, and the manifest label", () => {
        const ids = [...run().values()].map(m => m.msgid).sort();
        assert.deepEqual(ids, ["$0 image", "Build", "Hello $0", "Image Builder", "In JSX", "Marked only", "Plain", "Through cockpit"]);
    });

    it("keeps plural, context and translator comments", () => {
        const messages = [...run().values()];
        assert.equal(messages.find(m => m.msgid === "$0 image")?.plural, "$0 images");
        const build = messages.find(m => m.msgid === "Build");
        assert.equal(build?.context, "verb");
        assert.deepEqual([...build?.comments ?? []], ["Translators: the verb, as in \"build an image\""]);
    });

    it("writes a template with plural slots and references", () => {
        const pot = toPot(run());
        assert.match(pot, /msgid "\$0 image"\nmsgid_plural "\$0 images"\nmsgstr\[0\] ""\nmsgstr\[1\] ""/);
        assert.match(pot, /msgctxt "verb"\nmsgid "Build"/);
        assert.match(pot, /#: manifest.json\nmsgid "Image Builder"/);
    });
});
