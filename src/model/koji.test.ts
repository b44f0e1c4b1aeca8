import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { type KojiValues, kojiProblems, kojiRequest, kojiTaskId, normalizeHubUrl, rememberHub } from "./koji.ts";
import { SPEC_ABSENT, schemaValidator } from "./openapiSchema.test-helper.ts";

const GOOD: KojiValues = { server: "https://koji.fedoraproject.org/kojihub/", task_id: "42", name: "Fedora-Cloud-Base", version: "43", release: "20250101.0" };

describe("Koji fields", () => {
    it("builds the koji object the Cloud API takes", t => {
        const koji = kojiRequest(GOOD);
        assert.deepEqual(koji, { server: "https://koji.fedoraproject.org/kojihub", task_id: 42, name: "Fedora-Cloud-Base", version: "43", release: "20250101.0" });
        if (SPEC_ABSENT)
            return t.skip(SPEC_ABSENT);
        assert.deepEqual(schemaValidator("Koji")(koji), []);
    });

    it("reports every empty or malformed field", () => {
        assert.deepEqual(kojiProblems({}).map(problem => `${problem.key}:${problem.code}`),
            ["server:required", "task_id:required", "name:required", "version:required", "release:required"]);
        const cases: [KojiValues, string][] = [
            [{ server: "koji.example.com" }, "server:url"],
            [{ server: "ftp://koji.example.com/kojihub" }, "server:url"],
            [{ task_id: "abc" }, "task_id:not-integer"],
            [{ task_id: 0 }, "task_id:range"],
            [{ task_id: "-3" }, "task_id:range"],
            [{ task_id: 1.5 }, "task_id:range"],
            [{ name: "my build" }, "name:koji-name"],
            [{ name: "a/b" }, "name:koji-name"],
            [{ version: "1-2" }, "version:koji-version"],
            [{ release: "1 2" }, "release:koji-version"],
        ];
        for (const [change, expected] of cases) {
            const problems = kojiProblems({ ...GOOD, ...change }).map(problem => `${problem.key}:${problem.code}`);
            assert.deepEqual(problems, [expected], JSON.stringify(change));
            assert.equal(kojiRequest({ ...GOOD, ...change }), null);
        }
    });

    it("reads task ids typed as text", () => {
        assert.equal(kojiTaskId(" 7 "), 7);
        assert.equal(kojiTaskId(7), 7);
        assert.equal(kojiTaskId("7a"), null);
        assert.equal(kojiTaskId(undefined), null);
    });

    it("remembers recent hubs, newest first, without duplicates", () => {
        assert.equal(normalizeHubUrl(" https://koji.example.com/kojihub// "), "https://koji.example.com/kojihub");
        let recent: string[] = [];
        for (const hub of ["https://a/kojihub", "https://b/kojihub", "https://a/kojihub/", "", "https://c/kojihub"])
            recent = rememberHub(recent, hub, 2);
        assert.deepEqual(recent, ["https://c/kojihub", "https://a/kojihub"]);
    });
});
