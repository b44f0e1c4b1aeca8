// Playwright fixtures for the plugin inside a real Cockpit shell.
//
//   shell     the page, loaded at <baseUrl>/foundry (the shell with our plugin selected)
//   app       FrameLocator of the plugin's iframe (lazy: use it after shell or gotoApp)
//   gotoApp   deep link: gotoApp("/images?x=1") loads <baseUrl>/foundry#/images?x=1; the shell
//             hands its URL fragment to the iframe, which then sits at index.html#/images?x=1
//             (cockpit.location.path = ["images"], options = { x: "1" }).
//             NB: <baseUrl>/foundry/images would mean the manifest entry "images" (images.html).
//   sim       the composer stand-in: stop/start it, talk to its sockets (verify through the socket)
//   cockpit   baseUrl, csrfToken, channelUrl() of this run's cockpit-ws
//
// Every test fails on an uncaught error, a console error or a CSP violation in the page or the
// plugin frame, unless the text matches `allowedConsoleErrors` (set per test with test.use).
import { test as base, expect, type ConsoleMessage, type Frame, type FrameLocator, type Page } from "@playwright/test";
import { channelUrl, httpStatus, type ChannelOptions } from "../harness/cockpit";
import { simPid, socketRequest, startSim, stopSim, type SimConfig, type SocketRequestOptions, type SocketResponse } from "../harness/sim";
import { readE2eEnv, type E2eEnv } from "./env";

export const PACKAGE = "foundry";
export const FRAME_NAME = `cockpit1:localhost/${PACKAGE}`;
const FRAME_SELECTOR = `iframe[name="${FRAME_NAME}"]`;

export interface CockpitInfo extends E2eEnv {
    /** external channel URL (GET), as the plugin builds for downloads */
    channelUrl(opts: ChannelOptions): string;
}

export interface SimControl {
    readonly config: SimConfig;
    running(): boolean;
    /** start the stand-in (same flags and state file) unless it runs */
    start(): Promise<void>;
    /** SIGTERM: the sockets go away, as when osbuild-composer stops */
    stop(): Promise<void>;
    weldr(method: string, path: string, opts?: SocketRequestOptions): Promise<SocketResponse>;
    cloud(method: string, path: string, opts?: SocketRequestOptions): Promise<SocketResponse>;
}

interface TestFixtures {
    /** console/page error texts a test expects (e.g. while the composer is stopped) */
    allowedConsoleErrors: RegExp[];
    failOnPageErrors: void;
    restoreComposer: void;
    shell: Page;
    app: FrameLocator;
    gotoApp: (path?: string) => Promise<FrameLocator>;
    sim: SimControl;
}

interface WorkerFixtures {
    cockpit: CockpitInfo;
}

/**
 * What the shell logs on machines without systemd or D-Bus (cockpit.md §2, §9.8): only ever
 * accepted from the shell's own pages, never from the plugin frame.
 */
const SHELL_NOISE: RegExp[] = [
    /^Could not connect: No such file or directory$/,
    /^Failed to get ScheduledShutdown property Could not connect: No such file or directory$/,
    /^ListUnitsFiltered failed: +Internal error$/,
    /^can't get NTPSynchronized property /,
];

/** reported by an init script in every frame (securitypolicyviolation events) */
const CSP_MARKER = "CSP violation:";
/** Chromium's own wording: "Refused to …" (older), "… violates the following Content Security Policy directive …" (156) */
const CSP_CONSOLE = /^Refused to |violates the following Content Security Policy directive/;

function fromPlugin(url: string): boolean {
    return new RegExp(`/cockpit/[^/]+/${PACKAGE}/`).test(url);
}

/** Frame object of the plugin (for evaluate), once the shell created it. */
export async function pluginFrame(page: Page): Promise<Frame> {
    // the iframe element's own frame: looking the frame up by name right after the element is
    // attached raced with Playwright learning that name once (a make check run lost that race)
    const deadline = Date.now() + 10_000;
    for (;;) {
        const element = await page.locator(FRAME_SELECTOR).elementHandle();
        const frame = await element?.contentFrame();
        if (frame)
            return frame;
        if (Date.now() > deadline)
            throw new Error(`no frame named ${FRAME_NAME}`);
        await page.waitForTimeout(50);
    }
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's parameters
    cockpit: [async ({}, use) => {
        const env = readE2eEnv();
        await use({
            ...env,
            channelUrl: (opts) => channelUrl(env.baseUrl, env.csrfToken, opts),
        });
    }, { scope: "worker" }],

    allowedConsoleErrors: [[], { option: true }],

    failOnPageErrors: [async ({ page, cockpit, allowedConsoleErrors }, use) => {
        // A dead session (logout, bridge crash) answers 401 to everything: say so up front.
        const status = await httpStatus(`${cockpit.baseUrl}/cockpit/@localhost/manifests.json`);
        if (status !== 200) {
            throw new Error(`the Cockpit session is gone (manifests.json answered ${status}); later tests cannot run`);
        }

        const problems: string[] = [];
        const allowed = (text: string): boolean => allowedConsoleErrors.some((re) => re.test(text));
        await page.addInitScript((marker: string) => {
            // on window, not document: a frame's initial about:blank keeps its window (and this
            // listener) but not its document when it navigates to the same origin
            const w = window as unknown as Record<string, unknown>;
            if (w.__foundryCspHook) return;
            w.__foundryCspHook = true;
            window.addEventListener("securitypolicyviolation", (e) => {
                console.error(`${marker} ${e.effectiveDirective} blocked ${e.blockedURI || "inline"} in ${e.documentURI}`);
            });
        }, CSP_MARKER);
        page.on("pageerror", (err) => {
            const text = err.stack ?? `${err.name}: ${err.message}`;
            if (!allowed(err.message)) problems.push(`uncaught: ${text}`);
        });
        page.on("console", (msg: ConsoleMessage) => {
            const text = msg.text();
            const url = msg.location().url;
            const csp = text.startsWith(CSP_MARKER) || CSP_CONSOLE.test(text);
            if (msg.type() !== "error" && !csp) return;
            if (!csp && !fromPlugin(url) && SHELL_NOISE.some((re) => re.test(text))) return;
            // matched on the text, or on "<url> <text>" (a failed load names its URL only there)
            if (!csp && (allowed(text) || allowed(`${url} ${text}`))) return;
            problems.push(`console ${msg.type()} (${url || "no location"}): ${text}`);
        });

        await use();

        if (problems.length > 0) {
            throw new Error(`the page reported ${problems.length} problem(s):\n${problems.join("\n")}`);
        }
    }, { auto: true }],

    shell: async ({ page, cockpit }, use) => {
        await page.goto(`${cockpit.baseUrl}/${PACKAGE}`);
        await page.locator(FRAME_SELECTOR).waitFor({ state: "attached" });
        await use(page);
    },

    app: async ({ page }, use) => {
        await use(page.frameLocator(FRAME_SELECTOR));
    },

    gotoApp: async ({ page, cockpit }, use) => {
        await use(async (appPath = "/") => {
            const fragment = appPath.replace(/^#/, "").replace(/^(?!\/)/, "/");
            // A hash-only change would be a same-document navigation: load the shell afresh.
            if (page.url().startsWith(`${cockpit.baseUrl}/`)) await page.goto("about:blank");
            await page.goto(`${cockpit.baseUrl}/${PACKAGE}#${fragment}`);
            await page.locator(FRAME_SELECTOR).waitFor({ state: "attached" });
            return page.frameLocator(FRAME_SELECTOR);
        });
    },

    sim: async ({ cockpit }, use) => {
        const config = cockpit.sim;
        const control: SimControl = {
            config,
            running: () => simPid(config.pidFile) !== null,
            async start() {
                if (simPid(config.pidFile) === null) await startSim(config);
            },
            async stop() {
                await stopSim(config.pidFile);
            },
            weldr: (method, path, opts) => socketRequest(config.weldrSocket, method, path, opts),
            cloud: (method, path, opts) => socketRequest(config.cloudSocket, method, path, opts),
        };
        await use(control);
    },

    // Whatever a test did (sim.stop(), "systemctl stop" through the plugin), the next one
    // starts with a running composer.
    restoreComposer: [async ({ cockpit }, use) => {
        await use();
        if (simPid(cockpit.sim.pidFile) === null) await startSim(cockpit.sim);
    }, { auto: true }],
});

export { expect };
