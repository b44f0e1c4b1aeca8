import assert from "node:assert/strict";
import { afterEach, describe, it, mock } from "node:test";

import { STARTUP_READ_KEEP_MS, dropStartupReads, startupRead } from "./startupRead.ts";

/** a read that answers "<arg>#<n>", n counting its calls */
function counted() {
    let calls = 0;
    const read = startupRead((arg: string) => Promise.resolve(`${arg}#${++calls}`), arg => arg);
    return { read, calls: () => calls };
}

function anyOutcome(_outcome: string): _outcome is string {
    return true;
}

afterEach(() => {
    dropStartupReads();
    mock.timers.reset();
});

describe("startup reads", () => {
    it("reads anew when nothing was started", async () => {
        const { read, calls } = counted();
        assert.equal(await read.read("a"), "a#1");
        assert.equal(await read.read("a"), "a#2");
        assert.equal(calls(), 2);
    });

    it("hands the started read to the first reader of the same argument, once", async () => {
        const { read, calls } = counted();
        assert.equal(await read.start("a"), "a#1");
        assert.equal(await read.start("a"), "a#1", "a second start is the same read");
        assert.equal(await read.read("b"), "b#2", "another argument reads anew");
        assert.equal(await read.read("a"), "a#1");
        assert.equal(await read.read("a"), "a#3", "taken once only");
        assert.equal(calls(), 3);
    });

    it("hands over a failure as it came", async () => {
        const read = startupRead((_arg: string) => Promise.resolve({ error: "refused" }), arg => arg);
        void read.start("a");
        assert.deepEqual(await read.read("a"), { error: "refused" });
    });

    it("reads anew after the started reads were dropped", async () => {
        const { read } = counted();
        void read.start("a");
        dropStartupReads();
        assert.equal(await read.read("a"), "a#2");
    });

    it("drops a settled read that nobody took in time, not one still waiting", async () => {
        mock.timers.enable({ apis: ["setTimeout"] });
        const { read } = counted();
        await read.start("a");
        mock.timers.tick(STARTUP_READ_KEEP_MS - 1);
        assert.equal(await read.read("a"), "a#1", "still there just before");

        await read.start("b");
        mock.timers.tick(STARTUP_READ_KEEP_MS);
        assert.equal(await read.read("b"), "b#3", "gone after");

        let answer: (text: string) => void = () => undefined;
        const slow = startupRead((_arg: string) => new Promise<string>(resolve => { answer = resolve }), arg => arg);
        const started = slow.start("c");
        mock.timers.tick(10 * STARTUP_READ_KEEP_MS);
        const taken = slow.read("c");
        answer("late");
        assert.equal(await taken, "late");
        assert.equal(await started, "late");
    });

    it("gives the settled reads it accepts, with their argument, once; not those still out", async () => {
        let answer: (text: string) => void = () => undefined;
        let calls = 0;
        const read = startupRead((arg: string) => arg === "slow"
            ? new Promise<string>(resolve => { answer = resolve })
            : Promise.resolve(arg === "bad" ? "refused" : `${arg}#${++calls}`), arg => arg);
        await read.start("a");
        await read.start("bad");
        const slow = read.start("slow");
        assert.deepEqual(read.takeSettled((outcome): outcome is string => outcome !== "refused"), [{ arg: "a", outcome: "a#1" }]);
        assert.deepEqual(read.takeSettled(anyOutcome), [{ arg: "bad", outcome: "refused" }], "what it refused stays for its reader");
        answer("late");
        await slow;
        assert.deepEqual(read.takeSettled(anyOutcome), [{ arg: "slow", outcome: "late" }]);
        assert.deepEqual(read.takeSettled(anyOutcome), [], "each once");
        assert.equal(await read.read("a"), "a#2", "a taken read is read anew");
    });

    it("gives nothing once the started reads were dropped", async () => {
        const { read } = counted();
        await read.start("a");
        dropStartupReads();
        assert.deepEqual(read.takeSettled(anyOutcome), []);
    });

    it("names the reads still out, without taking them, until they settle or are taken", async () => {
        let answer: (text: string) => void = () => undefined;
        let fail: (reason: Error) => void = () => undefined;
        const read = startupRead((arg: string) => arg === "done"
            ? Promise.resolve("done#1")
            : new Promise<string>((resolve, reject) => {
                if (arg === "slow")
                    answer = resolve;
                else
                    fail = reject;
            }), arg => arg);
        await read.start("done");
        const slow = read.start("slow");
        const broken = read.start("broken");
        assert.deepEqual(read.running(), ["slow", "broken"]);
        assert.deepEqual(read.running(), ["slow", "broken"], "naming takes nothing");
        fail(new Error("gone"));
        await assert.rejects(broken);
        assert.deepEqual(read.running(), ["slow"], "a failed read is not out any more");
        const taken = read.read("slow");
        assert.deepEqual(read.running(), [], "a taken read is its reader's");
        answer("late");
        assert.equal(await taken, "late");
        assert.equal(await slow, "late");
        assert.deepEqual(read.running(), []);
    });
});
