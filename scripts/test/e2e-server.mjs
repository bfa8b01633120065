/**
 * The app as the end-to-end tests see it, never touching the developer's database or .next:
 *   node scripts/test/e2e-server.mjs                 SQLite (data/e2e.db, recreated), port 3210;
 *                                                    builds .next-e2e when an input changed
 *   node scripts/test/e2e-server.mjs --postgresql    a fresh database on E2E_POSTGRES_ADMIN_URL,
 *                                                    port 3211, same build (waits for it)
 */
import { rmSync } from "node:fs";
import pg from "pg";
import { bin, mustRun, run } from "../lib/bootstrap.mjs";
import { buildIsCurrent, hashBuildInputs, markBuilt } from "../lib/build-stamp.mjs";

const postgres = process.argv.includes("--postgresql");
const port = postgres ? "3211" : "3210";
const common = {
  NEXT_DIST_DIR: ".next-e2e",
  APP_URL: `http://127.0.0.1:${port}`,
  BETTER_AUTH_SECRET: "e2e-only-secret-e2e-only-secret-0123456789",
  // Every test user signs up from 127.0.0.1: the per-IP limit would stop the suite. The
  // per-account limit (the one the abuse test exercises) keeps its production value.
  AUTH_MAX_ATTEMPTS_PER_IP: "100000",
};
const hash = hashBuildInputs("e2e");

async function freshPostgresDatabase() {
  const admin = new URL(process.env.E2E_POSTGRES_ADMIN_URL);
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "rollout_e2e" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "rollout_e2e"`);
  await client.end();
  admin.pathname = "/rollout_e2e";
  return admin.toString();
}

let env;
if (postgres) {
  env = { ...common, DATABASE_URL: await freshPostgresDatabase() };
  mustRun(bin("tsx"), ["scripts/setup.ts"], { env });
  // The SQLite server builds; the content pages are the same, so this one reuses the build.
  const deadline = Date.now() + 15 * 60_000;
  while (!buildIsCurrent(common.NEXT_DIST_DIR, hash)) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the e2e build");
    await new Promise((r) => setTimeout(r, 2000));
  }
} else {
  env = { ...common, DATABASE_URL: "file:./data/e2e.db" };
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e.db${suffix}`, { force: true });
  mustRun(bin("tsx"), ["scripts/setup.ts"], { env });
  if (!buildIsCurrent(common.NEXT_DIST_DIR, hash)) {
    mustRun(bin("next"), ["build"], { env });
    mustRun(bin("tsx"), ["scripts/csp-hashes.ts"], { env });
    markBuilt(common.NEXT_DIST_DIR, hash);
  }
}
// NOTE: no -H: binding to 127.0.0.1 makes next-intl rewrites 307 back to themselves (Next 16.4).
process.exit(run("node", ["scripts/server.mjs", "--port", port], { env }));
