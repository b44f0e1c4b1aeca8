import { describe } from "node:test";

import { runCases } from "./cases.test-helper.ts";


const CERT = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ0Vy\nZm9vYmFy\n-----END CERTIFICATE-----\n";

describe("openscap", () => runCases([
    ["a profile with datastream and tailoring passes", {
        openscap: { datastream: "/usr/share/xml/scap/ssg/content/ssg-fedora-ds.xml", profile_id: "xccdf_org.ssgproject.content_profile_standard", tailoring: { selected: ["a"], unselected: ["b"] } },
    }, []],
    ["json tailoring passes", { openscap: { profile_id: "p", json_tailoring: { profile_id: "p2", filepath: "/etc/tailoring.json" } } }, []],
    ["a missing profile_id", { openscap: { datastream: "/x.xml" } }, ["customizations.openscap.profile_id: required"]],
    ["a relative datastream", { openscap: { profile_id: "p", datastream: "ssg.xml" } }, ["customizations.openscap.datastream: absolute-path"]],
    ["json tailoring without filepath", { openscap: { profile_id: "p", json_tailoring: { profile_id: "p2" } } }, ["customizations.openscap.json_tailoring.filepath: required"]],
    ["tailoring selected as text", { openscap: { profile_id: "p", tailoring: { selected: "a" } } }, ["customizations.openscap.tailoring.selected: wrong-type"]],
]));

describe("cacerts", () => runCases([
    ["one and two PEM certificates pass", { cacerts: { pem_certs: [CERT, CERT + CERT] } }, []],
    ["text that is not PEM", { cacerts: { pem_certs: ["hello"] } }, ["customizations.cacerts.pem_certs[0]: pem"]],
    ["a PEM without its end", { cacerts: { pem_certs: ["-----BEGIN CERTIFICATE-----\nMIIB\n"] } }, ["customizations.cacerts.pem_certs[0]: pem"]],
    ["a PEM with text around it", { cacerts: { pem_certs: [CERT, `junk\n${CERT}`] } }, ["customizations.cacerts.pem_certs[1]: pem"]],
    ["a private key", { cacerts: { pem_certs: ["-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----"] } }, ["customizations.cacerts.pem_certs[0]: pem"]],
    ["a PEM with a broken body", { cacerts: { pem_certs: ["-----BEGIN CERTIFICATE-----\nMI IB!\n-----END CERTIFICATE-----"] } }, ["customizations.cacerts.pem_certs[0]: pem"]],
]));
