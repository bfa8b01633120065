#!/usr/bin/env node
/**
 * npm start — from a fresh clone to a running app: install → secret → clients, migrations,
 * ingest → build (only when an input changed) → serve on PORT (default 3000) with
 * scripts/server.mjs (Next's handler, plus the client address for throttling).
 * npm run dev — the same set-up, then the same server in development mode.
 */
import { bin, checkNode, ensureDependencies, ensureLocalSecret, log, mustRun, run } from "./lib/bootstrap.mjs";
import { buildIsCurrent, hashBuildInputs, markBuilt } from "./lib/build-stamp.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

checkNode();
ensureDependencies();
ensureLocalSecret();
mustRun(bin("tsx"), ["scripts/setup.ts"]);

if (dev) {
  log(`set-up done in ${seconds()} s; starting the dev server`);
  process.exit(run("node", ["scripts/server.mjs", "--dev", "--port", port]));
}

const hash = hashBuildInputs(process.env.DATABASE_URL ?? "");
if (buildIsCurrent(".next", hash)) {
  log("build is up to date");
} else {
  log("building the app (next build) …");
  mustRun(bin("next"), ["build"]);
  mustRun(bin("tsx"), ["scripts/csp-hashes.ts"]);
  markBuilt(".next", hash);
}
// The server says "listening" once it accepts requests; this line comes a second before.
log(`set-up and build done in ${seconds()} s; starting the server on port ${port}`);
process.exit(run("node", ["scripts/server.mjs", "--port", port]));
