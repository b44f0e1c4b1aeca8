import assert from "node:assert/strict";
import { describe, it } from "node:test";

import { groupNames, keyLines, moveLegacyKeysToUser, passwordKind, renameUser, userNames, usersWithLegacyKeys } from "./users.ts";

const A = "ssh-ed25519 AAAAa a@x";
const B = "ssh-rsa AAAAb b@x";
const C = "ssh-ed25519 AAAAc c@x";

describe("users with their legacy ssh keys", () => {
    it("shows each user with their own key and the legacy keys of the same name, then names only legacy keys mention", () => {
        const view = usersWithLegacyKeys({
            user: [{ name: "admin", key: `${A}\n` }, { name: "bob" }],
            sshkey: [{ user: "root", key: B }, { user: "admin", key: C }, { user: "root", key: A }, { bogus: true }],
        });
        assert.deepEqual(view, [
            { name: "admin", userIndex: 0, keys: [A, C], legacyKeys: [{ index: 1, key: C }] },
            { name: "bob", userIndex: 1, keys: [], legacyKeys: [] },
            { name: "root", userIndex: null, keys: [B, A], legacyKeys: [{ index: 0, key: B }, { index: 2, key: A }] },
        ]);
        assert.deepEqual(usersWithLegacyKeys(undefined), []);
    });

    it("moves a user's legacy keys into their key, keeping the other entries and fields", () => {
        const before = {
            hostname: "h",
            user: [{ name: "admin", key: A, uid: 5, "future": 1 }],
            sshkey: [{ user: "admin", key: B }, { user: "root", key: C }, { user: "admin", key: C }],
        };
        const after = moveLegacyKeysToUser(before, "admin");
        assert.deepEqual(after, { hostname: "h", user: [{ name: "admin", key: `${A}\n${B}\n${C}`, uid: 5, future: 1 }], sshkey: [{ user: "root", key: C }] });
        assert.deepEqual(before.sshkey.length, 3, "the original is not changed");
        assert.deepEqual(usersWithLegacyKeys(after)[0].keys, usersWithLegacyKeys(before)[0].keys, "composer installs the same keys");
    });

    it("adds the user when only legacy keys named them, and removes the emptied sshkey list", () => {
        assert.deepEqual(moveLegacyKeysToUser({ sshkey: [{ user: "root", key: B }] }, "root"), { user: [{ name: "root", key: B }] });
    });

    it("leaves an entry with fields it does not know where it is", () => {
        const c = { sshkey: [{ user: "root", key: B, "future": true }] };
        assert.equal(moveLegacyKeysToUser(c, "root"), c);
        const odd = { user: [{ name: "root", key: ["not", "text"] }], sshkey: [{ user: "root", key: B }] };
        assert.equal(moveLegacyKeysToUser(odd, "root"), odd);
    });

    it("renames a user in both lists", () => {
        assert.deepEqual(renameUser({ user: [{ name: "a", uid: 1 }, { name: "b" }], sshkey: [{ user: "a", key: A }], fips: true }, "a", "z"), {
            user: [{ name: "z", uid: 1 }, { name: "b" }], sshkey: [{ user: "z", key: A }], fips: true,
        });
    });

    it("splits key text into key lines", () => {
        assert.deepEqual(keyLines(`${A}\n\n  ${B}  \n`), [A, B]);
        assert.deepEqual(keyLines(undefined), []);
    });
});

describe("passwords and names", () => {
    it("tells a crypt hash from plain text", () => {
        assert.equal(passwordKind("$6$CHO2$3rN8e"), "hashed");
        assert.equal(passwordKind("$2b$10$abc"), "hashed");
        assert.equal(passwordKind("$y$j9T$abc"), "hashed");
        assert.equal(passwordKind("secret"), "plain");
        assert.equal(passwordKind("$7$x"), "plain");
        assert.equal(passwordKind(""), "none");
        assert.equal(passwordKind(undefined), "none");
    });

    it("lists the blueprint's user and group names", () => {
        const c = { user: [{ name: "a", groups: ["wheel", "widget"] }, { name: "" }, { uid: 1 }], group: [{ name: "widget" }, { name: "other" }] };
        assert.deepEqual(userNames(c), ["a"]);
        assert.deepEqual(groupNames(c), ["widget", "other", "wheel"]);
    });
});
