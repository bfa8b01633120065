#!/usr/bin/env node
/**
 * npm test — every test, with a pass/fail summary at the end:
 * typecheck · lint · content (format + promises) · unit · migrations (both dialects) · integration on SQLite ·
 * integration on PostgreSQL · end-to-end in Chromium. It provides what a fresh machine lacks
 * (dependencies, a throwaway PostgreSQL, Debian Chromium) or says why a part is skipped.
 *   npm test -- --only unit,integration-sqlite     run some steps
 */
import { bin, checkNode, ensureDependencies, log, run } from "./lib/bootstrap.mjs";

checkNode();
ensureDependencies();
const onlyArg = process.argv.find((a) => a.startsWith("--only"));
const only = onlyArg ? (onlyArg.includes("=") ? onlyArg.split("=")[1] : process.argv[process.argv.indexOf(onlyArg) + 1]).split(",") : null;
const wanted = (name) => !only || only.some((o) => name.startsWith(o));

// Imported after the install: these use installed packages.
const { providePostgres } = await import("./test/postgres.mjs");
const { provideChromium } = await import("./test/chromium.mjs");

const results = [];
function step(name, command, args, env = {}) {
  if (!wanted(name)) return;
  log(`${name}: ${[command.split("/").pop(), ...args].join(" ")}`);
  const started = Date.now();
  const status = run(command, args, { env });
  results.push({ name, status: status === 0 ? "pass" : "FAIL", seconds: (Date.now() - started) / 1000 });
}
function skip(name, reason) {
  if (wanted(name)) results.push({ name, status: "skipped", reason });
}

run(bin("tsx"), ["scripts/db/generate.ts"]);

const postgres = wanted("migrations") || wanted("integration-postgresql") || wanted("e2e") ? await providePostgres() : { skip: "not requested" };
if (postgres.note) log(postgres.note);

step("typecheck", "node", ["scripts/test/typecheck.mjs"]);
step("lint", bin("eslint"), ["."]);
step("content", bin("tsx"), ["scripts/content-check.ts"]);
step("content-tests", bin("vitest"), ["run", "--project", "content"]);
step("unit", bin("vitest"), ["run", "--project", "unit"]);
if (postgres.url) step("migrations", bin("tsx"), ["scripts/db/migrations.ts", "check"], { POSTGRES_ADMIN_URL: postgres.url });
else {
  step("migrations", bin("tsx"), ["scripts/db/migrations.ts", "check", "sqlite"]);
  if (results.at(-1)) results.at(-1).reason = `PostgreSQL half skipped: ${postgres.skip}`;
}
step("integration-sqlite", bin("vitest"), ["run", "--project", "integration"], { TEST_DIALECT: "sqlite" });
if (postgres.url) {
  step("integration-postgresql", bin("vitest"), ["run", "--project", "integration"], { TEST_DIALECT: "postgresql", TEST_POSTGRES_ADMIN_URL: postgres.url });
} else skip("integration-postgresql", postgres.skip);

if (wanted("e2e")) {
  const chromium = provideChromium();
  // With a PostgreSQL server, the journeys run against a second app instance on PostgreSQL too.
  const e2eEnv = { CHROMIUM_PATH: chromium.path, ...(postgres.url ? { E2E_POSTGRES_ADMIN_URL: postgres.url } : {}) };
  if (chromium.path) step("e2e", bin("playwright"), ["test"], e2eEnv);
  else skip("e2e", chromium.skip);
  if (chromium.path && !postgres.url) results.at(-1).reason = `PostgreSQL journeys skipped: ${postgres.skip}`;
}
await postgres.stop?.();

const width = Math.max(...results.map((r) => r.name.length));
console.log("\n─── test summary ───────────────────────────────");
for (const r of results) {
  const mark = r.status === "pass" ? "\x1b[32m✓\x1b[0m" : r.status === "FAIL" ? "\x1b[31m✗\x1b[0m" : "\x1b[33m-\x1b[0m";
  const time = r.seconds !== undefined ? `${r.seconds.toFixed(1)} s` : "";
  console.log(`${mark} ${r.name.padEnd(width)}  ${r.status.padEnd(7)} ${time}${r.reason ? `  (${r.reason})` : ""}`);
}
const failed = results.filter((r) => r.status === "FAIL");
const skipped = results.filter((r) => r.status === "skipped");
console.log(failed.length ? `\n✗ ${failed.length} step(s) failed` : `\n✓ all ${results.length - skipped.length} step(s) passed${skipped.length ? `, ${skipped.length} skipped` : ""}`);
process.exit(failed.length ? 1 : 0);
