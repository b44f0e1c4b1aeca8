import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { MAX_FILENAME_LENGTH, downloadName, filenameFromContentDisposition, sanitizeFilename } from "./downloadName.ts";

describe("file name from Content-Disposition", () => {
    const cases: [string, unknown, string | null][] = [
        ["composer's Cloud download", "attachment; filename=4e3c-disk.qcow2", "4e3c-disk.qcow2"],
        ["a quoted name", "attachment; filename=\"web server.qcow2\"", "web server.qcow2"],
        ["escapes in a quoted name", "attachment; filename=\"a\\\"b.raw\"", "a_b.raw"],
        ["a semicolon inside quotes", "attachment; filename=\"a;b.iso\"", "a;b.iso"],
        ["filename* preferred", "attachment; filename=\"fallback.qcow2\"; filename*=UTF-8''%C3%BCber%20bild.qcow2", "über bild.qcow2"],
        ["filename* before filename", "attachment; filename*=utf-8'en'r%C3%A9sum%C3%A9.tar; filename=x.tar", "résumé.tar"],
        ["ISO-8859-1 filename*", "attachment; filename*=iso-8859-1''caf%E9.img", "café.img"],
        ["an unknown charset falls back", "attachment; filename*=koi8-r''x.img; filename=y.img", "y.img"],
        ["broken percent-encoding falls back", "attachment; filename*=UTF-8''%E0%A4%A; filename=ok.img", "ok.img"],
        ["case-insensitive parameter", "Attachment; FileName=\"A.ISO\"", "A.ISO"],
        ["inline", "inline; filename=log.txt", "log.txt"],
        ["a Unix path", "attachment; filename=\"../../etc/passwd\"", "passwd"],
        ["a Windows path", "attachment; filename=\"C:\\\\Windows\\\\evil.exe\"", "evil.exe"],
        ["a path in filename*", "attachment; filename*=UTF-8''..%2F..%2F.bashrc", "bashrc"],
        ["control characters", "attachment; filename=\"a\u0007b\u0000.img\"", "ab.img"],
        ["encoded control characters", "attachment; filename*=UTF-8''a%0Ab%1B.img", "ab.img"],
        ["a bidi override", "attachment; filename*=UTF-8''invoice%E2%80%AEgpj.exe", "invoicegpj.exe"],
        ["zero-width characters", "attachment; filename*=UTF-8''prod%E2%80%8Bweb%EF%BB%BF.qcow2", "prodweb.qcow2"],
        ["Windows-reserved characters", "attachment; filename=\"a<b>c|d?.img\"", "a_b_c_d_.img"],
        ["only dots", "attachment; filename=\"..\"", null],
        ["empty", "attachment; filename=\"\"", null],
        ["no filename", "attachment", null],
        ["filename-ish parameter", "attachment; myfilename=x.img", null],
        ["not a string", 42, null],
        ["null", null, null],
        ["a huge header", "attachment; filename=" + "a".repeat(20_000), null],
    ];
    for (const [what, header, expected] of cases)
        it(what, () => assert.equal(filenameFromContentDisposition(header), expected));

    it("cuts a long name and keeps its extension", () => {
        const name = filenameFromContentDisposition("attachment; filename=" + "a".repeat(1000) + ".raw.xz");
        assert.equal(name?.length, MAX_FILENAME_LENGTH);
        assert.ok(name?.endsWith(".raw.xz"));
    });

    it("sanitizes names directly", () => {
        assert.equal(sanitizeFilename("  x.img. "), "x.img");
        assert.equal(sanitizeFilename("dir/"), null);
        assert.equal(sanitizeFilename(undefined), null);
    });
});

describe("download name without a header", () => {
    const cases: [string, Parameters<typeof downloadName>[0], string][] = [
        ["a Weldr qcow2", { blueprint: "web", version: "1.2.0", imageType: "generic-qcow2" }, "web-1.2.0-generic-qcow2.qcow2"],
        ["a compressed raw", { blueprint: "web", version: "1.2.0", imageType: "minimal-raw-xz" }, "web-1.2.0-minimal-raw-xz.raw.xz"],
        ["an installer", { blueprint: "web", version: "1.2.0", imageType: "image-installer" }, "web-1.2.0-image-installer.iso"],
        ["a commit tarball", { blueprint: "edge", version: "0.0.1", imageType: "edge-commit" }, "edge-0.0.1-edge-commit.tar"],
        ["a Cloud API type", { blueprint: "web", version: "1.0.0", imageType: "guest-image" }, "web-1.0.0-guest-image.qcow2"],
        ["an unknown type, no extension", { blueprint: "web", version: "1.0.0", imageType: "future-type" }, "web-1.0.0-future-type"],
        ["a Cloud compose with only an id", { fallback: "4e3c-aa", imageType: "" }, "4e3c-aa"],
        ["nothing known", {}, "image"],
        ["logs", { blueprint: "web", version: "1.0.0", imageType: "generic-qcow2", kind: "logs" }, "web-1.0.0-generic-qcow2-logs.tar"],
        ["metadata", { blueprint: "web", version: "1.0.0", imageType: "generic-qcow2", kind: "metadata" }, "web-1.0.0-generic-qcow2-metadata.tar"],
        ["odd characters in parts", { blueprint: "../a b", version: "1/2", imageType: "generic-qcow2" }, "_a_b-1_2-generic-qcow2.qcow2"],
        ["the header wins", { contentDisposition: "attachment; filename=abc-disk.qcow2", blueprint: "web", version: "1", imageType: "generic-qcow2" }, "abc-disk.qcow2"],
        ["a useless header falls back", { contentDisposition: "attachment; filename=\"..\"", blueprint: "web", version: "1", imageType: "generic-qcow2" }, "web-1-generic-qcow2.qcow2"],
    ];
    for (const [what, input, expected] of cases)
        it(what, () => assert.equal(downloadName(input), expected));
});

describe("any header", () => {
    it("gives a base name without paths or control characters", () => {
        fc.assert(fc.property(fc.string(), fc.string(), (header, name) => {
            for (const result of [filenameFromContentDisposition(header), filenameFromContentDisposition(`attachment; filename="${name}"`), downloadName({ blueprint: name, version: header })]) {
                if (result === null)
                    continue;
                assert.ok(result.length > 0 && result.length <= MAX_FILENAME_LENGTH + 30);
                assert.doesNotMatch(result, /[/\\]/);
                assert.ok([...result].every(c => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f), result);
                assert.doesNotMatch(result, /^\./);
            }
        }), { seed: 20261122, numRuns: 2000 });
    });
});
