/** npm run content:check — validates content/ like the ingest does, without a database. */
import { loadCorpus } from "../lib/content/load.ts";
import { formatProblem } from "../lib/content/problems.ts";
import { exerciseRunProblems } from "./exercises/run-checks.ts";

const started = performance.now();
const contentArg = process.argv.indexOf("--content");
const { corpus, problems } = loadCorpus(process.cwd(), contentArg > 0 ? process.argv[contentArg + 1] : "content");
for (const p of problems) console.error(formatProblem(p));
if (!corpus) {
  console.error(`\n✗ content: ${problems.length} problem(s); nothing would be ingested`);
  process.exitCode = 1;
} else {
  const cards = corpus.questions.reduce((n, q) => n + q.formulaCards.length, 0) + corpus.notes.reduce((n, x) => n + x.formulaCards.length, 0);
  console.log(
    `✓ content ok in ${Math.round(performance.now() - started)} ms: ${corpus.directions.length} directions, ${corpus.questions.length} questions, ` +
      `${corpus.notes.length} notes, ${corpus.talkTracks.length} talk tracks, ${corpus.papers.length} papers, ${corpus.models.length} models, ` +
      `${corpus.topics.length} topics, ${cards} formula cards, ${corpus.probeFiles.reduce((n, f) => n + f.probes.length, 0)} probes, ${corpus.exercises.length} exercises`,
  );
  // The exercises' Python: every solution passes, every starter fails a test, in both runtimes.
  const runs = await exerciseRunProblems(corpus.exercises);
  for (const p of runs.problems) console.error(formatProblem(p));
  if (runs.problems.length) {
    console.error(`\n✗ exercises: ${runs.problems.length} problem(s)`);
    process.exitCode = 1;
  } else console.log(`✓ exercises ok: ${runs.summary}`);
}
