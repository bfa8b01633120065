/**
 * The app as the end-to-end tests see it: its own SQLite file (recreated each run), the real
 * content, a production build in .next-e2e (rebuilt only when an input changed), on port 3210.
 * Never touches the developer's database or .next.
 */
import { rmSync } from "node:fs";
import { bin, mustRun, run } from "../lib/bootstrap.mjs";
import { buildIsCurrent, hashBuildInputs, markBuilt } from "../lib/build-stamp.mjs";

export const E2E_PORT = "3210";
export const E2E_ENV = {
  DATABASE_URL: "file:./data/e2e.db",
  NEXT_DIST_DIR: ".next-e2e",
  APP_URL: `http://127.0.0.1:${E2E_PORT}`,
  BETTER_AUTH_SECRET: "e2e-only-secret-e2e-only-secret-0123456789",
  // Every test user signs up from 127.0.0.1: the per-IP limit would stop the suite. The
  // per-account limit (the one the abuse test exercises) keeps its production value.
  AUTH_MAX_ATTEMPTS_PER_IP: "100000",
};

for (const suffix of ["", "-wal", "-shm"]) rmSync(`data/e2e.db${suffix}`, { force: true });
mustRun(bin("tsx"), ["scripts/setup.ts"], { env: E2E_ENV });
const hash = hashBuildInputs("e2e");
if (!buildIsCurrent(E2E_ENV.NEXT_DIST_DIR, hash)) {
  mustRun(bin("next"), ["build"], { env: E2E_ENV });
  markBuilt(E2E_ENV.NEXT_DIST_DIR, hash);
}
// NOTE: no -H: binding to 127.0.0.1 makes next-intl rewrites 307 back to themselves (Next 16.4).
process.exit(run(bin("next"), ["start", "-p", E2E_PORT], { env: E2E_ENV }));
