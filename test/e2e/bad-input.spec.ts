// Bad input in the blueprint editor, one row per validated field: the bad value gives its
// message AT the field (the input is aria-invalid and names the message in aria-describedby),
// Save is refused and nothing composer would refuse reaches it (the stand-in records every
// request); once the value is fixed the message goes, Save works, and the user's other edit of
// the same session is saved with it. Verified through the socket.

import type { FrameLocator, Locator, Page } from "@playwright/test";
import { expect, test, type SimControl } from "./fixtures";
import { blueprintInfo as info, recordedRequests as recorded, type Json, type Recorded } from "./weldr-blueprints";

/** how long the editor waits after typing before it keeps the draft in composer's workspace (useBlueprintDraft.ts) */
const DRAFT_DELAY_MS = 1500;

const SEED: Json = {
    description: "seeded",
    version: "1.0.0",
    packages: [{ name: "tmux", version: "*" }],
    customizations: {
        hostname: "host1",
        kernel: { append: "quiet" },
        timezone: { timezone: "UTC" },
        locale: { languages: ["en_US.UTF-8"], keyboard: "us" },
        firewall: { ports: ["22:tcp"], services: { enabled: ["ssh"] } },
        services: { enabled: ["sshd"] },
        user: [{ name: "admin", uid: 1000, key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGJpZ2tleQ admin@host" }],
        group: [{ name: "staff2", gid: 2000 }],
        filesystem: [{ mountpoint: "/var", minsize: "2 GiB" }],
        files: [{ path: "/etc/motd", mode: "0644", data: "hi" }],
        directories: [{ path: "/srv/data", mode: "0755" }],
        repositories: [{ id: "extra", baseurls: ["https://example.com/repo"], filename: "extra.repo" }],
        fdo: { manufacturing_server_url: "https://fdo.example.com" },
        ignition: { firstboot: { url: "https://ign.example.com/config.ign" } },
    },
};

interface Row {
    what: string;
    /** the path of the field in the blueprint; its input is #bp-<path joined by "-"> */
    path: (string | number)[];
    bad: string;
    message: string | RegExp;
    fixed: string;
    /** what composer stores for the fixed text (numbers for number fields) */
    stored?: unknown;
    /** composer refuses a blueprint with this value on push: not even the draft may be sent */
    refused?: boolean;
}

const ROWS: Row[] = [
    { what: "a version that is not major.minor.patch", path: ["version"], bad: "1.0", message: "Use a version like 1.0.0 (major.minor.patch).", fixed: "1.1.0", refused: true },
    { what: "a version with a leading v", path: ["version"], bad: "v2.0.0", message: "Use a version like 1.0.0 (major.minor.patch).", fixed: "2.0.0", refused: true },
    { what: "a host name with an underscore and a bang", path: ["customizations", "hostname"], bad: "bad_host!", message: /^Not a valid host name/, fixed: "good-host" },
    { what: "a time zone with a space", path: ["customizations", "timezone", "timezone"], bad: "Europe Berlin", message: /^Not a time zone/, fixed: "Europe/Berlin" },
    { what: "a language that is no locale", path: ["customizations", "locale", "languages", 0], bad: "english please", message: /^Not a locale/, fixed: "de_DE.UTF-8" },
    { what: "a keyboard layout with a space", path: ["customizations", "locale", "keyboard"], bad: "us intl", message: /^A keyboard layout cannot contain spaces/, fixed: "us-intl" },
    { what: "a firewall port without a protocol", path: ["customizations", "firewall", "ports", 0], bad: "22", message: /^Use "port:protocol"/, fixed: "2222:tcp" },
    { what: "a firewall port above 65535", path: ["customizations", "firewall", "ports", 0], bad: "70000:tcp", message: /^Use "port:protocol"/, fixed: "7000:tcp" },
    { what: "a firewall service with a space", path: ["customizations", "firewall", "services", "enabled", 0], bad: "ssh server", message: /^Not a firewall service name/, fixed: "https" },
    { what: "a systemd service with a space", path: ["customizations", "services", "enabled", 0], bad: "my service", message: "A unit name cannot contain spaces or slashes.", fixed: "chronyd" },
    { what: "a user name starting with a dash", path: ["customizations", "user", 0, "name"], bad: "-admin", message: /^Not a valid user name/, fixed: "operator1" },
    { what: "a uid above 2^32-2", path: ["customizations", "user", 0, "uid"], bad: "4294967295", message: "Use a whole number from 0 to 4294967294.", fixed: "1001", stored: 1001 },
    { what: "a uid that is not a number", path: ["customizations", "user", 0, "uid"], bad: "abc", message: /^Use a whole number/, fixed: "1002", stored: 1002 },
    { what: "an ssh key that is no key line", path: ["customizations", "user", 0, "key"], bad: "not a key", message: /^Not an SSH public key line/, fixed: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG5ld2tleQ me@host" },
    { what: "a group name with a space", path: ["customizations", "group", 0, "name"], bad: "staff two", message: /^Not a valid group name/, fixed: "stafftwo" },
    { what: "a negative gid", path: ["customizations", "group", 0, "gid"], bad: "-5", message: /^Use a whole number/, fixed: "2001", stored: 2001 },
    { what: "a relative mount point", path: ["customizations", "filesystem", 0, "mountpoint"], bad: "var", message: 'Use an absolute path, starting with "/".', fixed: "/srv" },
    { what: "a mount point with ..", path: ["customizations", "filesystem", 0, "mountpoint"], bad: "/var/../etc", message: /^Use a clean path/, fixed: "/opt" },
    { what: "a system directory as mount point", path: ["customizations", "filesystem", 0, "mountpoint"], bad: "/proc", message: /cannot be a mount point/, fixed: "/home" },
    { what: "a size in an unknown unit", path: ["customizations", "filesystem", 0, "minsize"], bad: "2 gallons", message: /^Use a number of bytes or a number with a unit/, fixed: "3 GiB" },
    { what: "a file mode in letters", path: ["customizations", "files", 0, "mode"], bad: "rwxr-xr-x", message: 'Use an octal mode like "0644".', fixed: "0600" },
    { what: "a relative file path", path: ["customizations", "files", 0, "path"], bad: "etc/motd", message: 'Use an absolute path, starting with "/".', fixed: "/etc/issue" },
    { what: "a directory mode with the digit 9", path: ["customizations", "directories", 0, "mode"], bad: "999", message: 'Use an octal mode like "0644".', fixed: "0750" },
    { what: "a repository URL without a scheme", path: ["customizations", "repositories", 0, "baseurls", 0], bad: "example.com/repo", message: /^Not a valid URL/, fixed: "https://mirror.example.com/repo" },
    { what: "a repository file name without .repo", path: ["customizations", "repositories", 0, "filename"], bad: "extra.txt", message: /^Use a file name ending in ".repo"/, fixed: "more.repo" },
    { what: "an FDO server URL on ftp", path: ["customizations", "fdo", "manufacturing_server_url"], bad: "ftp://fdo.example.com", message: /^Not a valid URL/, fixed: "https://fdo2.example.com" },
    { what: "an ignition URL that is no URL", path: ["customizations", "ignition", "firstboot", "url"], bad: "not a url", message: /^Not a valid URL/, fixed: "https://ign.example.com/other.ign" },
];

function fieldSelector(path: (string | number)[]): string {
    return "#" + ["bp", ...path.map(key => String(key).replace(/[^A-Za-z0-9_]+/g, "_"))].join("-");
}

/** the blueprint pushes (save or workspace draft) the stand-in received for this blueprint */
function pushesOf(sim: SimControl, name: string, since: number): Recorded[] {
    return recorded(sim).slice(since).filter(r => r.method === "POST" && /\/blueprints\/(new|workspace)$/.test(r.path) && r.body.includes(`"${name}"`));
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
    return path.reduce<unknown>((v, key) => (v as Record<string | number, unknown> | undefined)?.[key], value);
}

/** The message is the field's own: the input is invalid and its aria-describedby holds the message */
async function expectMessageAt(app: FrameLocator, field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    const describedBy = await field.getAttribute("aria-describedby");
    expect(describedBy, "the field names its message").toBeTruthy();
    const helper = app.locator(`[id="${describedBy}"]`);
    await expect(helper.getByText(message)).toBeVisible();
}

async function expectNoMessageAt(field: Locator, message: string | RegExp, app: FrameLocator): Promise<void> {
    await expect(field).not.toHaveAttribute("aria-invalid", "true");
    const describedBy = await field.getAttribute("aria-describedby");
    if (describedBy)
        await expect(app.locator(`[id="${describedBy}"]`).getByText(message)).toHaveCount(0);
}

async function waitLongerThanTheDraftDelay(page: Page): Promise<void> {
    // nothing visible happens when a draft is (rightly) not sent: only waiting can show it was not
    await page.waitForTimeout(DRAFT_DELAY_MS + 1000);
}

ROWS.forEach((row, index) => {
    test(`editor: ${row.what} is shown at the field and never saved; fixed, it saves with the other edits`, async ({ page, sim, gotoApp }) => {
        const name = `e2e-bad-input-${index}`;
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        const seeded = await sim.weldr("POST", "/api/v1/blueprints/new", { body: { name, ...SEED } });
        expect(seeded.status, seeded.body).toBe(200);
        const since = recorded(sim).length;
        try {
            const app = await gotoApp(`/blueprint/${name}`);
            const description = app.locator("#bp-description");
            const field = app.locator(fieldSelector(row.path));
            await description.fill(`other edit ${index}`);
            await field.fill(row.bad);

            await expectMessageAt(app, field, row.message);
            await expect(app.getByRole("button", { name: "Save", exact: true })).toBeDisabled();
            if (row.refused) {
                await waitLongerThanTheDraftDelay(page);
                expect(pushesOf(sim, name, since).filter(r => r.body.includes(row.bad)), "a blueprint composer refuses was sent").toEqual([]);
            }
            expect(pushesOf(sim, name, since).filter(r => r.path.endsWith("/new")), "nothing was saved").toEqual([]);

            await field.fill(row.fixed);
            await expectNoMessageAt(field, row.message, app);
            await expect(description).toHaveValue(`other edit ${index}`);
            await app.getByRole("button", { name: "Save", exact: true }).click();
            await expect(app.getByText(/Saved as version/)).toBeVisible();

            const saved = await info(sim, name);
            expect(valueAt(saved, row.path)).toEqual(row.stored ?? row.fixed);
            expect(saved.description).toBe(`other edit ${index}`);
        } finally {
            await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        }
    });
});

// ---- create-blueprint dialog: the name is checked as it is typed --------------------------

interface NameRow { what: string; bad: (existing: string) => string; message: string }

const NAME_ROWS: NameRow[] = [
    { what: "a name with a slash", bad: () => "web/server", message: "Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed." },
    { what: "a name with a space", bad: () => "web server", message: "Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed." },
    { what: "the name of a blueprint that exists", bad: existing => existing, message: "A blueprint with this name exists already." },
    { what: "a name of 201 characters", bad: () => "n".repeat(201), message: "The name is too long (at most 200 characters)." },
    { what: "a name typed and erased", bad: () => "", message: "A name is required." },
];

NAME_ROWS.forEach((row, index) => {
    test(`create blueprint: ${row.what} is refused at the name; fixed, the blueprint is created with its description`, async ({ sim, gotoApp }) => {
        const name = `e2e-bad-name-${index}`;
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        const existing = ((await sim.weldr("GET", "/api/v1/blueprints/list")).json() as { blueprints: string[] }).blueprints[0];
        const since = recorded(sim).length;
        try {
            const app = await gotoApp("/");
            await app.getByRole("button", { name: "Create blueprint" }).first().click();
            const dialog = app.getByRole("dialog", { name: "Create blueprint" });
            const field = dialog.locator("#create-blueprint-name");
            await dialog.locator("#create-blueprint-description").fill(`described ${index}`);
            await field.fill("x");
            await field.fill(row.bad(existing));
            await expectMessageAt(app, field, row.message);
            await expect(dialog.getByRole("button", { name: "Create" })).toBeDisabled();
            await field.press("Enter");
            await expect(dialog).toBeVisible();
            expect(recorded(sim).slice(since).filter(r => r.method === "POST" && r.path.endsWith("/blueprints/new"))).toEqual([]);

            await field.fill(name);
            await expectNoMessageAt(field, row.message, app);
            await dialog.getByRole("button", { name: "Create" }).click();
            await expect(app.getByRole("heading", { name: new RegExp(`^${name}`), level: 1 })).toBeVisible();
            expect((await info(sim, name)).description).toBe(`described ${index}`);
        } finally {
            await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        }
    });
});

// ---- sources: every field is checked before projects/source/new --------------------------

interface SourceRow {
    what: string;
    field: "id" | "name" | "url" | "gpgkeys";
    bad: (ids: { system: string; custom: string }) => string;
    message: string;
}

const SOURCE_ROWS: SourceRow[] = [
    { what: "an ID with a space", field: "id", bad: () => "my repo", message: "Only letters, digits, dots, dashes and underscores (a-z A-Z 0-9 . - _) are allowed." },
    { what: "the ID of a system source", field: "id", bad: ids => ids.system, message: "This ID belongs to a system source." },
    { what: "the ID of another custom source", field: "id", bad: ids => ids.custom, message: "A source with this ID exists already." },
    { what: "a name of spaces only", field: "name", bad: () => "   ", message: "This field is required." },
    { what: "a URL on gopher", field: "url", bad: () => "gopher://example.com/repo", message: "The URL must start with http://, https://, ftp:// or file://." },
    { what: "a URL that is no URL", field: "url", bad: () => "not a url", message: "This is not a URL." },
    { what: "a GPG key that is neither a URL nor a key block", field: "gpgkeys", bad: () => "just some words", message: "Each key must be a URL or an armored key block (-----BEGIN PGP PUBLIC KEY BLOCK-----)." },
];

const GOOD_SOURCE = { name: "Bad input repository", url: "https://example.com/bad-input/repo/", gpgkeys: "https://example.com/bad-input/key.gpg" };

SOURCE_ROWS.forEach((row, index) => {
    test(`sources: ${row.what} is refused at the field and not sent; fixed, the source is added with the other fields`, async ({ sim, gotoApp }) => {
        const id = `e2e-bad-source-${index}`;
        await sim.weldr("DELETE", `/api/v1/projects/source/delete/${id}`);
        const infoAll = (await sim.weldr("GET", "/api/v1/projects/source/info/*")).json() as { sources: Record<string, { system: boolean }> };
        const entries = Object.entries(infoAll.sources);
        const ids = { system: entries.find(([, s]) => s.system)?.[0] ?? "", custom: entries.find(([, s]) => !s.system)?.[0] ?? "" };
        expect(ids.system && ids.custom, "the demo seed has system and custom sources").toBeTruthy();
        const since = recorded(sim).length;
        try {
            const app = await gotoApp("/sources");
            await app.getByRole("button", { name: "Add source" }).click();
            const dialog = app.getByRole("dialog", { name: "Add source" });
            const good: Record<SourceRow["field"], string> = { id, ...GOOD_SOURCE };
            for (const field of ["id", "name", "url", "gpgkeys"] as const)
                await dialog.locator(`#source-${field}`).fill(field === row.field ? row.bad(ids) : good[field]);
            await dialog.getByRole("button", { name: "Add" }).click();

            const field = dialog.locator(`#source-${row.field}`);
            await expectMessageAt(app, field, row.message);
            await expect(dialog).toBeVisible();
            expect(recorded(sim).slice(since).filter(r => r.method === "POST" && r.path.endsWith("/projects/source/new"))).toEqual([]);

            await field.fill(good[row.field]);
            await expectNoMessageAt(field, row.message, app);
            await dialog.getByRole("button", { name: "Add" }).click();
            await expect(dialog).toBeHidden();
            const saved = ((await sim.weldr("GET", `/api/v1/projects/source/info/${id}`)).json() as { sources: Record<string, Json> }).sources[id];
            expect(saved).toMatchObject({ id, name: GOOD_SOURCE.name, url: GOOD_SOURCE.url, gpgkeys: [GOOD_SOURCE.gpgkeys] });
        } finally {
            await sim.weldr("DELETE", `/api/v1/projects/source/delete/${id}`);
        }
    });
});

// ---- settings: Koji web addresses --------------------------------------------------------

test("settings: a Koji web URL with a query is refused at its field; Save waits for a good one", async ({ gotoApp }) => {
    const app = await gotoApp("/settings");
    const field = app.locator("#koji-default-web");
    const save = app.locator("#koji-settings").getByRole("button", { name: "Save" });
    await field.fill("https://koji.example.com/koji?x=1");
    await expectMessageAt(app, field, "Give an http(s) address without a query or fragment.");
    await expect(save).toBeDisabled();
    await field.fill("https://koji.example.com/koji");
    await expectNoMessageAt(field, "Give an http(s) address without a query or fragment.", app);
    await expect(save).toBeEnabled();
});

test("settings: a Koji instance whose web URL is not http(s) is marked on its row, and a hub listed twice on the second", async ({ gotoApp }) => {
    const app = await gotoApp("/settings");
    const card = app.locator("#koji-settings");
    const save = card.getByRole("button", { name: "Save" });
    const rowsBefore = await card.getByRole("textbox", { name: /^Hub URL \d+$/ }).count();
    await card.getByRole("button", { name: "Add a Koji instance" }).click();
    await card.getByRole("button", { name: "Add a Koji instance" }).click();
    const n = rowsBefore + 1;
    const hub1 = card.getByRole("textbox", { name: `Hub URL ${n}`, exact: true });
    const web1 = card.getByRole("textbox", { name: `Web URL ${n}`, exact: true });
    const hub2 = card.getByRole("textbox", { name: `Hub URL ${n + 1}`, exact: true });
    const web2 = card.getByRole("textbox", { name: `Web URL ${n + 1}`, exact: true });
    await hub1.fill("https://brewhub.example.com/brewhub");
    await web1.fill("javascript:alert(1)");
    await expectMessageAt(app, web1, "Use an http(s) address without a query or fragment.");
    await expect(hub1).not.toHaveAttribute("aria-invalid", "true");
    await expect(save).toBeDisabled();
    await web1.fill("https://brewweb.example.com/brew");
    await hub2.fill("https://brewhub.example.com/brewhub");
    await web2.fill("https://other.example.com/brew");
    await expectMessageAt(app, hub2, "This hub is listed twice.");
    await expect(hub1).not.toHaveAttribute("aria-invalid", "true");
    await expect(save).toBeDisabled();
    await hub2.fill("https://otherhub.example.com/kojihub");
    await expectNoMessageAt(hub2, "This hub is listed twice.", app);
    await expect(save).toBeEnabled();
});

// ---- the TOML panel: line and column at the text, the text kept --------------------------

interface TomlRow { what: string; broken: (good: string) => string; message: RegExp; detail: string }

const TOML_ROWS: TomlRow[] = [
    { what: "an unterminated string", broken: good => good.replace('description = "toml"', 'description = "toml'), message: /TOML error at line \d+, column \d+$/, detail: "control characters are not allowed in strings" },
    { what: "a key without a value", broken: good => `${good}\nhostname =\n`, message: /TOML error at line \d+, column 11$/, detail: "invalid value" },
    { what: "a version that is a number", broken: good => good.replace('version = "1.0.0"', "version = 3"), message: /TOML error at line \d+, column 1$/, detail: "version must be a string" },
    { what: "packages that are text", broken: good => `packages = "tmux"\n${good.replace(/\[\[packages\]\][^[]*/s, "")}`, message: /TOML error at line 1, column 1$/, detail: "packages must be a list of tables" },
];

TOML_ROWS.forEach((row, index) => {
    test(`TOML panel: ${row.what} shows line and column at the text, which is kept; fixed, it saves`, async ({ sim, gotoApp }) => {
        const name = `e2e-bad-toml-${index}`;
        await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        const seeded = await sim.weldr("POST", "/api/v1/blueprints/new", { body: { name, description: "toml", version: "1.0.0", packages: [{ name: "tmux", version: "*" }] } });
        expect(seeded.status, seeded.body).toBe(200);
        const since = recorded(sim).length;
        try {
            const app = await gotoApp(`/blueprint/${name}`);
            await app.getByRole("tab", { name: "TOML" }).click();
            const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
            await expect(toml).toHaveValue(/description = "toml"/);
            const good = await toml.inputValue();
            const broken = row.broken(good);
            await toml.fill(broken);
            await expectMessageAt(app, toml, row.message);
            await expectMessageAt(app, toml, row.detail);
            await expect(toml).toHaveValue(broken);
            expect(pushesOf(sim, name, since), "nothing was sent").toEqual([]);

            await toml.fill(good.replace('description = "toml"', 'description = "fixed in TOML"'));
            await expect(toml).not.toHaveAttribute("aria-invalid", "true");
            await app.getByRole("button", { name: "Save", exact: true }).click();
            await expect(app.getByText(/Saved as version/)).toBeVisible();
            expect((await info(sim, name)).description).toBe("fixed in TOML");
        } finally {
            await sim.weldr("DELETE", `/api/v1/blueprints/delete/${name}`);
        }
    });
});

// ---- inspector: a pasted status that cannot be read (nothing is sent: it is read in the page) --

const INSPECT_ROWS: { what: string; text: string; message: string | RegExp }[] = [
    { what: "JSON with a stray bracket", text: '{"status": "success",\n  "image_statuses": [}', message: /line 2, column 22/ },
    { what: "a status of the wrong type", text: '{"status": "success", "image_statuses": [{"status": 3}]}', message: "$.image_statuses[0].status should be a string, not integer." },
    { what: "JSON that is neither kind of status", text: '{"hello": 1}', message: /neither a koji-osbuild compose-status.json/ },
];

INSPECT_ROWS.forEach(row => {
    test(`inspect: ${row.what} is described at the pasted text, which is kept`, async ({ gotoApp }) => {
        const app = await gotoApp("/inspect");
        const text = app.locator("textarea#inspect-file");
        await text.fill(row.text);
        await app.getByRole("button", { name: "Inspect", exact: true }).click();
        await expectMessageAt(app, text, row.message);
        await expect(text).toHaveValue(row.text);
        await expect(app.locator(".foundry-inspected")).toHaveCount(0);
    });
});
