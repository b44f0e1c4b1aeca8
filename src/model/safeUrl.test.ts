import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { MAX_TEXT_LENGTH, copyText, displayText, safeHttpUrl } from "./safeUrl.ts";

describe("safe links", () => {
    const accepted: [string, string][] = [
        ["https://koji.fedoraproject.org/koji", "https://koji.fedoraproject.org/koji"],
        ["http://example.com", "http://example.com/"],
        ["  https://example.com/a?b=c#d \n", "https://example.com/a?b=c#d"],
        ["HTTPS://Example.COM/x", "https://example.com/x"],
        ["https://bucket.s3.eu-west-1.amazonaws.com/img.qcow2?X-Amz-Signature=ab%2Fcd", "https://bucket.s3.eu-west-1.amazonaws.com/img.qcow2?X-Amz-Signature=ab%2Fcd"],
        ["https://[::1]:8443/kojihub", "https://[::1]:8443/kojihub"],
        ["https://example.com/<script>", "https://example.com/%3Cscript%3E"],
    ];
    for (const [input, href] of accepted)
        it(`makes a link of ${JSON.stringify(input)}`, () => assert.equal(safeHttpUrl(input), href));

    const rejected: [string, unknown][] = [
        ["javascript:", "javascript:alert(1)"],
        ["javascript: with spaces and case", "  JaVaScRiPt:alert(1)"],
        ["javascript: hidden by a tab", "java\tscript:alert(1)"],
        ["data:", "data:text/html,<script>alert(1)</script>"],
        ["vbscript:", "vbscript:msgbox(1)"],
        ["file:", "file:///etc/passwd"],
        ["ftp:", "ftp://example.com/x"],
        ["relative path", "/api/compose"],
        ["scheme-relative", "//evil.example/x"],
        ["bare host", "example.com/x"],
        ["http without slashes", "http:example.com"],
        ["credentials", "https://user:pw@example.com/"],
        ["user only, a host in disguise", "https://koji.fedoraproject.org@evil.example/"],
        ["control character", "https://example.com/\u0000x"],
        ["newline inside", "https://example.com/a\nb"],
        ["space inside", "https://example.com/a b"],
        ["backslash", "https:\\\\evil.example"],
        ["bidi override", "https://example.com/\u202egnp.exe"],
        ["bidi isolate", "https://example.com/\u2067x"],
        ["zero-width space in the host", "https://exa\u200bmple.com/"],
        ["zero-width joiner in the path", "https://example.com/a\u200db"],
        ["soft hyphen (IDNA drops it: pay\u00adpal.com goes to paypal.com)", "https://pay\u00adpal.com/"],
        ["empty", ""],
        ["only spaces", "   "],
        ["no host", "https://"],
        ["too long", "https://example.com/" + "a".repeat(9000)],
        ["null", null],
        ["number", 42],
        ["object", { href: "https://example.com" }],
        ["undefined", undefined],
    ];
    for (const [what, input] of rejected)
        it(`refuses ${what}`, () => assert.equal(safeHttpUrl(input), null));
});

describe("display text", () => {
    it("keeps strings, renders other values as JSON", () => {
        assert.equal(displayText("ami-1"), "ami-1");
        assert.equal(displayText(42), "42");
        assert.equal(displayText(null), "null");
        assert.equal(displayText(undefined), "");
        assert.equal(displayText({ a: [1] }), "{\"a\":[1]}");
        assert.equal(displayText("<b>x</b>"), "<b>x</b>");
    });

    it("shows control, bidi and zero-width characters as their escapes", () => {
        assert.equal(displayText("a\u0000b\u202ec\nd"), "a\\u0000b\\u202Ec\\u000Ad");
        assert.equal(displayText("a\nb\tc\u0007", undefined, true), "a\nb\tc\\u0007");
        assert.equal(displayText("ami-\u200b0123\ufeff"), "ami-\\u200B0123\\uFEFF");
    });

    it("cuts a 1 MB string and says so", () => {
        const text = displayText("x".repeat(1 << 20));
        assert.equal(text.length, MAX_TEXT_LENGTH + 1);
        assert.ok(text.endsWith("…"));
    });

    it("copies the whole value", () => {
        assert.equal(copyText("x".repeat(1 << 20)).length, 1 << 20);
        assert.equal(copyText(null), "");
        assert.equal(copyText(undefined), "");
        assert.equal(copyText([1, "a"]), "[1,\"a\"]");
        const cyclic: Record<string, unknown> = {};
        cyclic.self = cyclic;
        assert.equal(copyText(cyclic), "[object Object]");
        assert.equal(displayText(cyclic), "[object Object]");
        assert.equal(displayText(10n), "10");
    });
});
