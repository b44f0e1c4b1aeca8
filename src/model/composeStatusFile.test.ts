import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { MAX_INSPECT_BYTES, inspectComposeText, inspectComposeValue, jsonPath, tooLargeError, utf8Length } from "./composeStatusFile.ts";
import { locateSyntaxError } from "./jsonErrorPosition.ts";

// as koji-osbuild writes it: json.dump(indent=4, sort_keys=True)
const KOJI_FILE = `{
    "image_statuses": [
        {
            "error": {
                "details": [{"details": "org.osbuild.aws", "id": 12, "reason": "error importing image"}],
                "id": 28,
                "reason": "at least one target failed"
            },
            "status": "failure",
            "upload_status": {
                "options": {"ami": "ami-0123456789abcdef0", "region": "eu-central-1"},
                "status": "failure",
                "type": "aws"
            }
        },
        {
            "status": "success"
        }
    ],
    "koji_build_id": 42,
    "koji_task_id": null,
    "status": "failure"
}`;

const CLOUD_STATUS = {
    href: "/api/image-builder-composer/v2/composes/4e3c", id: "4e3c", kind: "ComposeStatus", status: "success",
    image_status: {
        status: "success",
        progress: { done: 20, total: 20 },
        upload_status: { type: "aws", status: "success", options: { ami: "ami-abc12345", region: "eu-central-1" } },
        upload_statuses: [
            { type: "aws", status: "success", options: { ami: "ami-abc12345", region: "eu-central-1" } },
            { type: "local", status: "success", options: { artifact_path: "/var/lib/osbuild-composer/artifacts/x/disk.raw" } },
        ],
    },
    koji_status: { build_id: 7 },
};

describe("inspecting a koji-osbuild compose-status.json", () => {
    it("reads the reference's file", () => {
        const result = inspectComposeText(KOJI_FILE);
        assert.ok(result.ok, JSON.stringify(result));
        const c = result.compose;
        assert.equal(c.source, "koji-osbuild");
        assert.equal(c.status, "failure");
        assert.equal(c.kojiBuildId, 42);
        assert.equal(c.kojiTaskId, undefined);
        assert.equal(c.images.length, 2);
        assert.equal(c.images[0].status, "failure");
        assert.equal(c.images[0].error?.id, 28);
        assert.deepEqual(c.images[0].locations.map(l => [l.type, l.status]), [["aws", "failure"]]);
        assert.deepEqual(c.images[1], { status: "success", locations: [] });
    });

    it("keeps a task id when one is there", () => {
        const result = inspectComposeValue({ status: "pending", image_statuses: [], koji_task_id: 137 });
        assert.ok(result.ok);
        assert.equal(result.compose.kojiTaskId, 137);
    });
});

describe("inspecting a Cloud ComposeStatus", () => {
    it("reads every upload status of the image", () => {
        const result = inspectComposeText(JSON.stringify(CLOUD_STATUS));
        assert.ok(result.ok);
        const c = result.compose;
        assert.equal(c.source, "cloud");
        assert.equal(c.id, "4e3c");
        assert.equal(c.kojiBuildId, 7);
        assert.deepEqual(c.images[0].progress, { done: 20, total: 20 });
        assert.deepEqual(c.images[0].locations.map(l => l.type), ["aws", "local"]);
        assert.ok(c.images[0].locations[0].link);
    });

    it("uses image_statuses for a Koji compose with several images", () => {
        const result = inspectComposeValue({ ...CLOUD_STATUS, image_statuses: [{ status: "success" }, { status: "failure", error: { id: 10, reason: "build" } }] });
        assert.ok(result.ok);
        assert.deepEqual(result.compose.images.map(i => i.status), ["success", "failure"]);
        assert.equal(result.compose.images[1].error?.reason, "build");
    });

    it("takes a pending compose with empty koji_status and a leading BOM", () => {
        const result = inspectComposeText("\ufeff" + JSON.stringify({ id: "x", kind: "ComposeStatus", status: "pending", image_status: { status: "building" }, koji_status: {} }));
        assert.ok(result.ok);
        assert.equal(result.compose.kojiBuildId, undefined);
        assert.deepEqual(result.compose.images, [{ status: "building", locations: [] }]);
    });

    it("degrades malformed upload statuses and errors instead of refusing", () => {
        const result = inspectComposeValue({ status: "success", image_status: { status: "success", error: "boom", progress: { done: "x" }, upload_statuses: [null, { type: "aws.s3", status: "success", options: { url: "javascript:alert(1)" } }] } });
        assert.ok(result.ok);
        const image = result.compose.images[0];
        assert.deepEqual(image.error, { reason: "boom" });
        assert.equal(image.progress, undefined);
        assert.equal(image.locations.length, 2);
        assert.equal(image.locations[1].link, undefined);
    });
});

describe("bad input says what and where", () => {
    const structural: [string, unknown, string, string | undefined][] = [
        ["a list", [], "wrong-type", "$"],
        ["a string", "x", "wrong-type", "$"],
        ["null", null, "wrong-type", "$"],
        ["an unrelated object", { name: "bp" }, "unrecognized", "$"],
        ["koji without status", { image_statuses: [] }, "missing", "$.status"],
        ["koji status a number", { status: 1, image_statuses: [] }, "wrong-type", "$.status"],
        ["koji without image_statuses", { status: "success", koji_build_id: 1 }, "missing", "$.image_statuses"],
        ["koji image_statuses an object", { status: "success", image_statuses: {} }, "wrong-type", "$.image_statuses"],
        ["koji image null", { status: "success", image_statuses: [{ status: "success" }, null] }, "wrong-type", "$.image_statuses[1]"],
        ["koji image without status", { status: "success", image_statuses: [{}] }, "missing", "$.image_statuses[0].status"],
        ["koji build id a string", { status: "success", image_statuses: [], koji_build_id: "42" }, "wrong-type", "$.koji_build_id"],
        ["koji build id negative", { status: "success", image_statuses: [], koji_build_id: -1 }, "wrong-type", "$.koji_build_id"],
        ["koji task id a float", { status: "success", image_statuses: [], koji_task_id: 1.5 }, "wrong-type", "$.koji_task_id"],
        ["cloud image_status null", { status: "success", image_status: null }, "wrong-type", "$.image_status"],
        ["cloud image_status a list", { status: "success", image_status: [] }, "wrong-type", "$.image_status"],
        ["cloud kind only", { kind: "ComposeStatus", status: "success" }, "missing", "$.image_status"],
        ["cloud image status a number", { status: "success", image_status: { status: 3 } }, "wrong-type", "$.image_status.status"],
        ["cloud id a number", { id: 5, status: "success", image_status: { status: "success" } }, "wrong-type", "$.id"],
        ["cloud koji_status a string", { status: "success", image_status: { status: "success" }, koji_status: "x" }, "wrong-type", "$.koji_status"],
        ["cloud build id a string", { status: "success", image_status: { status: "success" }, koji_status: { build_id: "7" } }, "wrong-type", "$.koji_status.build_id"],
        ["cloud image_statuses an object", { status: "success", image_status: { status: "success" }, image_statuses: {} }, "wrong-type", "$.image_statuses"],
    ];
    for (const [what, value, code, path] of structural)
        it(what, () => {
            const result = inspectComposeValue(value);
            assert.equal(result.ok, false);
            assert.ok(!result.ok);
            assert.equal(result.error.code, code);
            assert.equal(result.error.path, path);
            assert.ok(result.error.message.length > 0);
            assert.ok(result.error.args.every(a => typeof a === "string"));
        });

    it("names the wrong type it found", () => {
        const result = inspectComposeValue({ status: ["x"], image_statuses: [] });
        assert.ok(!result.ok);
        assert.deepEqual(result.error.args, ["$.status", "a string", "array"]);
    });

    const syntax: [string, string, number, number][] = [
        ["a missing comma", "{\n  \"status\": \"success\"\n  \"image_statuses\": []\n}", 3, 3],
        ["a trailing comma", "{\"a\": [1, 2,]}", 1, 13],
        ["single quotes", "{'status': 1}", 1, 2],
        ["an unclosed object", "{\"status\": \"success\"", 1, 21],
        ["an unclosed string", "{\"a\": \"x", 1, 9],
        ["a raw newline in a string", "{\"a\": \"x\ny\"}", 1, 9],
        ["a bad escape", "{\"a\": \"\\x\"}", 1, 9],
        ["text after the value", "{}\n{}", 2, 1],
        ["a bare word", "{\"a\": yes}", 1, 7],
        ["a missing colon", "{\"a\" 1}", 1, 6],
        ["a lone minus", "[-]", 1, 2],
        ["HTML", "<html></html>", 1, 1],
        ["NaN", "[NaN]", 1, 2],
    ];
    for (const [what, text, line, column] of syntax)
        it(`JSON syntax: ${what}`, () => {
            const result = inspectComposeText(text);
            assert.ok(!result.ok);
            assert.equal(result.error.code, "json-syntax");
            assert.deepEqual([result.error.line, result.error.column], [line, column]);
            assert.deepEqual(result.error.args, [String(line), String(column)]);
            assert.ok(result.error.detail);
        });

    it("finds no error in valid JSON", () => {
        assert.equal(locateSyntaxError("{\"a\": [1, -2.5e3, true, null, \"\\u00e9\\n\"], \"b\": {}}").detail, "The text is valid JSON.");
    });

    it("refuses empty input", () => {
        for (const text of ["", "  \n"]) {
            const result = inspectComposeText(text);
            assert.ok(!result.ok);
            assert.equal(result.error.code, "empty");
        }
    });

    it("refuses more than 10 MB before parsing", () => {
        const big = "{\"status\": \"" + "x".repeat(MAX_INSPECT_BYTES) + "\"}";
        const result = inspectComposeText(big);
        assert.ok(!result.ok);
        assert.equal(result.error.code, "too-large");
        assert.deepEqual(result.error.args, ["10.0", "10"]);
    });

    it("counts UTF-8 bytes, not characters", () => {
        assert.equal(utf8Length("aé€😀"), 1 + 2 + 3 + 4);
        const result = inspectComposeText("\"" + "é".repeat(MAX_INSPECT_BYTES / 2 + 1) + "\"");
        assert.ok(!result.ok);
        assert.equal(result.error.code, "too-large");
        assert.equal(tooLargeError(MAX_INSPECT_BYTES), null);
        assert.equal(tooLargeError(MAX_INSPECT_BYTES + 1)?.code, "too-large");
    });

    it("reads a large but allowed file with deep nesting in details", () => {
        const details = "[".repeat(5000) + "]".repeat(5000);
        const text = `{"status": "failure", "image_statuses": [{"status": "failure", "error": {"id": 1, "reason": "r", "details": ${details}}}]}`;
        assert.ok(inspectComposeText(text).ok);
        assert.equal(locateSyntaxError("[".repeat(100000)).detail, "The text ends too early.");
    });

    it("writes JSON paths", () => {
        assert.equal(jsonPath([]), "$");
        assert.equal(jsonPath(["image_statuses", 0, "upload_status"]), "$.image_statuses[0].upload_status");
        assert.equal(jsonPath(["a b", "x.y"]), "$[\"a b\"][\"x.y\"]");
    });
});

describe("any pasted text", () => {
    it("gives a summary or an error, never a crash", () => {
        const seed = 20261122;
        fc.assert(fc.property(fc.string(), text => { inspectComposeText(text); }), { seed, numRuns: 1000 });
        fc.assert(fc.property(fc.json(), text => assert.equal(typeof inspectComposeText(text).ok, "boolean")), { seed, numRuns: 1000 });
        fc.assert(fc.property(fc.anything(), value => { inspectComposeValue(value); }), { seed, numRuns: 500 });
        const image = fc.record({ status: fc.string(), error: fc.anything(), upload_status: fc.anything(), upload_statuses: fc.anything(), progress: fc.anything() }, { requiredKeys: ["status"] });
        fc.assert(fc.property(fc.array(image), fc.anything(), (images, buildId) => {
            inspectComposeValue({ status: "success", image_statuses: images, koji_build_id: buildId });
            inspectComposeValue({ status: "success", image_status: images[0] ?? { status: "x" }, image_statuses: images, koji_status: { build_id: buildId } });
        }), { seed, numRuns: 500 });
    });

    it("finds the syntax error wherever JSON.parse does not parse", () => {
        fc.assert(fc.property(fc.json(), fc.nat(), fc.string({ minLength: 1, maxLength: 2 }), (json, at, junk) => {
            const i = at % (json.length + 1);
            const text = json.slice(0, i) + junk + json.slice(i);
            let valid = true;
            try {
                JSON.parse(text);
            } catch {
                valid = false;
            }
            const { detail } = locateSyntaxError(text);
            assert.equal(detail === "The text is valid JSON.", valid, text);
        }), { seed: 20261122, numRuns: 2000 });
    });
});
