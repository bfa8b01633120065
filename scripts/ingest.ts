/** npm run ingest [-- --force] — validate content/ and write it to the database. */
import { loadCorpus } from "../lib/content/load.ts";
import { formatProblem } from "../lib/content/problems.ts";
import { ingestCorpus } from "../lib/content/ingest.ts";
import { createDb } from "../lib/db/client.ts";
import { loadLocalEnv } from "./local-env.ts";

loadLocalEnv();
const { env } = await import("../lib/env.ts");
const started = performance.now();
const contentArg = process.argv.indexOf("--content");
const { corpus, problems } = loadCorpus(process.cwd(), contentArg > 0 ? process.argv[contentArg + 1] : "content");
if (!corpus) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\n✗ ingest refused: ${problems.length} problem(s) in content/; the database was not changed`);
  process.exit(1);
}
const db = createDb(env.DATABASE_URL);
try {
  const report = await ingestCorpus(db, corpus, { force: process.argv.includes("--force") });
  const ms = Math.round(performance.now() - started);
  if (report.unchanged) console.log(`✓ ingest: content unchanged, nothing to do (${ms} ms)`);
  else {
    const parts = Object.entries(report.tallies).map(([k, t]) => `${k} +${t.created} ~${t.updated} -${t.retired} =${t.unchanged}`);
    console.log(`✓ ingest in ${ms} ms: ${parts.join(" · ")}`);
  }
} finally {
  await db.$disconnect();
}
