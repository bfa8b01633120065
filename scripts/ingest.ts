/** npm run ingest [-- --force] [-- --content DIR] — validate content and write it to the database. */
import { formatProblem } from "../lib/content/problems.ts";
import { describeReport, ingestDirectory } from "../lib/content/run-ingest.ts";
import { createDb } from "../lib/db/client.ts";
import { loadLocalEnv } from "./local-env.ts";

loadLocalEnv();
const { env } = await import("../lib/env.ts");
const contentArg = process.argv.indexOf("--content");
const started = performance.now();
const db = createDb(env.DATABASE_URL);
try {
  const outcome = await ingestDirectory(db, process.cwd(), contentArg > 0 ? process.argv[contentArg + 1] : "content", {
    force: process.argv.includes("--force"),
  });
  if (!outcome.ok) {
    for (const p of outcome.problems) console.error(formatProblem(p));
    console.error(`\n✗ ingest refused: ${outcome.problems.length} problem(s); the database was not changed`);
    process.exitCode = 1;
  } else {
    console.log(`✓ ingest in ${Math.round(performance.now() - started)} ms: ${describeReport(outcome.report)}`);
  }
} finally {
  await db.$disconnect();
}
