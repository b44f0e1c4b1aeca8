import assert from "node:assert/strict";
import { test } from "node:test";

import { isChannelFailure, onChannelFailure, reportChannelFailure } from "./channelFailures";
import type { ComposerError } from "./composerError";

const gone: ComposerError = { kind: "unreachable", api: "weldr", message: "not-found" };
const refused: ComposerError = { kind: "permission", api: "cloud", message: "access-denied" };
const http403: ComposerError = { kind: "permission", api: "weldr", message: "Forbidden", status: 403 };
const http500: ComposerError = { kind: "server", api: "weldr", message: "InternalError", status: 500 };

test("only a socket that cannot be reached counts as a channel failure, not an HTTP answer", () => {
    assert.equal(isChannelFailure(gone), true);
    assert.equal(isChannelFailure(refused), true);
    assert.equal(isChannelFailure(http403), false);
    assert.equal(isChannelFailure(http500), false);
});

test("listeners hear channel failures until they unsubscribe", () => {
    const heard: ComposerError[] = [];
    const stop = onChannelFailure(error => heard.push(error));
    reportChannelFailure(http500);
    reportChannelFailure(gone);
    reportChannelFailure(refused);
    stop();
    reportChannelFailure(gone);
    assert.deepEqual(heard, [gone, refused]);
});
