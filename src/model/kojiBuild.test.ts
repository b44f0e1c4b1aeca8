import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { readKojiBuildExtra } from "./kojiBuild.ts";

const EXTRA = {
    typeinfo: {
        image: {
            "Fedora-Cloud-Base-43-1.x86_64.qcow2": {
                arch: "x86_64", boot_mode: "hybrid",
                osbuild_artifact: { export_filename: "disk.qcow2", export_name: "qcow2" },
                osbuild_version: "150",
                upload_target_results: [
                    { name: "org.osbuild.koji", options: {} },
                    { name: "org.osbuild.aws", options: { ami: "ami-0123456789abcdef0", region: "us-east-1" }, osbuild_artifact: { export_filename: "image.raw", export_name: "image" } },
                    { name: "org.osbuild.gcp", options: {}, target_error: { id: 11, reason: "uploading failed", details: "quota exceeded" } },
                ],
            },
            "Fedora-Cloud-Base-43-1.aarch64.raw.xz": { arch: "aarch64", osbuild_artifact: { export_filename: "disk.raw.xz", export_name: "xz" } },
        },
    },
    osbuild_manifest: {
        "Fedora-Cloud-Base-43-1.x86_64.qcow2.manifest.json": {
            arch: "x86_64",
            info: { osbuild_composer_version: "git-rev abc", osbuild_composer_deps: [{ path: "github.com/osbuild/images", version: "v0.130.0" }, { path: "x", version: "v1", replace: "y" }] },
        },
        "orphan.manifest.json": { arch: "s390x" },
    },
};

describe("Koji build extra metadata", () => {
    it("reads every image file, its locations, errors and manifest", () => {
        const summary = readKojiBuildExtra(EXTRA);
        assert.deepEqual(summary.notes, []);
        assert.deepEqual(summary.images.map(i => i.filename), ["Fedora-Cloud-Base-43-1.aarch64.raw.xz", "Fedora-Cloud-Base-43-1.x86_64.qcow2"]);
        const [arm, x86] = summary.images;
        assert.deepEqual(arm, { filename: "Fedora-Cloud-Base-43-1.aarch64.raw.xz", arch: "aarch64", exportFilename: "disk.raw.xz", exportName: "xz", locations: [], errors: [] });
        assert.equal(x86.arch, "x86_64");
        assert.equal(x86.bootMode, "hybrid");
        assert.equal(x86.exportFilename, "disk.qcow2");
        assert.equal(x86.exportName, "qcow2");
        assert.equal(x86.osbuildVersion, "150");
        assert.deepEqual(x86.locations.map(l => [l.type, l.status, l.link?.href ?? null]), [
            ["aws", "success", "https://us-east-1.console.aws.amazon.com/ec2/home?region=us-east-1#ImageDetails:imageId=ami-0123456789abcdef0"],
            ["gcp", "failure", null],
        ]);
        assert.deepEqual(x86.errors, [{ id: 11, reason: "uploading failed", details: "quota exceeded" }]);
        assert.deepEqual(x86.manifest, {
            filename: "Fedora-Cloud-Base-43-1.x86_64.qcow2.manifest.json", arch: "x86_64", composerVersion: "git-rev abc",
            deps: [{ path: "github.com/osbuild/images", version: "v0.130.0" }, { path: "x", version: "v1", replace: "y" }],
        });
        assert.equal(summary.manifests.length, 2);
        assert.deepEqual(summary.manifests[1], { filename: "orphan.manifest.json", arch: "s390x", deps: [] });
    });

    it("takes the whole build from getBuild too", () => {
        const summary = readKojiBuildExtra({ id: 42, task_id: 137, extra: EXTRA });
        assert.equal(summary.images.length, 2);
    });

    const degraded: [string, unknown, { images?: number; notes: boolean }][] = [
        ["null", null, { images: 0, notes: true }],
        ["a string", "extra", { images: 0, notes: true }],
        ["a build without extra", { id: 1, extra: null }, { images: 0, notes: true }],
        ["no typeinfo (another content generator)", { source: "x" }, { images: 0, notes: true }],
        ["typeinfo.image a list", { typeinfo: { image: [] } }, { images: 0, notes: true }],
        ["an image entry null", { typeinfo: { image: { "a.qcow2": null } } }, { images: 1, notes: true }],
        ["upload_target_results an object", { typeinfo: { image: { "a.qcow2": { upload_target_results: {} } } } }, { images: 1, notes: true }],
        ["fields of wrong types", { typeinfo: { image: { "a.qcow2": { arch: 5, boot_mode: {}, osbuild_artifact: "x", osbuild_version: null } } } }, { images: 1, notes: false }],
        ["osbuild_manifest a string", { typeinfo: { image: {} }, osbuild_manifest: "x" }, { images: 0, notes: true }],
        ["manifest info malformed", { typeinfo: { image: {} }, osbuild_manifest: { "a.manifest.json": { info: { osbuild_composer_deps: [null, { path: 1 }, { path: "p" }] } } } }, { images: 0, notes: false }],
    ];
    for (const [what, input, expect] of degraded)
        it(`degrades: ${what}`, () => {
            const summary = readKojiBuildExtra(input);
            if (expect.images !== undefined)
                assert.equal(summary.images.length, expect.images);
            assert.equal(summary.notes.length > 0, expect.notes, JSON.stringify(summary.notes));
        });

    it("keeps wrongly typed fields out and makes text of HTML", () => {
        const summary = readKojiBuildExtra({ typeinfo: { image: { "<b>a</b>\u202e": { arch: 5, boot_mode: "<script>", upload_target_results: [{ name: "org.osbuild.aws.s3", options: { url: "javascript:alert(1)" } }] } } } });
        const [image] = summary.images;
        assert.equal(image.filename, "<b>a</b>\\u202E");
        assert.equal(image.arch, undefined);
        assert.equal(image.bootMode, "<script>");
        assert.equal(image.locations[0].link, undefined);
    });

    it("reads malformed manifest deps as far as they go", () => {
        const summary = readKojiBuildExtra({ typeinfo: { image: {} }, osbuild_manifest: { "a.manifest.json": { info: { osbuild_composer_deps: [null, { path: 1 }, { path: "p" }] } } } });
        assert.deepEqual(summary.manifests[0].deps, [{ path: "p", version: "" }]);
    });

    it("cuts a 1 MB file name", () => {
        const summary = readKojiBuildExtra({ typeinfo: { image: { ["x".repeat(1 << 20)]: {} } } });
        assert.ok(summary.images[0].filename.length < 2000);
    });
});

describe("any extra metadata", () => {
    it("gives a summary, never a crash", () => {
        const image = fc.record({ arch: fc.anything(), boot_mode: fc.anything(), osbuild_artifact: fc.anything(), osbuild_version: fc.anything(), upload_target_results: fc.anything() }, { requiredKeys: [] });
        fc.assert(fc.property(fc.anything(), value => { readKojiBuildExtra(value); }), { seed: 20261122, numRuns: 500 });
        fc.assert(fc.property(fc.dictionary(fc.string(), image), fc.anything(), (images, manifests) => {
            const summary = readKojiBuildExtra({ typeinfo: { image: images }, osbuild_manifest: manifests });
            assert.ok(summary.images.every(i => typeof i.filename === "string" && Array.isArray(i.locations)));
        }), { seed: 20261122, numRuns: 500 });
    });
});
