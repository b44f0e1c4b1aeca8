// Strict Content Security Policy: the manifest's policy allows no eval and no inline script,
// Cockpit serves the plugin under that policy, and the fixtures' trap (fixtures.ts) turns a
// violation in the plugin frame into a failed test.
import fs from "node:fs";
import path from "node:path";

import { REPO_ROOT } from "../harness/sim";
import { expect, pluginFrame, test, PACKAGE } from "./fixtures";

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
    const policy: Policy = new Map();
    for (const part of text.split(";")) {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (name) policy.set(name.toLowerCase(), sources);
    }
    return policy;
}

/** What a strict policy must say; each broken rule is one line of the returned list. */
function strictnessProblems(policy: Policy): string[] {
    const problems: string[] = [];
    if ([...policy.values()].flat().some(s => s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'")) problems.push("allows eval");
    const scripts = policy.get("script-src") ?? policy.get("default-src");
    if (!scripts) problems.push("has neither script-src nor default-src");
    for (const source of scripts ?? []) {
        if (source !== "'self'") problems.push(`script-src allows ${source}`);
    }
    if (!(policy.get("default-src") ?? []).every(s => s === "'self'" || s === "'none'")) problems.push("default-src is wider than 'self'");
    if ((policy.get("object-src") ?? []).join(" ") !== "'none'") problems.push("object-src is not 'none'");
    return problems;
}

function manifestPolicy(file: string): string {
    const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
    const policy = manifest["content-security-policy"];
    if (typeof policy !== "string") throw new Error(`${file} has no content-security-policy`);
    return policy;
}

test("the manifest's policy allows no eval, no inline script and no plugins", () => {
    for (const file of [path.join(REPO_ROOT, "manifest.json"), path.join(REPO_ROOT, "dist/manifest.json")])
        expect(strictnessProblems(parsePolicy(manifestPolicy(file))), file).toEqual([]);
    // the checker itself rejects what it must (else the assertion above could never fail)
    expect(strictnessProblems(parsePolicy("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; object-src 'none'")))
        .toEqual(["allows eval", "script-src allows 'unsafe-inline'", "script-src allows 'unsafe-eval'"]);
});

test("Cockpit serves the plugin page under the manifest's strict policy", async ({ cockpit, request }) => {
    const reply = await request.get(`${cockpit.baseUrl}/cockpit/@localhost/${PACKAGE}/index.html`);
    expect(reply.status()).toBe(200);
    // Cockpit writes the page's own origin where the manifest says 'self'
    const origin = new URL(cockpit.baseUrl).origin;
    const header = reply.headers()["content-security-policy"] ?? "";
    const servedPolicy: Policy = new Map([...parsePolicy(header)].map(([name, sources]) => [name, sources.filter(s => s !== origin)]));
    expect(strictnessProblems(servedPolicy), header).toEqual([]);
    // what the manifest restricts stays restricted in what is served
    for (const [name, sources] of parsePolicy(manifestPolicy(path.join(REPO_ROOT, "dist/manifest.json")))) {
        if (name === "connect-src") continue; // Cockpit adds its own origin and websocket
        expect(servedPolicy.get(name), `${name} in ${header}`).toEqual(sources);
    }
    // and the page itself carries no inline script
    const html = await reply.text();
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
        expect(tag, "inline script in index.html").toMatch(/^<script\b[^>]*\bsrc=[^>]*>\s*<\/script>$/i);
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
});

test("an inline script injected into the plugin is blocked, and the fixtures fail the test for it", async ({ shell }) => {
    const app = shell.frameLocator(`iframe[name="cockpit1:localhost/${PACKAGE}"]`);
    await expect(app.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const frame = await pluginFrame(shell);

    const reported = shell.waitForEvent("console", {
        predicate: msg => /CSP violation: script-src/.test(msg.text()),
        timeout: 10_000,
    });
    const outcome = await frame.evaluate(async () => {
        const w = window as unknown as Record<string, unknown>;
        const script = document.createElement("script");
        script.textContent = "window.__foundryInlineRan = true;";
        document.body.append(script);
        // an inline event handler is inline script too
        const img = document.createElement("img");
        img.setAttribute("onerror", "window.__foundryHandlerRan = true;");
        img.src = "data:,not-an-image";
        document.body.append(img);
        await new Promise(resolve => setTimeout(resolve, 500));
        script.remove();
        img.remove();
        return { inline: w.__foundryInlineRan === true, handler: w.__foundryHandlerRan === true };
    });
    expect(outcome).toEqual({ inline: false, handler: false });
    const message = await reported;
    expect(message.text()).toContain("inline");

    // Everything the page did is right; what must happen now is that the fixture's check
    // after the test reports the violation. A test expected to fail that passes is reported
    // as a failure, so this test fails if the trap misses it.
    test.fail(true, "fixtures.ts must turn the CSP violation into a failed test");
});
