/**
 * An app server of a test's own, on the e2e build, for settings the shared servers cannot
 * have (a low per-address limit, trusted proxy hops): its own port and SQLite file, stopped
 * when the test ends.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { rmSync } from "node:fs";
import path from "node:path";
import { migrate } from "../../../lib/db/migrations";

const ROOT = path.resolve(import.meta.dirname, "../../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type OwnServer = { url: string; stop: () => Promise<void> };

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const port = await freePort();
  const file = path.join(ROOT, "data", `e2e-own-${port}.db`);
  const remove = () => ["", "-wal", "-shm"].forEach((s) => rmSync(file + s, { force: true }));
  remove();
  await migrate(`file:${file}`, ROOT);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn("node", ["scripts/server.mjs", "--port", String(port)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: ".next-e2e", DATABASE_URL: `file:${file}`, APP_URL: url, BETTER_AUTH_SECRET: "e2e-own-secret-e2e-own-secret-0123456789", ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/auth/get-session`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill();
      throw new Error(`own server on ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      child.kill();
      await new Promise((r) => child.once("exit", r));
      remove();
    },
  };
}
