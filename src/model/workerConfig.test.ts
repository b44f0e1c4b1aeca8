import assert from "node:assert/strict";
import { describe, it } from "node:test";

import {
    WORKER_SECTIONS, kojiKerberos, kojiProblems, parseWorkerConfig, pathProblem, sectionValues, serializeWorkerConfig, withKojiKerberos, withSection,
} from "./workerConfig.ts";

const section = (name: string) => WORKER_SECTIONS.find(s => s.name === name) ?? assert.fail(name);

const FILE = `# local worker
base_path = "/api/worker/v1"

[aws]
credentials = "/etc/osbuild-worker/aws.toml"
bucket = "images"
upload_threads = 4

[koji."koji.example.com".kerberos]
principal = "osbuild@EXAMPLE.COM"
keytab = "/etc/osbuild-worker/koji.keytab"

[koji."koji.example.com"]
relax_timeout_factor = 2
`;

describe("worker configuration", () => {
    it("reads the sections the page edits and says the file has comments", () => {
        const parsed = parseWorkerConfig(FILE);
        assert.ok(parsed.ok);
        assert.equal(parsed.hasComments, true);
        assert.deepEqual(sectionValues(parsed.doc, section("aws")), { credentials: "/etc/osbuild-worker/aws.toml", bucket: "images" });
        assert.deepEqual(kojiKerberos(parsed.doc), [{ host: "koji.example.com", principal: "osbuild@EXAMPLE.COM", keytab: "/etc/osbuild-worker/koji.keytab" }]);
    });

    it("keeps keys and sections it does not know when a section is edited", () => {
        const parsed = parseWorkerConfig(FILE);
        assert.ok(parsed.ok);
        const edited = withSection(parsed.doc, section("aws"), { credentials: "/etc/osbuild-worker/aws2.toml", bucket: "" });
        const again = parseWorkerConfig(serializeWorkerConfig(edited));
        assert.ok(again.ok);
        assert.deepEqual(again.doc, {
            base_path: "/api/worker/v1",
            aws: { credentials: "/etc/osbuild-worker/aws2.toml", upload_threads: 4 },
            koji: { "koji.example.com": { kerberos: { principal: "osbuild@EXAMPLE.COM", keytab: "/etc/osbuild-worker/koji.keytab" }, relax_timeout_factor: 2 } },
        });
    });

    it("adds, replaces and removes Koji hubs, keeping a hub's other keys", () => {
        const parsed = parseWorkerConfig(FILE);
        assert.ok(parsed.ok);
        const next = withKojiKerberos(parsed.doc, [{ host: "koji.fedoraproject.org", principal: "p@FEDORA", keytab: "/k" }]);
        assert.deepEqual(next.koji, {
            "koji.example.com": { relax_timeout_factor: 2 },
            "koji.fedoraproject.org": { kerberos: { principal: "p@FEDORA", keytab: "/k" } },
        });
        assert.equal(withKojiKerberos({ koji: { "a.b": { kerberos: { principal: "x", keytab: "/y" } } } }, []).koji, undefined);
    });

    it("removes a section left empty, writes booleans, and reads a missing file as empty", () => {
        const parsed = parseWorkerConfig(null);
        assert.deepEqual(parsed, { ok: true, doc: {}, hasComments: false });
        const doc = withSection({ containers: { domain: "old" } }, section("containers"), { domain: "", tls_verify: false });
        assert.deepEqual(doc, { containers: { tls_verify: false } });
        assert.deepEqual(withSection({ gcp: { bucket: "b" } }, section("gcp"), { bucket: " " }), {});
    });

    it("reports a file it cannot read, and rows it would not write", () => {
        const bad = parseWorkerConfig("[aws\n");
        assert.equal(bad.ok, false);
        assert.deepEqual(kojiProblems({ host: "https://koji", principal: "", keytab: "rel" }), { host: "hub-host", principal: "required", keytab: "absolute-path" });
        assert.deepEqual(kojiProblems({ host: "koji.example.com", principal: "p", keytab: "/k" }), {});
        assert.equal(pathProblem("relative/path"), "absolute-path");
        assert.equal(pathProblem("/etc/x"), null);
        assert.equal(pathProblem(""), null);
    });
});
