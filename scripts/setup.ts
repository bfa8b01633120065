/**
 * The database half of `npm start`, in one process: Prisma clients (when the schema
 * changed), committed migrations, content ingest (a no-op when content is unchanged).
 */
import { generateClients } from "./db/generate.ts";
import { loadLocalEnv } from "./local-env.ts";
import { migrate } from "../lib/db/migrations.ts";
import { redact } from "../lib/db/dialect.ts";

loadLocalEnv();
const started = performance.now();
const generated = generateClients();
if (generated.length) console.log(`✓ generated Prisma clients: ${generated.join(", ")}`);

const { env } = await import("../lib/env.ts");
const applied = await migrate(env.DATABASE_URL, process.cwd());
console.log(applied.length ? `✓ migrated ${redact(env.DATABASE_URL)}: ${applied.join(", ")}` : `✓ database up to date (${redact(env.DATABASE_URL)})`);

// Imported after generation: the ingest needs the generated client.
const { formatProblem } = await import("../lib/content/problems.ts");
const { describeReport, ingestDirectory } = await import("../lib/content/run-ingest.ts");
const { createDb } = await import("../lib/db/client.ts");
const { applyDataMigrations } = await import("../lib/db/data-migrations/index.ts");
const db = createDb(env.DATABASE_URL);
for (const m of await applyDataMigrations(db)) console.log(`✓ data migration ${m.id}: ${m.changed} row(s) rewritten`);
const outcome = await ingestDirectory(db, process.cwd());
await db.$disconnect();
if (!outcome.ok) {
  for (const p of outcome.problems) console.error(formatProblem(p));
  console.error(`✗ content has ${outcome.problems.length} problem(s); fix them (npm run content:check) — the database was not changed`);
  process.exit(1);
}
console.log(`✓ ingest: ${describeReport(outcome.report)}`);
console.log(`✓ setup took ${Math.round(performance.now() - started)} ms`);
