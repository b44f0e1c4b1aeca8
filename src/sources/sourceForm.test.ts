import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { emptySourceForm, joinGpgKeys, sourceBody, sourceProblems, splitGpgKeys } from "./sourceForm.ts";

const ctx = { customIds: ["fish"], systemIds: ["fedora", "updates"], distros: ["fedora-43", "rhel-9.6"] };

describe("source form", () => {
    it("asks for id, name and url before anything is sent", () => {
        assert.deepEqual(sourceProblems(emptySourceForm(), ctx), { id: "required", name: "required", url: "required" });
    });

    it("refuses ids composer would refuse or that exist", () => {
        const form = { ...emptySourceForm(), name: "x", url: "https://example.com/repo/" };
        assert.equal(sourceProblems({ ...form, id: "a b" }, ctx).id, "id-characters");
        assert.equal(sourceProblems({ ...form, id: "fedora" }, ctx).id, "id-system");
        assert.equal(sourceProblems({ ...form, id: "fish" }, ctx).id, "id-taken");
        assert.equal(sourceProblems({ ...form, id: "fish" }, { ...ctx, editing: "fish" }).id, undefined);
    });

    it("checks the url scheme, keys and distros", () => {
        const form = { ...emptySourceForm(), id: "x", name: "x" };
        assert.equal(sourceProblems({ ...form, url: "example.com" }, ctx).url, "url-invalid");
        assert.equal(sourceProblems({ ...form, url: "gopher://example.com" }, ctx).url, "url-scheme");
        assert.equal(sourceProblems({ ...form, url: "https://e.com", gpgkeys: ["nonsense"] }, ctx).gpgkeys, "gpgkey-invalid");
        assert.equal(sourceProblems({ ...form, url: "https://e.com", distros: ["fedora-1"] }, ctx).distros, "distro-unknown");
        assert.deepEqual(sourceProblems({ ...form, url: "https://e.com", distros: ["rhel-9.6"] }, ctx), {});
    });

    it("keeps keys composer sent that the form does not know", () => {
        const body = sourceBody({ ...emptySourceForm(), id: "x", name: "X", url: "https://e.com" }, { id: "x", future: { a: 1 }, distros: ["fedora-43"] });
        assert.deepEqual(body.future, { a: 1 });
        assert.equal(body.distros, undefined);
        assert.equal(body.system, false);
    });

    it("splits armored keys and URLs", () => {
        const block = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nabc\n-----END PGP PUBLIC KEY BLOCK-----";
        const keys = splitGpgKeys(`https://e.com/key\n${block}\n\n`);
        assert.deepEqual(keys, ["https://e.com/key", `${block}\n`]);
        assert.equal(joinGpgKeys(keys), `https://e.com/key\n${block}`);
    });
});
