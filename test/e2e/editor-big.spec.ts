// The editor with big blueprints: long lists show one page at a time, a problem on another
// page is named with a link to it, and edits on any page reach composer with nothing lost.
import { expect, test } from "./fixtures";
import { blueprintState as info, pushBlueprint as push, type Json } from "./weldr-blueprints";

test("35 users show 10 at a time; a bad user on page 4 is linked, fixed there and saved as a draft", async ({ sim, gotoApp }) => {
    const users = Array.from({ length: 35 }, (_v, i) => ({ name: i === 30 ? "bad name!" : `user${i}`, uid: 2000 + i }));
    await push(sim, { name: "e2e-many-users", version: "1.0.0", customizations: { user: users } });
    try {
        const app = await gotoApp("/blueprint/e2e-many-users");
        const section = app.locator("#section-user");
        await expect(section.locator("#bp-customizations-user-0-name")).toHaveValue("user0");
        await expect(section.locator("#bp-customizations-user-9-name")).toHaveValue("user9");
        await expect(section.locator("#bp-customizations-user-10-name")).toHaveCount(0);
        await expect(section.getByText("1 row on another page has problems:")).toBeVisible();

        await section.getByRole("button", { name: "User bad name!" }).click();
        const bad = section.locator("#bp-customizations-user-30-name");
        await expect(bad).toBeFocused();
        await expect(section.locator("#bp-customizations-user-0-name")).toHaveCount(0);
        await bad.fill("fixed");
        await expect(section.getByText(/on another page has problems/)).toHaveCount(0);

        await expect.poll(async () => (await info(sim, "e2e-many-users")).changed, { timeout: 10_000 }).toBe(true);
        const saved = (await info(sim, "e2e-many-users")).blueprint.customizations as { user: Json[] };
        expect(saved.user).toHaveLength(35);
        expect(saved.user[30]).toEqual({ name: "fixed", uid: 2030 });
        expect(saved.user[34]).toEqual({ name: "user34", uid: 2034 });
    } finally {
        await sim.weldr("DELETE", "/api/v1/blueprints/delete/e2e-many-users");
    }
});

test("120 packages show a page at a time; the filter finds one, and its edit keeps the others", async ({ sim, gotoApp }) => {
    const packages = Array.from({ length: 120 }, (_v, i) => ({ name: `pkg-${String(i).padStart(4, "0")}`, version: "*" }));
    await push(sim, { name: "e2e-many-packages", version: "1.0.0", packages });
    try {
        const app = await gotoApp("/blueprint/e2e-many-packages");
        await app.getByRole("tab", { name: "Packages" }).click();
        const list = app.getByRole("grid", { name: "Packages of the blueprint" });
        await expect(list.locator("tr[data-package-entry]")).toHaveCount(50);
        await expect(list.locator('tr[data-package-entry="pkg-0107"]')).toHaveCount(0);

        await app.getByRole("textbox", { name: "Filter the packages of the blueprint" }).fill("PKG-0107");
        await expect(list.locator("tr[data-package-entry]")).toHaveCount(1);
        await list.getByRole("textbox", { name: "Version of pkg-0107" }).fill("1.2.*");

        await expect.poll(async () => (await info(sim, "e2e-many-packages")).changed, { timeout: 10_000 }).toBe(true);
        const saved = (await info(sim, "e2e-many-packages")).blueprint.packages as Json[];
        expect(saved).toHaveLength(120);
        expect(saved[107]).toEqual({ name: "pkg-0107", version: "1.2.*" });
        expect(saved[106]).toEqual({ name: "pkg-0106", version: "*" });
    } finally {
        await sim.weldr("DELETE", "/api/v1/blueprints/delete/e2e-many-packages");
    }
});
