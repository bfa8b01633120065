/**
 * npm run content:stats [-- --topics a,b,c] — how the bank covers the directions: questions
 * per home direction and level, and per listed direction; checks per home direction and type
 * (and how many are formula items); interviewers' probes per direction and kind, with their
 * rubric points and red flags; with --topics, questions per topic.
 * Prints tables; counts only, so a review can compare before and after a content change.
 */
import { parseArgs } from "node:util";
import { loadCorpus } from "../lib/content/load.ts";
import { formatProblem } from "../lib/content/problems.ts";
import { PROBE_KINDS } from "../lib/content/schema.ts";

const { values } = parseArgs({ options: { topics: { type: "string" } } });
const { corpus, problems } = loadCorpus(process.cwd());
if (!corpus) {
  for (const p of problems.slice(0, 20)) console.error(formatProblem(p));
  throw new Error(`content has ${problems.length} problem(s)`);
}
const LEVELS = ["L1", "L2", "L3"] as const;
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;

console.log(row(["direction", ...LEVELS, "home total", "listed in"]));
console.log(row(["---", "---:", "---:", "---:", "---:", "---:"]));
for (const d of [...corpus.directions].sort((a, b) => a.order - b.order)) {
  const home = corpus.questions.filter((q) => q.directions[0] === d.slug);
  const listed = corpus.questions.filter((q) => q.directions.includes(d.slug)).length;
  console.log(row([d.slug, ...LEVELS.map((l) => home.filter((q) => q.level === l).length), home.length, listed]));
}
console.log(row(["all", ...LEVELS.map((l) => corpus.questions.filter((q) => q.level === l).length), corpus.questions.length, ""]));

const TYPES = ["choice", "multi", "numeric", "order"] as const;
const checksOf = (qs: typeof corpus.questions) => qs.flatMap((q) => q.checks);
// A formula item: a choice whose every option is math, the right one beside wrong variants.
const withFormulas = (cs: ReturnType<typeof checksOf>) => cs.filter((c) => (c.type === "choice" || c.type === "multi") && c.options.every((o) => o.includes("$"))).length;
console.log();
console.log(row(["checks by home direction", ...LEVELS, ...TYPES, "formula items", "total"]));
console.log(row(["---", ...Array(LEVELS.length + TYPES.length + 2).fill("---:")]));
const checkRow = (label: string, qs: typeof corpus.questions) => {
  const cs = checksOf(qs);
  console.log(row([label, ...LEVELS.map((l) => checksOf(qs.filter((q) => q.level === l)).length), ...TYPES.map((t) => cs.filter((c) => c.type === t).length), withFormulas(cs), cs.length]));
};
for (const d of [...corpus.directions].sort((a, b) => a.order - b.order)) checkRow(d.slug, corpus.questions.filter((q) => q.directions[0] === d.slug));
checkRow("all", corpus.questions);

console.log();
console.log(row(["probes", ...PROBE_KINDS, "total", "rubric points", "red flags"]));
console.log(row(["---", ...Array(PROBE_KINDS.length + 3).fill("---:")]));
const probeRow = (label: string, probes: (typeof corpus.probeFiles)[number]["probes"]) =>
  console.log(row([label, ...PROBE_KINDS.map((k) => probes.filter((p) => p.kind === k).length), probes.length, probes.reduce((n, p) => n + p.rubric.length, 0), probes.reduce((n, p) => n + p.redFlags.length, 0)]));
for (const f of corpus.probeFiles) probeRow(f.direction, f.probes);
probeRow("all", corpus.probeFiles.flatMap((f) => f.probes));

if (values.topics) {
  console.log();
  console.log(row(["topic", ...LEVELS, "total"]));
  console.log(row(["---", "---:", "---:", "---:", "---:"]));
  for (const topic of values.topics.split(",")) {
    const tagged = corpus.questions.filter((q) => q.topics.includes(topic));
    console.log(row([topic, ...LEVELS.map((l) => tagged.filter((q) => q.level === l).length), tagged.length]));
  }
}
