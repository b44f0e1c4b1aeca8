import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { cloudLogText, cloudPackages, cloudRequestSummary, evr, kojiLogLines, searchPackages } from "./composeDocs.ts";

describe("Cloud compose documents", () => {
    it("flattens the osbuild log per pipeline and stage", () => {
        const text = cloudLogText({ image_builds: [{ osbuild_output: { log: { build: [{ type: "org.osbuild.rpm", success: true, output: "hello\n" }], os: [{ type: "org.osbuild.selinux", success: false, output: "bad" }] } } }] });
        assert.match(text, /## build\n── org.osbuild.rpm\nhello/);
        assert.match(text, /org.osbuild.selinux \(failed\)\nbad/);
        assert.equal(cloudLogText({ image_builds: [{ success: false }] }), "");
        assert.equal(cloudLogText(null), "");
        assert.equal(cloudLogText({ image_builds: [null, 3, { osbuild_output: { log: "plain" } }] }), "=== image 3\nplain");
    });

    it("says Koji's init and import results", () => {
        assert.deepEqual(kojiLogLines({ koji: { init: { build_id: 42, koji_error: "" }, import: { koji_error: "" } } }), ["koji init: build id 42", "koji import: ok"]);
        assert.deepEqual(kojiLogLines({ koji: { import: { koji_error: "denied" } } }), ["koji import error: denied"]);
        assert.deepEqual(kojiLogLines({}), []);
    });

    it("reads packages, skipping malformed ones, and searches them", () => {
        const pkgs = cloudPackages({ packages: [{ name: "zsh", version: "5.9", release: "1", arch: "x86_64" }, { name: "bash", epoch: "2", version: "5.2", release: "3", arch: "x86_64" }, { version: "1" }, "junk"] });
        assert.deepEqual(pkgs.map(p => `${p.name}-${p.evr}`), ["bash-2:5.2-3", "zsh-5.9-1"]);
        assert.deepEqual(searchPackages(pkgs, " ZS").map(p => p.name), ["zsh"]);
        assert.deepEqual(cloudPackages({ packages: "x" }), []);
        assert.equal(evr(0, "1", "2"), "1-2");
    });
});

describe("compose request summary", () => {
    it("reads blueprint, distro, arch and type of the request", () => {
        assert.deepEqual(cloudRequestSummary({ request: { distribution: "fedora-43", blueprint: { name: "web", version: "1.2.0" }, image_request: { architecture: "x86_64", image_type: "guest-image" } } }),
            { blueprint: "web", version: "1.2.0", distro: "fedora-43", arch: "x86_64", imageType: "guest-image" });
        assert.deepEqual(cloudRequestSummary({ request: { image_requests: [{ architecture: "aarch64" }] } }).arch, "aarch64");
        assert.deepEqual(cloudRequestSummary(null), { blueprint: "", version: "", distro: "", arch: "", imageType: "" });
    });
});
