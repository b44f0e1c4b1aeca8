// Secrets stay secret: cloud keys and passwords typed into the plugin reach composer and nothing
// else. After the submit, a unique marker in each secret is absent from localStorage and
// sessionStorage (plugin frame and shell), from every URL the page loaded or navigated to, from
// all console output, and from the Redux state. The Redux state is read the way the Redux DevTools
// extension reads it: through window.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__, which Redux Toolkit's
// configureStore calls when it is defined; nothing in the plugin is there for tests.
import { randomBytes } from "node:crypto";
import fs from "node:fs";

import type { FrameLocator, Page } from "@playwright/test";

import { chooseType, field, openDialog, radio, recorded, removeBlueprint, withBlueprint } from "./create-image-helpers";
import { fault, resetFaults } from "./faults-knobs";
import { expect, pluginFrame, test, type SimControl } from "./fixtures";
import { WORKER_CONFIG, WORKER_DIR, withWorkerConfig } from "./worker-config";

/** Installed before any page script: keeps every Redux store the page creates, read-only use. */
function captureReduxStores(): void {
    const w = window as unknown as Record<string, unknown>;
    const stores: { getState(): unknown }[] = [];
    w.__foundryTestStores = stores;
    type Enhancer = (next: (...args: unknown[]) => { getState(): unknown }) => (...args: unknown[]) => { getState(): unknown };
    w.__REDUX_DEVTOOLS_EXTENSION_COMPOSE__ = (...args: unknown[]) => {
        const compose = (...enhancers: Enhancer[]) => (create: (...a: unknown[]) => { getState(): unknown }) => (...createArgs: unknown[]) => {
            const store = enhancers.reduceRight((next, enhancer) => enhancer(next), create)(...createArgs);
            stores.push(store);
            return store;
        };
        // called with options first (configureStore does), then with the enhancers
        return typeof args[0] === "object" ? compose : compose(...(args as Enhancer[]));
    };
}

interface Traces {
    urls: string[];
    console: string[];
}

/** Every URL the page requested or any of its frames navigated to, and all console output. */
function watch(page: Page): Traces {
    const traces: Traces = { urls: [], console: [] };
    page.on("framenavigated", frame => traces.urls.push(frame.url()));
    page.on("request", request => traces.urls.push(request.url()));
    page.on("console", msg => traces.console.push(`${msg.type()}: ${msg.text()}`));
    page.on("pageerror", err => traces.console.push(`uncaught: ${err.stack ?? err.message}`));
    return traces;
}

/** Where a secret must never be, each place with what it holds now. */
async function placesToSearch(page: Page, traces: Traces): Promise<Record<string, string>> {
    const plugin = await pluginFrame(page);
    const storage = () => {
        const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_v, i) => s.key(i) ?? "").map(k => [k, s.getItem(k)]));
        return JSON.stringify({ local: dump(window.localStorage), session: dump(window.sessionStorage), url: window.location.href });
    };
    const redux = await plugin.evaluate(() => {
        const stores = (window as unknown as { __foundryTestStores?: { getState(): unknown }[] }).__foundryTestStores ?? [];
        return stores.map(store => JSON.stringify(store.getState()));
    });
    // the capture must have worked, else the Redux check below would pass on nothing
    expect(redux.length, "the plugin's Redux store was not captured").toBeGreaterThan(0);
    expect(redux.join("")).toContain('"weldr"');
    return {
        "plugin frame storage": await plugin.evaluate(storage),
        "shell storage": await page.mainFrame().evaluate(storage),
        "URLs": [...traces.urls, page.url(), ...page.frames().map(f => f.url())].join("\n"),
        "console output": traces.console.join("\n"),
        "Redux state": redux.join("\n"),
    };
}

async function expectNowhere(page: Page, traces: Traces, secrets: string[]): Promise<void> {
    const places = await placesToSearch(page, traces);
    for (const [place, text] of Object.entries(places)) {
        for (const secret of secrets)
            expect(text.includes(secret), `the secret ${secret} is in the ${place}`).toBe(false);
    }
}

const marker = (what: string) => `SECRET-${what}-${randomBytes(6).toString("hex")}`;

interface SecretCase {
    target: string;
    imageType: string;
    fill: Record<string, string>;
    /** the secret values typed in, as the user typed them */
    secrets: string[];
    /** how composer receives them, when not as typed (GCP credentials: base64) */
    sent?: string[];
}

function secretCases(): SecretCase[] {
    const aws = marker("aws");
    const token = marker("aws-token");
    const azure = marker("azure");
    const gcp = JSON.stringify({ type: "service_account", project_id: "demo", private_key: `-----BEGIN PRIVATE KEY-----\n${marker("gcp")}\n-----END PRIVATE KEY-----\n`, client_email: "a@demo.iam.gserviceaccount.com" });
    const vmware = marker("vmware");
    const oci = `-----BEGIN PRIVATE KEY-----\n${marker("oci")}\n-----END PRIVATE KEY-----\n`;
    const registry = marker("registry");
    const s3 = marker("generic-s3");
    const s3Token = marker("generic-s3-token");
    return [
        { target: "weldr:aws", imageType: "generic-ami", secrets: [aws, token],
            fill: { image_name: "ami", region: "eu-central-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: aws, sessionToken: token, bucket: "my-bucket" } },
        { target: "weldr:azure", imageType: "generic-vhd", secrets: [azure],
            fill: { image_name: "disk.vhd", storageAccount: "mystorage", storageAccessKey: azure, container: "images" } },
        { target: "weldr:gcp", imageType: "cloud-gce", secrets: [gcp, JSON.parse(gcp).private_key as string], sent: [Buffer.from(gcp).toString("base64")],
            fill: { image_name: "img", region: "europe-west3", bucket: "my-gcs-bucket", object: "disk.tar.gz", credentials: gcp } },
        { target: "weldr:vmware", imageType: "generic-vmdk", secrets: [vmware],
            fill: { image_name: "vm1", host: "vcenter.example.com", username: "admin", password: vmware, datacenter: "dc1", cluster: "c1", datastore: "ds1", folder: "f1" } },
        { target: "weldr:oci", imageType: "generic-oci", secrets: [oci],
            fill: { image_name: "oci-img", tenancy: "ocid1.tenancy.oc1..aaaabbbb", region: "eu-frankfurt-1", user: "ocid1.user.oc1..aaaacccc", bucket: "b", namespace: "ns",
                fingerprint: "12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0", compartment: "ocid1.compartment.oc1..aaaadddd", private_key: oci } },
        { target: "weldr:generic.s3", imageType: "generic-qcow2", secrets: [s3, s3Token],
            fill: { region: "us-east-1", accessKeyID: "minio-e2e", secretAccessKey: s3, sessionToken: s3Token, bucket: "images", endpoint: "https://minio.example.com:9000" } },
        { target: "weldr:container", imageType: "generic-container", secrets: [registry],
            fill: { image_name: "registry.example.com/org/image:v1", username: "robot", password: registry } },
    ];
}

/** The request composer received holds the secret: it was typed in and sent, so its absence elsewhere means something. */
function expectComposerGot(sim: SimControl, values: string[]): void {
    const bodies = recorded(sim).filter(r => r.method === "POST").map(r => r.body).join("\n");
    for (const value of values)
        expect(bodies.includes(JSON.stringify(value).slice(1, -1)), `composer never received ${value.slice(0, 40)}`).toBe(true);
}

test.describe("cloud credentials typed into the create-image dialog", () => {
    for (const c of secretCases()) {
        test(`${c.target}: the secrets reach composer and are nowhere in the page after submit`, async ({ page, sim, gotoApp }) => {
            await page.addInitScript(captureReduxStores);
            const traces = watch(page);
            const name = `e2e-secret-${c.target.replace(/\W/g, "-")}`;
            await withBlueprint(sim, name);
            try {
                const app: FrameLocator = await openDialog(gotoApp, name);
                await chooseType(app, c.imageType);
                await app.locator(radio(c.target)).check();
                for (const [key, value] of Object.entries(c.fill))
                    await app.locator(field(key)).fill(value);
                await app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" }).click();
                await expect(app.getByRole("dialog")).toHaveCount(0);
                await expect(app.getByRole("button", { name: "Show the image" })).toBeVisible();

                expectComposerGot(sim, c.sent ?? c.secrets);
                await expectNowhere(page, traces, [...c.secrets, ...(c.sent ?? [])]);
                // nor after visiting the image the compose made
                await app.getByRole("button", { name: "Show the image" }).click();
                await expect(app.getByRole("list", { name: "Status timeline" })).toBeVisible();
                await expectNowhere(page, traces, [...c.secrets, ...(c.sent ?? [])]);
            } finally {
                await removeBlueprint(sim, name);
            }
        });
    }
});

test("a user password typed into the blueprint editor reaches composer only, which keeps its hash", async ({ page, sim, gotoApp }) => {
    await page.addInitScript(captureReduxStores);
    const traces = watch(page);
    const name = "e2e-secret-password";
    const password = marker("password");
    await withBlueprint(sim, name);
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        await app.getByRole("tab", { name: "TOML" }).click();
        const toml = app.getByRole("textbox", { name: "Blueprint as TOML" });
        await expect(toml).toHaveValue(/name = "e2e-secret-password"/);
        await toml.fill(`${await toml.inputValue()}\n[[customizations.user]]\nname = "alice"\npassword = "${password}"\n`);
        // the draft goes to composer's workspace while typing; then Save commits it
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();

        expectComposerGot(sim, [password]);
        const saved = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: { customizations: { user: { password: string }[] } }[] };
        expect(saved.blueprints[0].customizations.user[0].password).toMatch(/^\$6\$/);
        // the page shows composer's copy now: the hash, not the password
        await expect(toml).toHaveValue(/password = "\$6\$/);
        await expectNowhere(page, traces, [password]);
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("a compose composer refuses keeps the typed key in the form only, not in the Redux state", async ({ page, sim, gotoApp }) => {
    await page.addInitScript(captureReduxStores);
    const traces = watch(page);
    const name = "e2e-secret-refused";
    const secret = marker("refused");
    await withBlueprint(sim, name, { packages: [{ name: "no-such-package-e2e", version: "*" }] });
    try {
        const app = await openDialog(gotoApp, name);
        await chooseType(app, "generic-qcow2");
        await app.locator(radio("weldr:aws.s3")).check();
        const typed = { region: "us-east-1", accessKeyID: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: secret, bucket: "images-bucket" };
        for (const [key, value] of Object.entries(typed))
            await app.locator(field(key)).fill(value);
        await app.locator(".pf-v6-c-modal-box").getByRole("button", { name: "Create image" }).click();
        await expect(app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger")).toContainText("no-such-package-e2e");
        // the dialog stays open with the key typed in, for another try
        await expect(app.locator(field("secretAccessKey"))).toHaveValue(secret);
        expectComposerGot(sim, [secret]);
        await expectNowhere(page, traces, [secret]);
    } finally {
        await removeBlueprint(sim, name);
    }
});

test("a user password typed into the editor's Users section reaches composer only, which keeps its hash", async ({ page, sim, gotoApp }) => {
    await page.addInitScript(captureReduxStores);
    const traces = watch(page);
    const name = "e2e-secret-user-form";
    const password = marker("user-form");
    await withBlueprint(sim, name, { customizations: { user: [{ name: "alice" }] } });
    try {
        const app = await gotoApp(`/blueprint/${name}`);
        const field = app.locator("#bp-customizations-user-0-password");
        await expect(field).toHaveAttribute("type", "password");
        await field.fill(password);
        await app.getByRole("button", { name: "Save", exact: true }).click();
        await expect(app.getByText(/Saved as version/)).toBeVisible();

        expectComposerGot(sim, [password]);
        const saved = (await sim.weldr("GET", `/api/v1/blueprints/info/${name}`)).json() as { blueprints: { customizations: { user: { password: string }[] } }[] };
        expect(saved.blueprints[0].customizations.user[0].password).toMatch(/^\$6\$/);
        await expect(field).toHaveValue(/^\$6\$/);
        await expectNowhere(page, traces, [password]);
    } finally {
        await removeBlueprint(sim, name);
    }
});

const importToml = (name: string, password: string) =>
    `name = "${name}"\nversion = "1.0.0"\n\n[[customizations.user]]\nname = "alice"\npassword = "${password}"\n`;

test("a password in an imported blueprint reaches composer only", async ({ page, sim, gotoApp }) => {
    await page.addInitScript(captureReduxStores);
    const traces = watch(page);
    const name = "e2e-secret-import";
    const password = marker("import");
    try {
        const app = await gotoApp("/");
        await app.getByRole("button", { name: "Import", exact: true }).click();
        await app.getByRole("dialog").getByRole("textbox", { name: "Blueprint text" }).fill(importToml(name, password));
        await app.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
        await expect(app.getByRole("dialog")).toHaveCount(0);
        await expect(app.getByRole("heading", { level: 1 })).toContainText(name);
        expectComposerGot(sim, [password]);
        await expectNowhere(page, traces, [password]);
    } finally {
        await removeBlueprint(sim, name);
    }
});

test.describe("an import composer refuses", () => {
    test.use({ allowedConsoleErrors: [/500|Internal Server Error|internal error/i] });
    test.afterEach(async ({ sim }) => { await resetFaults(sim); });

    test("keeps the password in the dialog only, not in the Redux state", async ({ page, sim, gotoApp }) => {
        await page.addInitScript(captureReduxStores);
        const traces = watch(page);
        const name = "e2e-secret-import-refused";
        const password = marker("import-refused");
        const app = await gotoApp("/");
        await app.getByRole("button", { name: "Import", exact: true }).click();
        const text = importToml(name, password);
        const textbox = app.getByRole("dialog").getByRole("textbox", { name: "Blueprint text" });
        await textbox.fill(text);
        await fault(sim, "error-share", { api: "weldr", path: "^/api/v1/blueprints/new", share: 1 });
        await app.getByRole("dialog").getByRole("button", { name: "Import", exact: true }).click();
        await expect(app.getByRole("dialog").locator(".pf-v6-c-alert.pf-m-danger")).toBeVisible();
        // the dialog keeps the text for another try
        await expect(textbox).toHaveValue(text);
        expectComposerGot(sim, [password]);
        await expectNowhere(page, traces, [password]);
    });
});

test.describe("worker credentials written from the settings page", () => {
    const FILE = WORKER_CONFIG;
    const CREDS = `${WORKER_DIR}/e2e-secret-aws-credentials`;
    withWorkerConfig("[aws]\nbucket = \"e2e-bucket\"\n", [CREDS]);

    test("reach the file (mode 0600) only, and leave the page once written", async ({ page, gotoApp }) => {
        await page.addInitScript(captureReduxStores);
        const traces = watch(page);
        const secret = marker("worker-aws");
        const content = `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`;
        const app = await gotoApp("/settings");
        const card = app.locator("#worker-config");
        await expect(app.locator("#worker-aws-bucket")).toHaveValue("e2e-bucket");
        await app.locator("#worker-aws-credentials").fill(CREDS);
        await card.getByRole("button", { name: "Write a new file at this path" }).first().click();
        await app.locator("#worker-aws-credentials-file").fill(content);
        await card.getByRole("button", { name: "Save" }).click();
        await expect(app.locator("#worker-config-saved")).toBeVisible();

        expect(fs.readFileSync(CREDS, "utf8")).toBe(content);
        expect(fs.statSync(CREDS).mode & 0o777).toBe(0o600);
        expect(fs.readFileSync(FILE, "utf8")).not.toContain(secret);
        // the text area is emptied once the file is written: the page holds no copy
        await expect(app.locator("#worker-aws-credentials-file")).toHaveValue("");
        expect(await (await pluginFrame(page)).content(), "the secret is still in the page").not.toContain(secret);
        await expectNowhere(page, traces, [secret]);
    });
});
