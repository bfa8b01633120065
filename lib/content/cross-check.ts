/** Corpus-wide checks: unknown references, duplicate ids, links to pages that do not exist. Pure. */
import type { Problem } from "./problems.ts";
import type { Corpus, DocRefs } from "./types.ts";
import { isCheckIdOf } from "../checks/ids.ts";

// Index pages that exist regardless of content.
const STATIC_PAGES = new Set(["/", "/directions", "/questions", "/notes", "/talk-tracks", "/papers", "/models", "/plans", "/mock", "/review", "/progress"]);

export function linkTargetExists(url: string, corpus: Corpus): boolean {
  const [pathAndQuery = "", hash] = url.split("#");
  const pathname = pathAndQuery.split("?")[0]!.replace(/\/$/, "") || "/";
  if (pathname === "/papers" && hash) return corpus.papers.some((p) => p.id === hash);
  if (STATIC_PAGES.has(pathname)) return true;
  const [, kind, id, extra] = pathname.split("/");
  if (!id || extra !== undefined) return false;
  switch (kind) {
    case "directions":
      return corpus.directions.some((d) => d.slug === id);
    case "questions":
      return corpus.questions.some((q) => q.id === id);
    case "notes":
      return corpus.notes.some((n) => n.slug === id);
    case "talk-tracks":
      return corpus.talkTracks.some((t) => t.slug === id);
    case "plans":
      return corpus.plans.some((p) => p.slug === id);
    default:
      return false;
  }
}

export function crossCheck(corpus: Corpus): Problem[] {
  const problems: Problem[] = [];
  const directions = new Set(corpus.directions.map((d) => d.slug));
  const topics = new Set(corpus.topics.map((t) => t.id));
  const papers = new Set(corpus.papers.map((p) => p.id));

  const checkRefs = (file: string, refs: DocRefs, key: string, values: string[], known: Set<string>, what: string) => {
    for (const v of values) {
      if (!known.has(v)) problems.push({ file, line: refs.lines[key] ?? 1, field: key, message: `unknown ${what} "${v}"` });
    }
  };
  const checkLinks = (file: string, refs: DocRefs) => {
    for (const link of refs.links) {
      if (!linkTargetExists(link.url, corpus)) problems.push({ file, line: link.line, field: "link", message: `${link.url} points to a page that does not exist` });
    }
  };
  const unique = <T>(items: T[], key: (t: T) => string, file: (t: T) => string, what: string) => {
    const first = new Map<string, string>();
    for (const item of items) {
      const k = key(item);
      if (first.has(k)) problems.push({ file: file(item), line: 1, field: what, message: `duplicate ${what} "${k}" (also in ${first.get(k)})` });
      else first.set(k, file(item));
    }
  };

  unique(corpus.directions, (d) => d.slug, (d) => d.path, "slug");
  unique(corpus.directions, (d) => String(d.order), (d) => d.path, "order");
  unique(corpus.questions, (q) => q.id, (q) => q.path, "id");
  unique(corpus.questions.flatMap((q) => q.checks.map((c) => ({ id: c.id, path: q.path }))), (c) => c.id, (c) => c.path, "check id");
  // The review queue finds a check's question from its id (siblings wait a day).
  for (const q of corpus.questions) {
    for (const c of q.checks) {
      if (!isCheckIdOf(c.id, q.id)) problems.push({ file: q.path, line: 1, field: "checks", message: `check id "${c.id}" must be "${q.id}-c<n>"` });
    }
  }
  unique(corpus.notes, (n) => n.slug, (n) => n.path, "slug");
  unique(corpus.talkTracks, (t) => `${t.kind}:${t.order}`, (t) => t.path, "order");

  for (const d of corpus.directions) {
    checkRefs(d.path, d.refs, "tags", d.tags, topics, "topic");
    checkLinks(d.path, d.refs);
  }
  for (const q of corpus.questions) {
    checkRefs(q.path, q.refs, "directions", q.directions, directions, "direction");
    checkRefs(q.path, q.refs, "topics", q.topics, topics, "topic");
    checkLinks(q.path, q.refs);
  }
  for (const n of corpus.notes) {
    checkRefs(n.path, n.refs, "directions", n.directions, directions, "direction");
    checkRefs(n.path, n.refs, "topics", n.topics, topics, "topic");
    checkLinks(n.path, n.refs);
  }
  for (const t of corpus.talkTracks) {
    checkRefs(t.path, t.refs, "directions", t.directions, directions, "direction");
    checkLinks(t.path, t.refs);
  }
  const notes = new Set(corpus.notes.map((n) => n.slug));
  const questions = new Set(corpus.questions.map((q) => q.id));
  unique(corpus.plans, (p) => p.slug, (p) => p.path, "slug");
  for (const plan of corpus.plans) {
    checkRefs(plan.path, plan.refs, "direction", [plan.direction], directions, "direction");
    plan.modules.forEach((m, i) => {
      checkRefs(plan.path, plan.refs, `modules.${i}.notes`, m.notes, notes, "note");
      checkRefs(plan.path, plan.refs, `modules.${i}.questions`, m.questions, questions, "question");
    });
    const seen = new Map<string, string>();
    for (const m of plan.modules) {
      for (const q of m.questions) {
        if (seen.has(q)) problems.push({ file: plan.path, line: 1, field: "modules", message: `question "${q}" appears in modules ${seen.get(q)} and ${m.id}` });
        else seen.set(q, m.id);
      }
    }
    checkLinks(plan.path, plan.refs);
  }
  // Probes: ids unique across files; each file a direction (or "general"); its links real.
  unique(corpus.probeFiles.flatMap((f) => f.probes.map((p) => ({ id: p.id, path: f.path }))), (p) => p.id, (p) => p.path, "probe id");
  unique(corpus.probeFiles, (f) => f.direction, (f) => f.path, "direction");
  for (const f of corpus.probeFiles) {
    if (f.direction !== "general") checkRefs(f.path, f.refs, "direction", [f.direction], directions, "direction");
    const subtopics = new Set(corpus.directions.find((d) => d.slug === f.direction)?.sections.subtopics.map((s) => s.title) ?? []);
    f.probes.forEach((p, i) => {
      checkRefs(f.path, f.refs, `probes.${i}.topics`, p.topics, topics, "topic");
      checkRefs(f.path, f.refs, `probes.${i}.notes`, p.notes, notes, "note");
      if (p.subtopic) checkRefs(f.path, f.refs, `probes.${i}.subtopic`, [p.subtopic], subtopics, `sub-topic of ${f.direction}`);
    });
    checkLinks(f.path, f.refs);
  }
  // Exercises: each points at real directions, topics and the questions it drills.
  for (const e of corpus.exercises) {
    const file = `${e.path}/README.md`;
    checkRefs(file, e.refs, "directions", e.directions, directions, "direction");
    checkRefs(file, e.refs, "topics", e.topics, topics, "topic");
    checkRefs(file, e.refs, "questions", e.questions, questions, "question");
    checkLinks(file, e.refs);
  }
  for (const m of corpus.models) {
    for (const p of m.papers) {
      if (!papers.has(p)) problems.push({ file: "content/models.yaml", line: 1, field: `${m.id}.papers`, message: `unknown paper "${p}"` });
    }
  }
  return problems;
}
