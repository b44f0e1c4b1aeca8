// Shared set-up for the Weldr contract tests: an in-process stand-in on temp
// sockets, small request helpers, a tar reader and the reference text.

import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { startSim, type RunningSim, type SimOptions } from "../composer-sim/server";
import { request, type ClientReply } from "./client";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const REFERENCE_DIR = path.resolve(REPO, "../shared/reference");
export const JSON_CT = "application/json; charset=utf-8";

export interface TestSim {
    sim: RunningSim;
    dir: string;
    get(p: string): Promise<ClientReply>;
    del(p: string): Promise<ClientReply>;
    post(p: string, body: unknown, type?: string | null): Promise<ClientReply>;
    /** POST of a blueprint as JSON; asserts {"status":true} */
    push(bp: Record<string, unknown>, p?: string): Promise<void>;
    close(): Promise<void>;
}

/** Starts a stand-in on fresh temp sockets (build-seconds 0, empty seed unless told). */
export async function startTestSim(opts: Partial<SimOptions> = {}): Promise<TestSim> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "weldr-contract-"));
    const sim = await startSim({
        weldrSocket: path.join(dir, "weldr", "api.socket"),
        cloudSocket: path.join(dir, "cloudapi", "api.socket"),
        artifactsDir: path.join(dir, "artifacts"),
        buildSeconds: 0,
        seed: "empty",
        ...opts,
    });
    const socket = sim.weldrSocket;
    const t: TestSim = {
        sim,
        dir,
        get: p => request(socket, "GET", p),
        del: p => request(socket, "DELETE", p),
        post: (p, body, type = "application/json") => request(socket, "POST", p, {
            body: typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body),
            headers: type === null ? {} : { "Content-Type": type },
        }),
        async push(bp, p = "/api/v1/blueprints/new") {
            const r = await t.post(p, bp);
            assert.equal(r.status, 200, r.text);
            assert.deepEqual(r.json(), { status: true });
        },
        async close() {
            await sim.stop();
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
    return t;
}

/** Asserts the Weldr JSON content type and returns the parsed body. */
export function jsonOf(r: ClientReply, status = 200): Record<string, unknown> {
    assert.equal(r.status, status, `status ${r.status}: ${r.text}`);
    assert.equal(r.headers["content-type"], JSON_CT);
    const body = r.json();
    assert.ok(typeof body === "object" && body !== null && !Array.isArray(body), r.text);
    return body as Record<string, unknown>;
}

/** Asserts a Weldr error reply with exactly one error. */
export function assertError(r: ClientReply, status: number, id: string, msg: string | RegExp, code?: number): void {
    const body = jsonOf(r, status);
    assert.equal(body.status, false);
    const errors = body.errors as Record<string, unknown>[];
    assert.equal(errors.length, 1, r.text);
    assert.equal(errors[0].id, id);
    if (typeof msg === "string")
        assert.equal(errors[0].msg, msg);
    else
        assert.match(String(errors[0].msg), msg);
    if (code !== undefined)
        assert.equal(errors[0].code, code);
    else
        assert.equal("code" in errors[0], false);
}

export function assertNotFound(r: ClientReply): void {
    assert.equal(r.status, 404, r.text);
    assert.equal(r.headers["content-type"], JSON_CT);
    assert.equal(r.text, '{"status":false,"errors":[{"code":404,"id":"HTTPError","msg":"Not Found"}]}\n');
}

export function assertEmpty(r: ClientReply, status: number): void {
    assert.equal(r.status, status);
    assert.equal(r.headers["content-type"], JSON_CT);
    assert.equal(r.text, "");
}

export interface TarFile {
    name: string;
    size: number;
    mode: number;
    data: Buffer;
}

/** Reads a ustar archive (complete, small) into its entries. */
export function readTar(buf: Buffer): TarFile[] {
    const files: TarFile[] = [];
    let off = 0;
    while (off + 512 <= buf.length) {
        const h = buf.subarray(off, off + 512);
        if (h.every(b => b === 0))
            break;
        const str = (a: number, n: number): string => h.subarray(a, a + n).toString("utf8").replace(/\0.*$/s, "");
        const prefix = str(345, 155);
        const name = (prefix ? `${prefix}/` : "") + str(0, 100);
        const size = parseInt(str(124, 12), 8);
        const mode = parseInt(str(100, 8), 8);
        let sum = 0;
        for (let i = 0; i < 512; i++)
            sum += i >= 148 && i < 156 ? 0x20 : h[i];
        assert.equal(parseInt(str(148, 8), 8), sum, `checksum of ${name}`);
        assert.equal(str(257, 6), "ustar");
        files.push({ name, size, mode, data: buf.subarray(off + 512, off + 512 + size) });
        off += 512 + Math.ceil(size / 512) * 512;
    }
    return files;
}

/** The reference text, or undefined when ../shared/reference is absent. */
export function referenceText(file: string): string | undefined {
    const p = path.join(REFERENCE_DIR, file);
    return fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined;
}

export const SKIP_REFERENCE = `../shared/reference absent: ${REFERENCE_DIR} not found`;
