import assert from "node:assert/strict";
import { describe, it } from "node:test";

import type { ComposerError } from "../api/composerError.ts";
import { pointerPath, refusalPlace } from "./refusalPlace.ts";

const cloud = (id: string, details?: string): ComposerError => ({ kind: "invalid", api: "cloud", message: "reason", id, status: 400, ...(details ? { details } : {}) });
const weldr = (id: string, message: string): ComposerError => ({ kind: "invalid", api: "weldr", message, id, status: 400 });

describe("where a compose refusal is shown", () => {
    it("puts the Cloud API's refusals at the field they name, by error code", () => {
        const rows: [string, string | null, string | null][] = [
            ["4", "distribution", "distribution"], ["5", "architecture", "images"], ["6", "image_type", "images"],
            ["38", "target", "images"], ["25", "images", "images"], ["27", "ostree.url", "images"], ["9", "ostree.ref", "images"],
            ["7", null, null], ["11", null, null], ["35", null, null], ["1004", null, null],
        ];
        for (const [code, single, koji] of rows) {
            assert.equal(refusalPlace(cloud(code), "single"), single, `${code} single`);
            assert.equal(refusalPlace(cloud(code), "koji"), koji, `${code} koji`);
        }
    });

    it("follows the JSON pointer of a schema refusal (error 30) to the field", () => {
        const at = (pointer: string, shape: "single" | "koji" = "single") =>
            refusalPlace(cloud("30", `request body has an error: doesn't match schema #/components/schemas/ComposeRequest: Error at "${pointer}": value is not valid`), shape);
        assert.equal(at("/image_request/upload_targets/0/upload_options/region"), "target.region");
        assert.equal(at("/image_request/upload_targets/0/type"), "target");
        assert.equal(at("/image_request/size"), "size");
        assert.equal(at("/image_request/architecture"), "architecture");
        assert.equal(at("/image_request/ostree/url"), "ostree.url");
        assert.equal(at("/koji/server"), "koji.server");
        assert.equal(at("/image_requests/1/upload_options/region", "koji"), "images.1.targets.0.region");
        assert.equal(at("/image_requests/0/architecture", "koji"), "images");
        assert.equal(at("/distribution"), "distribution");
        assert.equal(at("/blueprint/customizations/user/0/name"), null);
        assert.equal(refusalPlace(cloud("30", "request body has an error: value is required but missing"), "single"), null);
        assert.equal(pointerPath("/koji/a~1b"), "koji.a/b");
    });

    it("puts Weldr's refusals at the distribution, image type, ostree URL or architecture", () => {
        assert.equal(refusalPlace(weldr("DistroError", "Unknown distribution: debian-12 for arch x86_64"), "single"), "distribution");
        assert.equal(refusalPlace(weldr("ComposeError", "Failed to get compose type \"x\": invalid image type: x"), "single"), "image_type");
        assert.equal(refusalPlace(weldr("OSTreeOptionsError", "Error resolving OSTree repo"), "single"), "ostree.url");
        assert.equal(refusalPlace(weldr("ComposePushErrored", "No worker for arch 'aarch64'  available"), "single"), "architecture");
        assert.equal(refusalPlace(weldr("DepsolveError", "missing packages: foo"), "single"), null);
    });
});
