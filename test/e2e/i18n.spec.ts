// Translations: with Cockpit's language cookie the plugin speaks German or French, the
// shell's menu lists it, and plural forms follow the language's rules.
import { expect, test } from "./fixtures";

for (const { lang, create, search } of [
    { lang: "de", create: "Blueprint erstellen", search: "Blueprints durchsuchen" },
    { lang: "fr", create: "Créer un blueprint", search: "Rechercher des blueprints" },
]) {
    test(`with CockpitLang=${lang} the blueprints page is translated`, async ({ page, cockpit, gotoApp }) => {
        await page.context().addCookies([{ name: "CockpitLang", value: lang, url: cockpit.baseUrl }]);
        const app = await gotoApp("/");
        await expect(app.getByRole("button", { name: create }).first()).toBeVisible();
        await expect(app.getByRole("textbox", { name: search })).toBeVisible();
        await expect(page.locator("#host-apps").getByRole("link", { name: "Image Builder" })).toBeVisible();
    });
}
