import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { asComposerError, fromCloudBody, fromHttpFailure, fromWeldrBody } from "./composerError.ts";

describe("errors from a failed channel", () => {
    it("calls a missing socket unreachable", () => {
        const e = fromHttpFailure("weldr", { problem: "not-found", message: "not-found" });
        assert.equal(e.kind, "unreachable");
    });

    it("calls refused access a permission problem", () => {
        assert.equal(fromHttpFailure("weldr", { problem: "access-denied" }).kind, "permission");
        assert.equal(fromHttpFailure("cloud", { problem: "internal-error", message: "Couldn't connect: Permission denied" }).kind, "permission");
    });
});

describe("errors from Weldr", () => {
    it("keeps the service's message word for word", () => {
        const body = JSON.stringify({ status: false, errors: [{ id: "BlueprintsError", msg: "'fedora-1' is not a valid distribution (architecture 'x86_64')" }] });
        const e = fromHttpFailure("weldr", { status: 400, reason: "Bad Request", message: "Bad Request" }, body);
        assert.equal(e.kind, "invalid");
        assert.equal(e.id, "BlueprintsError");
        assert.equal(e.message, "'fedora-1' is not a valid distribution (architecture 'x86_64')");
    });

    it("maps unknown objects to not-found and wrong states to conflict", () => {
        assert.equal(fromWeldrBody(400, { status: false, errors: [{ id: "UnknownBlueprint", msg: "Unknown blueprint name: x" }] })?.kind, "not-found");
        assert.equal(fromWeldrBody(400, { status: false, errors: [{ id: "BuildInWrongState", msg: "Build x is not in WAITING or RUNNING." }] })?.kind, "conflict");
        assert.equal(fromWeldrBody(500, { status: false, errors: [{ id: "InternalError", msg: "boom" }] })?.kind, "server");
    });

    it("joins several messages", () => {
        assert.equal(fromWeldrBody(400, { errors: [{ id: "A", msg: "one" }, { id: "B", msg: "two" }] })?.message, "one\ntwo");
    });

    it("says what HTTP said when the body is empty (405, 501)", () => {
        const e = fromHttpFailure("weldr", { status: 501, reason: "Not Implemented", message: "Not Implemented" }, "");
        assert.equal(e.kind, "server");
        assert.equal(e.message, "Not Implemented");
    });

    it("shows a body that is not JSON as it is", () => {
        const e = fromHttpFailure("weldr", { status: 500, reason: "Internal Server Error" }, "<html>proxy error</html>");
        assert.equal(e.message, "<html>proxy error</html>");
    });
});

describe("errors from the Cloud API", () => {
    it("reads reason and details", () => {
        const e = fromCloudBody(400, { kind: "Error", id: "30", code: "IMAGE-BUILDER-COMPOSER-30", reason: "Request could not be validated", details: "property \"x\" is unsupported" });
        assert.equal(e?.kind, "invalid");
        assert.equal(e?.message, "Request could not be validated");
        assert.equal(e?.details, "property \"x\" is unsupported");
    });

    it("maps compose not found (15) and bad state (31)", () => {
        assert.equal(fromCloudBody(404, { id: "15", reason: "Compose with given id not found" })?.kind, "not-found");
        assert.equal(fromCloudBody(400, { id: "31", reason: "bad state" })?.kind, "conflict");
    });

    it("turns structured details into readable text", () => {
        assert.match(fromCloudBody(500, { id: "1006", reason: "r", details: { a: 1 } })?.details ?? "", /"a": 1/);
    });
});

describe("errors from our own code", () => {
    it("turns a serialized error into a server error", () => {
        assert.deepEqual(asComposerError({ message: "boom" }), { kind: "server", api: "weldr", message: "boom" });
        assert.equal(asComposerError(undefined), undefined);
    });
});
