import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { decodeComposeList } from "./cloudTypes.ts";
import { DecodeError } from "./decode.ts";
import { decodeBlueprintNames, decodeBlueprintsInfo, decodeComposeLists, decodeStatus } from "./weldrTypes.ts";

describe("replies of the wrong shape are refused with a reason", () => {
    const cases: [string, () => unknown, RegExp][] = [
        ["list that is a number", () => decodeBlueprintNames({ total: 1, offset: 0, blueprints: 5 }), /blueprints is not a list/],
        ["list name that is not a string", () => decodeBlueprintNames({ total: 1, offset: 0, blueprints: [{}] }), /blueprints\[0\] is not a string/],
        ["list without total", () => decodeBlueprintNames({ offset: 0, blueprints: [] }), /total is not a number/],
        ["info that is an array", () => decodeBlueprintsInfo([]), /blueprints info is not an object/],
        ["info blueprint without name", () => decodeBlueprintsInfo({ blueprints: [{ description: "x" }] }), /blueprints\[0\]\.name/],
        ["compose with an unknown state", () => decodeComposeLists({ finished: [{ id: "a", blueprint: "b", compose_type: "qcow2", queue_status: "DONE", job_created: 1 }] }, ["finished"]), /queue_status is "DONE"/],
        ["queue without run", () => decodeComposeLists({ new: [] }, ["new", "run"]), /run is not a list/],
        ["cloud list that is an object (the spec's ComposeList)", () => decodeComposeList({ items: [] }), /composes is not a list/],
        ["cloud status without image_status", () => decodeComposeList([{ id: "a", status: "success" }]), /image_status is not an object/],
        ["cloud upload without a type, named by its place", () => decodeComposeList([
            { id: "a", status: "success", image_status: { status: "success" } },
            { id: "b", status: "success", image_status: { status: "success", upload_statuses: [{ type: "aws", status: "success" }, { status: "success" }] } },
        ]), /^composes\[1\]\.image_status\.upload_statuses\[1\]\.type is not a string$/],
        ["weldr compose without a creation time, named by its place", () => decodeComposeLists({ finished: [], failed: [
            { id: "a", blueprint: "b", compose_type: "qcow2", queue_status: "FAILED", job_created: 1 },
            { id: "c", blueprint: "b", compose_type: "qcow2", queue_status: "FAILED" },
        ] }, ["finished", "failed"]), /^failed\[1\]\.job_created is not a number$/],
        ["status that is null", () => decodeStatus(null), /status is not an object/],
    ];
    for (const [what, run, reason] of cases) {
        it(what, () => {
            assert.throws(run, (e: unknown) => e instanceof DecodeError && reason.test(e.message));
        });
    }
});

describe("replies of the right shape are read", () => {
    it("keeps unknown blueprint fields and the draft flag", () => {
        const info = decodeBlueprintsInfo({
            blueprints: [{ name: "a", version: "1.0.0", future_field: { x: 1 } }],
            changes: [{ name: "a", changed: true }],
            errors: [{ id: "UnknownBlueprint", msg: "gone: " }],
        });
        assert.deepEqual(info.blueprints[0].blueprint.future_field, { x: 1 });
        assert.equal(info.blueprints[0].changed, true);
        assert.deepEqual(info.missing, ["gone"]);
    });

    it("reads the bare Cloud list with upload statuses and koji", () => {
        const [c] = decodeComposeList([{ id: "a", kind: "ComposeStatus", status: "success", koji_status: {},
            image_status: { status: "success", upload_statuses: [{ type: "aws", status: "success", options: { ami: "ami-1", region: "us-east-1" } }] } }]);
        assert.equal(c.image_status.upload_statuses?.[0].options?.ami, "ami-1");
        assert.deepEqual(c.koji_status, {});
    });
});
