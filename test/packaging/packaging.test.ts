// Release artifacts: the tarball `make dist` writes, the RPM `make rpm` builds from it (where
// rpmbuild exists), the AppStream metainfo, and versions that agree everywhere.
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const METAINFO = "org.cockpit_project.foundry.metainfo.xml";

function has(command: string): boolean {
    return spawnSync("sh", ["-c", `command -v ${command}`]).status === 0;
}

function specVersion(): string {
    const match = /^Version:\s*(\S+)/m.exec(fs.readFileSync(path.join(ROOT, "cockpit-foundry.spec"), "utf8"));
    assert.ok(match, "the spec has a Version");
    return match[1];
}

function make(target: string): string {
    return execFileSync("make", ["--no-print-directory", target], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

describe("release tarball", () => {
    let listing: string[] = [];
    before(() => {
        make("dist");
        const tarball = path.join(ROOT, `cockpit-foundry-${specVersion()}.tar.xz`);
        listing = execFileSync("tar", ["-tJf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean);
    });

    it("holds the built plugin, pre-compressed, under cockpit-foundry/", () => {
        for (const file of ["dist/manifest.json", "dist/index.html", "dist/index.js.gz", "dist/index.css.gz", "cockpit-foundry.spec", METAINFO, "README.md"])
            assert.ok(listing.includes(`cockpit-foundry/${file}`), `${file} is in the tarball`);
    });

    it("holds the lazily loaded chunks and their sheet, every script and sheet as .gz only", () => {
        assert.ok(listing.some(f => /^cockpit-foundry\/dist\/chunks\/laterPages-\w+\.js\.gz$/.test(f)), "the later pages' chunk is in the tarball");
        assert.ok(listing.includes("cockpit-foundry/dist/chunks/laterPages.css.gz"), "the later pages' sheet is in the tarball");
        assert.deepEqual(listing.filter(f => /\.(js|css)$/.test(f)), [], "no uncompressed script or sheet");
    });

    it("leaves out source maps", () => {
        assert.deepEqual(listing.filter(f => f.endsWith(".map")), []);
    });
});

describe("versions", () => {
    it("agree in the spec, package.json and the metainfo's newest release", () => {
        const version = specVersion();
        const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
        assert.equal(pkg.version, version);
        const release = /<release version="([^"]+)"/.exec(fs.readFileSync(path.join(ROOT, METAINFO), "utf8"));
        assert.equal(release?.[1], version);
    });
});

describe("AppStream metainfo", () => {
    it("passes appstreamcli validate", t => {
        if (!has("appstreamcli")) {
            t.skip("appstreamcli is not installed (Debian: appstream): metainfo not validated");
            return;
        }
        const result = spawnSync("appstreamcli", ["validate", "--no-net", METAINFO], { cwd: ROOT, encoding: "utf8" });
        assert.equal(result.status, 0, result.stdout + result.stderr);
    });
});

describe("RPM", () => {
    it("installs to /usr/share/cockpit/foundry, requires cockpit-bridge and recommends osbuild-composer", t => {
        if (!has("rpmbuild")) {
            t.skip("rpmbuild is not installed (Debian: rpm): RPM not built");
            return;
        }
        const output = make("rpm");
        const rpm = output.split("\n").map(l => l.trim()).find(l => l.startsWith("/") && l.endsWith(".noarch.rpm"));
        assert.ok(rpm, `make rpm printed the package it built:\n${output}`);
        const files = execFileSync("rpm", ["-qlp", rpm], { encoding: "utf8" });
        assert.match(files, /^\/usr\/share\/cockpit\/foundry\/manifest\.json$/m);
        assert.match(files, /^\/usr\/share\/cockpit\/foundry\/index\.js\.gz$/m);
        assert.match(files, /^\/usr\/share\/metainfo\/org\.cockpit_project\.foundry\.metainfo\.xml$/m);
        assert.match(execFileSync("rpm", ["-qpR", rpm], { encoding: "utf8" }), /^cockpit-bridge\b/m);
        assert.match(execFileSync("rpm", ["-qp", "--recommends", rpm], { encoding: "utf8" }), /^osbuild-composer\b/m);
        assert.match(execFileSync("rpm", ["-qp", "--qf", "%{ARCH}", rpm], { encoding: "utf8" }), /^noarch$/);
    });
});
