import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { composerDistroName, hostDistro, parseOsRelease, unknownDistroIn } from "./hostDistro.ts";

const FEDORA = `NAME="Fedora Linux"
VERSION="43 (Workstation Edition)"
ID=fedora
VERSION_ID=43
PRETTY_NAME="Fedora Linux 43 (Workstation Edition)"
`;
const RHEL = `NAME="Red Hat Enterprise Linux"
ID="rhel"
ID_LIKE="fedora"
VERSION_ID="9.6"
PRETTY_NAME="Red Hat Enterprise Linux 9.6 (Plow)"
`;
const RHEL10 = "ID=\"rhel\"\nVERSION_ID=\"10.0\"\n";
const CENTOS = "NAME=\"CentOS Stream\"\nID=\"centos\"\nVERSION_ID=\"10\"\nPRETTY_NAME=\"CentOS Stream 10 (Coughlan)\"\n";
const DEBIAN = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
ID=debian
`;
const DISTROS = ["centos-10", "centos-9", "fedora-43", "fedora-44", "rhel-10.0", "rhel-9.6"];

describe("os-release", () => {
    it("reads quoted, unquoted and escaped values and skips comments", () => {
        assert.deepEqual(parseOsRelease("# comment\nID=fedora\nNAME='A B'\nPRETTY_NAME=\"say \\\"hi\\\" \\$x\"\n\nnot a line\n"),
            { ID: "fedora", NAME: "A B", PRETTY_NAME: "say \"hi\" $x" });
    });

    it("names the distribution as composer does: ID-VERSION_ID", () => {
        const rows: [string, string | null][] = [
            [FEDORA, "fedora-43"], [RHEL, "rhel-9.6"], [RHEL10, "rhel-10.0"], [CENTOS, "centos-10"], [DEBIAN, "debian-12"],
            ["ID=arch\n", null], ["VERSION_ID=1\n", null], ["", null],
        ];
        for (const [text, name] of rows)
            assert.equal(composerDistroName(parseOsRelease(text)), name, text);
    });

    it("finds the host distribution in composer's refusal of a call without one", () => {
        assert.equal(unknownDistroIn("Unknown distribution: debian-12"), "debian-12");
        assert.equal(unknownDistroIn("Invalid distro: fedora-1"), null);
        assert.equal(unknownDistroIn("Unknown distribution: fedora-1 for arch test_arch"), null);
    });
});

describe("the host's distribution", () => {
    it("is the os-release name when composer lists it and builds for its host", () => {
        assert.deepEqual(hostDistro({ osRelease: FEDORA, probe: "ok", distros: DISTROS }),
            { kind: "supported", name: "fedora-43", prettyName: "Fedora Linux 43 (Workstation Edition)" });
        assert.deepEqual(hostDistro({ osRelease: RHEL, probe: "ok", distros: DISTROS }),
            { kind: "supported", name: "rhel-9.6", prettyName: "Red Hat Enterprise Linux 9.6 (Plow)" });
        assert.deepEqual(hostDistro({ osRelease: RHEL10, probe: "ok", distros: DISTROS }), { kind: "supported", name: "rhel-10.0" });
    });

    it("is unsupported when composer refuses its own host distribution, named as composer names it", () => {
        assert.deepEqual(hostDistro({ osRelease: DEBIAN, probe: { message: "Unknown distribution: debian-12" }, distros: DISTROS }),
            { kind: "unsupported", name: "debian-12", prettyName: "Debian GNU/Linux 12 (bookworm)" });
        // composer's word counts even when the file could not be read
        assert.deepEqual(hostDistro({ osRelease: null, probe: { message: "Unknown distribution: debian-12" } }),
            { kind: "unsupported", name: "debian-12" });
        // the pretty name is only given when the file describes the same distribution
        assert.deepEqual(hostDistro({ osRelease: FEDORA, probe: { message: "Unknown distribution: ubuntu-24.04" }, distros: DISTROS }),
            { kind: "unsupported", name: "ubuntu-24.04" });
    });

    it("is unknown while asking, when the sources disagree, or when nothing names it", () => {
        assert.deepEqual(hostDistro({}), { kind: "unknown" });
        assert.deepEqual(hostDistro({ osRelease: FEDORA, distros: DISTROS }), { kind: "unknown" }, "composer not asked yet");
        assert.deepEqual(hostDistro({ osRelease: FEDORA, probe: "ok" }), { kind: "unknown" }, "distros not listed yet");
        assert.deepEqual(hostDistro({ osRelease: DEBIAN, probe: "ok", distros: DISTROS }), { kind: "unknown" }, "composer builds for a host the file does not name");
        assert.deepEqual(hostDistro({ osRelease: null, probe: "ok", distros: DISTROS }), { kind: "unknown" });
        assert.deepEqual(hostDistro({ osRelease: FEDORA, probe: { message: "Connection refused" }, distros: ["rhel-9.6"] }), { kind: "unknown" });
    });
});
