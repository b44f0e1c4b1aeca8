// A composer that answers garbage gives an error message, never a blank page or an uncaught
// exception. The stand-in is stopped and a server that misbehaves takes its sockets.
import fs from "node:fs";
import http from "node:http";

import { expect, test } from "./fixtures";

type Answer = (path: string) => { status: number; body: string };

async function serveGarbage(socket: string, answer: Answer): Promise<http.Server> {
    fs.rmSync(socket, { force: true });
    const server = http.createServer((req, res) => {
        const { status, body } = answer(req.url ?? "/");
        res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
        res.end(body);
    });
    await new Promise<void>(resolve => server.listen(socket, resolve));
    fs.chmodSync(socket, 0o666);
    return server;
}

async function closeAll(servers: http.Server[], sockets: string[]): Promise<void> {
    await Promise.all(servers.map(s => new Promise(resolve => s.close(resolve))));
    for (const socket of sockets)
        fs.rmSync(socket, { force: true });
}

const STATUS = JSON.stringify({ api: "1", db_supported: true, db_version: "0", schema_version: "0", backend: "osbuild-composer", build: "garbage-test", msgs: [] });

const cases: { name: string; answer: Answer; message: RegExp }[] = [
    { name: "a reply that is not JSON", answer: p => p === "/api/status" ? { status: 200, body: STATUS } : { status: 200, body: "<html>oops</html>" }, message: /not JSON/ },
    { name: "a truncated reply", answer: p => p === "/api/status" ? { status: 200, body: STATUS } : { status: 200, body: '{"total": 3, "offset": 0, "blueprints": ["a", "b' }, message: /not JSON/ },
    { name: "a reply of the wrong shape", answer: p => p === "/api/status" ? { status: 200, body: STATUS } : { status: 200, body: '{"total": "many", "blueprints": {}}' }, message: /total is not a number/ },
];

for (const { name, answer, message } of cases) {
    test(`${name} on the blueprints list is shown as an error`, async ({ sim, gotoApp }) => {
        await sim.stop();
        const servers = [await serveGarbage(sim.config.weldrSocket, answer), await serveGarbage(sim.config.cloudSocket, answer)];
        try {
            const app = await gotoApp("/");
            await expect(app.getByText("The blueprints could not be listed")).toBeVisible();
            await expect(app.getByText(message).first()).toBeVisible();
            await expect(app.getByRole("button", { name: "Retry" })).toBeVisible();
        } finally {
            await closeAll(servers, [sim.config.weldrSocket, sim.config.cloudSocket]);
        }
    });
}

test("a status reply that is not JSON is shown by the gate", async ({ sim, gotoApp }) => {
    await sim.stop();
    const garbage: Answer = () => ({ status: 200, body: "\u0000\u0001binary" });
    const servers = [await serveGarbage(sim.config.weldrSocket, garbage), await serveGarbage(sim.config.cloudSocket, garbage)];
    try {
        const app = await gotoApp("/");
        await expect(app.getByText("The image builder service answered with an error")).toBeVisible();
        await expect(app.getByText("The reply of the service could not be read: not JSON")).toBeVisible();
    } finally {
        await closeAll(servers, [sim.config.weldrSocket, sim.config.cloudSocket]);
    }
});
