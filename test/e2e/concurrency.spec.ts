// Two people edit the same blueprint in two browsers (two contexts, each its own Cockpit
// session): the first save wins, the second gets the conflict view and loses nothing; a
// blueprint deleted while someone edits it keeps their edits too. Verified through the socket.
import type { Browser, FrameLocator, Page } from "@playwright/test";

import { expect, test, PACKAGE, type CockpitInfo } from "./fixtures";
import { blueprintInfo as info, pushBlueprint as push, removeBlueprint as remove, type Json } from "./weldr-blueprints";

/**
 * The second person: a page in a context of its own. The fixtures watch only the first page,
 * so this one collects its own uncaught errors, console errors and CSP violations.
 */
async function secondBrowser(browser: Browser, cockpit: CockpitInfo, appPath: string): Promise<{ page: Page; app: FrameLocator; problems: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", err => problems.push(`uncaught: ${err.message}`));
    page.on("console", msg => {
        if (msg.type() === "error" && msg.location().url.includes(`/${PACKAGE}/`)) problems.push(`console: ${msg.text()}`);
    });
    await page.goto(`${cockpit.baseUrl}/${PACKAGE}#${appPath}`);
    return { page, app: page.frameLocator(`iframe[name="cockpit1:localhost/${PACKAGE}"]`), problems };
}

/** In the TOML tab: adds the package vim-enhanced and sets the host name; returns the TOML box. */
async function addHostAndPackage(app: FrameLocator, hostname: string) {
    await app.getByRole("tab", { name: "TOML" }).click();
    const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
    await expect(toml).toHaveValue(/name = "tmux"/);
    const before = await toml.inputValue();
    expect(before).not.toContain("[customizations]");
    await toml.fill(`${before}\n[[packages]]\nname = "vim-enhanced"\n\n[customizations]\nhostname = "${hostname}"\n`);
    await expect(app.getByText(/TOML error/)).toHaveCount(0);
    return toml;
}

const heading = (app: FrameLocator, name: string) => app.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 });

test("two people edit one blueprint: the second save shows both versions and keeps all their edits", async ({ sim, gotoApp, browser, cockpit }) => {
    const name = "e2e-two-editors";
    await push(sim, { name, description: "original", version: "1.0.0", packages: [{ name: "tmux" }] });
    const second = await secondBrowser(browser, cockpit, `/blueprint/${name}`);
    try {
        const first = await gotoApp(`/blueprint/${name}`);
        await expect(heading(first, name)).toBeVisible();
        await expect(heading(second.app, name)).toBeVisible();

        // both change different fields: the first the description, the second a package and the host name
        await first.locator("#bp-description").fill("described by the first");
        const secondToml = await addHostAndPackage(second.app, "second-host");

        await first.getByRole("button", { name: "Save", exact: true }).click();
        await expect(first.getByText(/Saved as version/)).toBeVisible();
        expect(await info(sim, name)).toMatchObject({ description: "described by the first", version: "1.0.1" });

        await second.app.getByRole("button", { name: "Save", exact: true }).click();
        const dialog = second.app.getByRole("dialog", { name: `${name} was changed elsewhere` });
        await expect(dialog.getByLabel("Your version")).toContainText('hostname = "second-host"');
        await expect(dialog.getByLabel("Your version")).toContainText("vim-enhanced");
        await expect(dialog.getByLabel("Version on the server")).toContainText('description = "described by the first"');
        // nothing was written by the refused save
        expect(await info(sim, name)).toMatchObject({ description: "described by the first", version: "1.0.1" });

        // cancelling the dialog keeps the edits on screen
        await dialog.getByRole("button", { name: "Cancel" }).click();
        await expect(dialog).toHaveCount(0);
        await expect(secondToml).toHaveValue(/hostname = "second-host"/);
        await expect(secondToml).toHaveValue(/vim-enhanced/);

        // saving again asks again; copying the edits over keeps every one of them
        await second.app.getByRole("button", { name: "Save", exact: true }).click();
        await dialog.getByRole("button", { name: "Copy my changes onto theirs" }).click();
        await expect(secondToml).toHaveValue(/hostname = "second-host"/);
        await expect(secondToml).toHaveValue(/description = "described by the first"/);
        await second.app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(second.app.getByText(/Saved as version/)).toBeVisible();

        const saved = await info(sim, name);
        expect(saved).toMatchObject({ description: "described by the first", version: "1.0.2", customizations: { hostname: "second-host" } });
        expect((saved?.packages as Json[]).map(p => p.name)).toEqual(["tmux", "vim-enhanced"]);

        // the first person, saving nothing new, now finds the second person's version
        await gotoApp(`/blueprint/${name}`);
        await first.getByRole("tab", { name: "TOML" }).click();
        await expect(first.getByRole("textbox", { name: "Blueprint as TOML" })).toHaveValue(/hostname = "second-host"/);
        expect(second.problems).toEqual([]);
    } finally {
        await second.page.context().close();
        await remove(sim, name);
    }
});

test("a blueprint deleted while someone edits it keeps their edits, and saving makes it again", async ({ sim, gotoApp, browser, cockpit }) => {
    const name = "e2e-deleted-meanwhile";
    await push(sim, { name, description: "original", version: "1.0.0", packages: [{ name: "tmux" }] });
    const second = await secondBrowser(browser, cockpit, `/blueprint/${name}`);
    try {
        await expect(heading(second.app, name)).toBeVisible();
        await second.app.locator("#bp-description").fill("kept after the delete");
        await addHostAndPackage(second.app, "survivor");
        await second.app.getByRole("tab", { name: "Customizations" }).click();
        // the second person's draft is in composer's workspace before the delete (a draft pushed
        // after it would make the blueprint again, as composer does)
        await expect.poll(() => info(sim, name)).toMatchObject({ description: "kept after the delete", customizations: { hostname: "survivor" } });

        // the first person deletes it from the list
        const first = await gotoApp(`/blueprint/${name}`);
        await first.getByRole("button", { name: "Delete", exact: true }).click();
        const confirm = first.getByRole("dialog");
        await confirm.getByRole("button", { name: /^Delete/ }).click();
        await expect.poll(() => info(sim, name)).toBeUndefined();

        await second.app.getByRole("button", { name: "Save", exact: true }).click();
        // told what happened, with the edits still there
        await expect(second.app.getByText(/deleted/i).first()).toBeVisible();
        await expect(second.app.locator("#bp-description")).toHaveValue("kept after the delete");
        await second.app.getByRole("tab", { name: "TOML" }).click();
        await expect(second.app.getByRole("textbox", { name: "Blueprint as TOML" })).toHaveValue(/hostname = "survivor"/);
        expect(await info(sim, name)).toBeUndefined();

        await second.app.getByRole("button", { name: "Save again as a new blueprint" }).click();
        await expect(second.app.getByText(/Saved as version/)).toBeVisible();
        expect(await info(sim, name)).toMatchObject({ description: "kept after the delete", customizations: { hostname: "survivor" } });
        expect(second.problems).toEqual([]);
    } finally {
        await second.page.context().close();
        await remove(sim, name);
    }
});
