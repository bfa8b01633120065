/**
 * npm run bench:layers — where the grade round trip's time goes, layer by layer, in one
 * process with no HTTP: one indexed read through the bare driver, through Prisma's raw SQL,
 * and through a Prisma model query; and a session check through better-auth. Explains the
 * distance between bench:review's app and its bare-driver baseline.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "../../lib/db/migrations.ts";
import { createDb } from "../../lib/db/client.ts";
import { createAuth } from "../../lib/auth/config.ts";

const ROUNDS = 3000;
const dir = mkdtempSync(path.join(tmpdir(), "rollout-layers-"));
const url = `file:${path.join(dir, "layers.db")}`;

async function measure(label: string, run: (i: number) => unknown) {
  for (let i = 0; i < 500; i++) await run(i); // warm-up: JIT, statement and plan caches
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => `${(times[Math.floor(p * times.length)]! * 1000).toFixed(0).padStart(6)} µs`;
  console.log(`${label.padEnd(44)} p50 ${at(0.5)}  p95 ${at(0.95)}`);
}

try {
  await migrate(url, process.cwd());
  const db = createDb(url);
  const auth = createAuth(db, { secret: "layers-bench-secret-layers-bench-secret-0123", baseURL: "http://127.0.0.1:3000", trustedOrigins: [], dialect: "sqlite" });
  await auth.api.signUpEmail({ body: { name: "Layers", email: "layers@example.test", password: "layers-password-1" } });
  const signIn = await auth.api.signInEmail({ body: { email: "layers@example.test", password: "layers-password-1" }, returnHeaders: true });
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const userId = signIn.response.user.id;
  const raw = new Database(path.join(dir, "layers.db"));
  const bare = raw.prepare(`SELECT * FROM "user" WHERE id = ?`);

  console.log(`one read by primary key, ${ROUNDS} rounds:`);
  await measure("bare better-sqlite3", () => bare.get(userId));
  await measure("Prisma $queryRaw", () => db.$queryRaw`SELECT * FROM "user" WHERE id = ${userId}`);
  await measure("Prisma model query (findUnique)", () => db.user.findUnique({ where: { id: userId } }));
  console.log("\nsession check:");
  const headers = new Headers({ cookie });
  await measure("better-auth getSession (session + user)", () => auth.api.getSession({ headers }));
  raw.close();
  await db.$disconnect();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
