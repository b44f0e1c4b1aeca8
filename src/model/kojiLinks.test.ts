import assert from "node:assert/strict";
import { describe, it } from "node:test";

import fc from "fast-check";

import { composeStatusFileUrl, getBuildRequestXml, kojiBaseUrl, kojiBuildUrl, kojiId, kojiTaskUrl, kojiWebForHub, parseGetBuildResponse } from "./kojiLinks.ts";

const FEDORA_HUB = "https://koji.fedoraproject.org/kojihub";
const FEDORA_WEB = "https://koji.fedoraproject.org/koji";

describe("Koji hub to web", () => {
    const cases: [string, unknown, Parameters<typeof kojiWebForHub>[1], ReturnType<typeof kojiWebForHub>][] = [
        ["Fedora by the rule", FEDORA_HUB, {}, { web: FEDORA_WEB, via: "rule" }],
        ["a trailing slash", FEDORA_HUB + "/", {}, { web: FEDORA_WEB, via: "rule" }],
        ["a hub under a prefix", "http://10.0.0.1:8080/x/kojihub", {}, { web: "http://10.0.0.1:8080/x/koji", via: "rule" }],
        ["an override before the rule", FEDORA_HUB, { webByHub: { [FEDORA_HUB + "/"]: "https://mirror.example/koji/" } }, { web: "https://mirror.example/koji", via: "override" }],
        ["Brew by an override", "https://brewhub.engineering.redhat.com/brewhub",
            { webByHub: { "https://brewhub.engineering.redhat.com/brewhub": "https://brewweb.engineering.redhat.com/brew" } },
            { web: "https://brewweb.engineering.redhat.com/brew", via: "override" }],
        ["an unsafe override is skipped", FEDORA_HUB, { webByHub: { [FEDORA_HUB]: "javascript:alert(1)" } }, { web: FEDORA_WEB, via: "rule" }],
        ["an unknown hub gets the default", "https://brewhub.example/brewhub", { defaultWeb: FEDORA_WEB }, { web: FEDORA_WEB, via: "default" }],
        ["no hub gets the default", undefined, { defaultWeb: FEDORA_WEB }, { web: FEDORA_WEB, via: "default" }],
        ["an unknown hub without a default", "https://brewhub.example/brewhub", {}, null],
        ["a hub named like kojihub but not it", "https://example.com/notkojihub", {}, null],
        ["a javascript: hub", "javascript:alert(1)//kojihub", {}, null],
        ["a hub with a query", FEDORA_HUB + "?x=1", {}, null],
        ["an unsafe default", undefined, { defaultWeb: "data:text/html,x" }, null],
        ["a non-string hub", 42, {}, null],
    ];
    for (const [what, hub, settings, expected] of cases)
        it(what, () => assert.deepEqual(kojiWebForHub(hub, settings), expected));

    it("base URLs: safe, no query or fragment, no trailing slash", () => {
        assert.equal(kojiBaseUrl("https://k.example/koji///"), "https://k.example/koji");
        assert.equal(kojiBaseUrl("https://k.example"), "https://k.example");
        assert.equal(kojiBaseUrl("https://k.example/koji#x"), null);
        assert.equal(kojiBaseUrl("https://k.example/koji?"), null);
        assert.equal(kojiBaseUrl("https://u:p@k.example/koji"), null);
    });
});

describe("Koji links", () => {
    it("builds the three links", () => {
        assert.equal(kojiBuildUrl(FEDORA_WEB, 42), "https://koji.fedoraproject.org/koji/buildinfo?buildID=42");
        assert.equal(kojiTaskUrl(FEDORA_WEB + "/", 137), "https://koji.fedoraproject.org/koji/taskinfo?taskID=137");
        assert.equal(composeStatusFileUrl(FEDORA_WEB, "137"), "https://koji.fedoraproject.org/koji/getfile?taskID=137&name=compose-status.json");
    });

    const badIds: unknown[] = [0, -1, 1.5, NaN, Infinity, 2 ** 53, "0", "01", "1e3", "12a", " 12", "", null, undefined, {}, [1], true];
    for (const id of badIds)
        it(`no link for id ${JSON.stringify(id) ?? String(id)}`, () => {
            assert.equal(kojiBuildUrl(FEDORA_WEB, id), null);
            assert.equal(kojiTaskUrl(FEDORA_WEB, id), null);
            assert.equal(composeStatusFileUrl(FEDORA_WEB, id), null);
            assert.equal(kojiId(id), null);
        });

    for (const web of ["javascript:alert(1)", "/koji", "", null, "https://k.example/koji?a=b", "ftp://k.example/koji"])
        it(`no link for web ${JSON.stringify(web)}`, () => assert.equal(kojiBuildUrl(web, 1), null));
});

describe("getBuild over XML-RPC", () => {
    it("asks for a build by id or by NVR", () => {
        assert.equal(getBuildRequestXml(42),
            "<?xml version=\"1.0\"?>\n<methodCall><methodName>getBuild</methodName><params><param><value><int>42</int></value></param></params></methodCall>\n");
        assert.match(getBuildRequestXml(2 ** 40) ?? "", /<i8>1099511627776<\/i8>/);
        assert.match(getBuildRequestXml("Fedora-Cloud-Base-43-20250101.0") ?? "", /<string>Fedora-Cloud-Base-43-20250101.0<\/string>/);
        for (const bad of [0, -3, 1.5, "", "  ", "a b", "<x>", "a&b", "x\u0000", "x".repeat(1025)])
            assert.equal(getBuildRequestXml(bad), null, JSON.stringify(bad));
    });

    const build = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><struct>
<member><name>id</name><value><int>42</int></value></member>
<member><name>build_id</name><value><int>42</int></value></member>
<member><name>task_id</name><value><int>137</int></value></member>
<member><name>nvr</name><value><string>Fedora-Cloud-Base-43-1</string></value></member>
<member><name>owner_name</name><value>osbuild &amp; friends &#x263A;</value></member>
<member><name>volume_id</name><value><i4>0</i4></value></member>
<member><name>size</name><value><i8>9007199254740993</i8></value></member>
<member><name>ratio</name><value><double>0.5</double></value></member>
<member><name>draft</name><value><boolean>0</boolean></value></member>
<member><name>source</name><value><nil/></value></member>
<member><name>blob</name><value><base64>aGVs
bG8=</base64></value></member>
<member><name>__proto__</name><value><string>safe</string></value></member>
<!-- a comment -->
<member><name>extra</name><value><struct>
<member><name>typeinfo</name><value><struct><member><name>image</name><value><struct></struct></value></member></struct></value></member>
<member><name>list</name><value><array><data><value><int>1</int></value><value>two</value></data></array></value></member>
</struct></value></member>
</struct></value>
</param>
</params>
</methodResponse>`;

    it("reads the build, its task id and extra", () => {
        const result = parseGetBuildResponse(build);
        assert.ok(result.ok);
        assert.equal(result.build.id, 42);
        assert.equal(result.build.task_id, 137);
        assert.equal(result.build.nvr, "Fedora-Cloud-Base-43-1");
        assert.deepEqual(result.build.extra, { typeinfo: { image: {} }, list: [1, "two"] });
        const f = result.build.fields;
        assert.equal(f.owner_name, "osbuild & friends \u263a");
        assert.equal(f.volume_id, 0);
        assert.equal(f.size, "9007199254740993");
        assert.equal(f.ratio, 0.5);
        assert.equal(f.draft, false);
        assert.equal(f.source, null);
        assert.equal(f.blob, "aGVsbG8=");
        assert.equal(Object.getPrototypeOf(f), Object.prototype);
        assert.equal(Object.getOwnPropertyDescriptor(f, "__proto__")?.value, "safe");
    });

    it("parses extra sent as JSON text, and a build without a task", () => {
        const xml = "<methodResponse><params><param><value><struct>"
            + "<member><name>id</name><value><int>7</int></value></member>"
            + "<member><name>task_id</name><value><nil/></value></member>"
            + "<member><name>extra</name><value><string>{&quot;a&quot;: 1}</string></value></member>"
            + "</struct></value></param></params></methodResponse>";
        const result = parseGetBuildResponse(xml);
        assert.ok(result.ok);
        assert.equal(result.build.task_id, null);
        assert.deepEqual(result.build.extra, { a: 1 });
    });

    it("a nil answer is a build that does not exist", () => {
        assert.deepEqual(parseGetBuildResponse("<methodResponse><params><param><value><nil/></value></param></params></methodResponse>"), { ok: false, code: "not-found" });
    });

    it("reports a fault", () => {
        const xml = "<?xml version='1.0'?><methodResponse><fault><value><struct>"
            + "<member><name>faultCode</name><value><int>1000</int></value></member>"
            + "<member><name>faultString</name><value><string>koji.GenericError: No such build</string></value></member>"
            + "</struct></value></fault></methodResponse>";
        assert.deepEqual(parseGetBuildResponse(xml), { ok: false, code: "fault", faultCode: 1000, message: "koji.GenericError: No such build" });
    });

    const wrap = (value: string) => `<methodResponse><params><param><value>${value}</value></param></params></methodResponse>`;
    const malformed: [string, string][] = [
        ["empty", ""],
        ["HTML", "<html><body>502 Bad Gateway</body></html>"],
        ["not XML", "{\"id\": 1}"],
        ["unclosed", "<methodResponse><params>"],
        ["mismatched tags", "<methodResponse></params>"],
        ["a DOCTYPE", "<!DOCTYPE x [<!ENTITY a 'b'>]><methodResponse/>"],
        ["CDATA", wrap("<string><![CDATA[x]]></string>")],
        ["an unknown entity", wrap("<string>&foo;</string>")],
        ["an entity named like an Object method", wrap("<string>&valueOf;</string>")],
        ["a bare ampersand", wrap("<string>a & b</string>")],
        ["a bad int", wrap("<int>12x</int>")],
        ["a bad boolean", wrap("<boolean>yes</boolean>")],
        ["a bad double", wrap("<double>abc</double>")],
        ["an unknown type", wrap("<script>x</script>")],
        ["two params", "<methodResponse><params><param><value>1</value></param></params><params/></methodResponse>"],
        ["a member without value", wrap("<struct><member><name>a</name></member></struct>")],
        ["text in a struct", wrap("<struct>oops</struct>")],
        ["a string answer", wrap("<string>x</string>")],
        ["two roots", "<methodResponse/><methodResponse/>"],
        ["deep nesting", wrap("<array><data><value>".repeat(1000) + "1" + "</value></data></array>".repeat(1000))],
    ];
    for (const [what, xml] of malformed)
        it(`says what is malformed: ${what}`, () => {
            const result = parseGetBuildResponse(xml);
            assert.equal(result.ok, false);
            assert.equal(!result.ok && result.code, "malformed");
            assert.ok(!result.ok && result.code === "malformed" && result.message.length > 0);
        });
});

describe("any hub answer or URL", () => {
    it("never crashes and never links to anything but http(s)", () => {
        const seed = 20261122;
        fc.assert(fc.property(fc.string(), text => { parseGetBuildResponse(text); }), { seed, numRuns: 1000 });
        fc.assert(fc.property(fc.string(), text => { parseGetBuildResponse(`<methodResponse><params><param><value>${text}</value></param></params></methodResponse>`); }), { seed, numRuns: 1000 });
        fc.assert(fc.property(fc.oneof(fc.string(), fc.webUrl()), fc.anything(), (url, id) => {
            const web = kojiWebForHub(url, { defaultWeb: url })?.web;
            for (const link of [kojiBuildUrl(url, id), kojiTaskUrl(web, id), composeStatusFileUrl(url, id)])
                if (link !== null)
                    assert.match(link, /^https?:\/\//);
        }), { seed, numRuns: 1000 });
    });
});
