/**
 * Parses one content Markdown file (direction, question, note, talk track) into its document,
 * collecting every problem with its line. Pure: takes the path and the text.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { z } from "zod";
import { splitFrontmatter, sectionsOf, listItems, subsections, parseMarkdown, type Section } from "./document.ts";
import { parseYaml } from "./yaml.ts";
import { parseCloze, ClozeError } from "./cloze.ts";
import { checkMarkdown, mathError } from "./check-markdown.ts";
import type { Problem } from "./problems.ts";
import {
  planFrontmatter,
  directionFrontmatter,
  noteFrontmatter,
  questionFrontmatter,
  talkTrackFrontmatter,
  probeFileFrontmatter,
  type CheckDoc,
} from "./schema.ts";
import type { DirectionDoc, DocRefs, FormulaCardDoc, NoteDoc, PlanDoc, ProbeDoc, ProbeFileDoc, QuestionDoc, TalkTrackDoc } from "./types.ts";

export const sha = (text: string) => createHash("sha256").update(text).digest("hex");

export type Parsed<T> = { doc: T | null; problems: Problem[] };

export type Context<S extends z.ZodType> = {
  file: string;
  fm: z.infer<S>;
  body: string;
  bodyLine: number;
  sections: Section[];
  problems: Problem[];
  lineOf: (p: PropertyKey[]) => number;
  links: { url: string; line: number }[];
};

/** Shared first steps: frontmatter fence, YAML + schema, `##` sections. */
export function open<S extends z.ZodType>(file: string, text: string, schema: S): Context<S> | Problem[] {
  const split = splitFrontmatter(text);
  if (!split) return [{ file, line: 1, field: "frontmatter", message: "file must start with a --- YAML frontmatter block ---" }];
  const yaml = parseYaml(split.frontmatter, schema, file, split.frontmatterLine - 1);
  if (!yaml.value) return yaml.problems;
  const lineOf = yaml.lineOf ?? (() => 1);
  const checked = checkMarkdown(split.body, split.bodyLine);
  const problems: Problem[] = checked.issues.map((i) => ({ file, line: i.line, field: "body", message: i.message }));
  // Titles, summaries and field names render as plain text: math or Markdown would show raw.
  for (const key of ["title", "summary", "field"]) {
    const value = (yaml.value as Record<string, unknown>)[key] as Record<string, string> | undefined;
    for (const lang of ["zh", "en"]) {
      if (value?.[lang]?.includes("$")) problems.push({ file, line: lineOf([key, lang]), field: `${key}.${lang}`, message: "plain text only: no $math$ here" });
    }
  }
  return {
    file,
    fm: yaml.value,
    body: split.body,
    bodyLine: split.bodyLine,
    sections: sectionsOf(split.body, split.bodyLine),
    problems,
    lineOf,
    links: checked.links,
  };
}

function expectName(ctx: Context<z.ZodType>, key: string, value: string) {
  const base = path.basename(ctx.file, ".md");
  if (base !== value) ctx.problems.push({ file: ctx.file, line: ctx.lineOf([key]), field: key, message: `"${value}" must equal the file name "${base}"` });
}

export function section(ctx: Context<z.ZodType>, heading: string, required: boolean): Section | undefined {
  const found = ctx.sections.filter((s) => s.heading === heading);
  if (found.length > 1) ctx.problems.push({ file: ctx.file, line: found[1]!.line, field: `## ${heading}`, message: "section appears twice" });
  if (!found[0] && required) ctx.problems.push({ file: ctx.file, line: ctx.bodyLine, field: `## ${heading}`, message: "required section is missing" });
  else if (found[0] && required && !found[0].markdown) ctx.problems.push({ file: ctx.file, line: found[0].line, field: `## ${heading}`, message: "section is empty" });
  return found[0];
}

export function bullets(ctx: Context<z.ZodType>, s: Section | undefined, min: number, max = Infinity): string[] {
  if (!s) return [];
  const items = listItems(s, ctx.body, ctx.bodyLine).map((i) => i.markdown).filter(Boolean);
  if (items.length < min || items.length > max) {
    const want = max === Infinity ? `at least ${min}` : `${min}–${max}`;
    ctx.problems.push({ file: ctx.file, line: s.line, field: `## ${s.heading}`, message: `needs ${want} bullet items, found ${items.length}` });
  }
  return items;
}

/** `## 公式卡`: each `###` card holds one display formula with at least one ⟦ ⟧ part. */
function formulaCards(ctx: Context<z.ZodType>, ownerKind: "question" | "note", ownerId: string): FormulaCardDoc[] {
  const s = section(ctx, "公式卡", false);
  if (!s) return [];
  const cards: FormulaCardDoc[] = [];
  const seen = new Set<string>();
  for (const [position, card] of subsections(s, ctx.body, ctx.bodyLine).entries()) {
    const where = { file: ctx.file, line: card.line, field: `### ${card.title}` };
    const math = card.nodes.filter((n) => n.type === "math") as { value: string }[];
    if (math.length !== 1) {
      ctx.problems.push({ ...where, message: `a formula card needs exactly one display formula ($$ on their own lines), found ${math.length}` });
      continue;
    }
    const latex = math[0]!.value;
    try {
      if (!parseCloze(latex).some((p) => p.hidden)) throw new ClozeError("mark at least one part to hide with ⟦ … ⟧");
    } catch (error) {
      ctx.problems.push({ ...where, message: (error as Error).message });
      continue;
    }
    for (const part of parseCloze(latex).filter((p) => p.hidden)) {
      const problem = mathError(part.latex, true);
      if (problem) ctx.problems.push({ ...where, message: `hidden part "${part.latex}": ${problem}` });
    }
    // Stable across reordering and edits of the formula: the card is its owner + title.
    const id = `${ownerKind}:${ownerId}:${sha(card.title).slice(0, 10)}`;
    if (seen.has(id)) ctx.problems.push({ ...where, message: "two cards in one file share this title" });
    seen.add(id);
    const caption = card.nodes.filter((n) => n.type !== "math");
    const captionText = caption.length
      ? ctx.body.slice(caption[0]!.position!.start.offset!, caption[caption.length - 1]!.position!.end.offset!).trim()
      : null;
    cards.push({ id, ownerKind, ownerId, position, title: card.title, latex, caption: captionText, hash: sha(card.title + latex + (captionText ?? "")) });
  }
  if (!cards.length && !ctx.problems.some((p) => p.field.startsWith("###"))) {
    ctx.problems.push({ file: ctx.file, line: s.line, field: "## 公式卡", message: "holds no ### card" });
  }
  return cards;
}

/** Where the file refers to other content: checked against the whole corpus later. */
function refs(ctx: Context<z.ZodType>, keys: string[]): DocRefs {
  const lines: Record<string, number> = {};
  for (const key of keys) lines[key] = ctx.lineOf([key]);
  return { links: ctx.links, lines };
}

function orderOfSections(ctx: Context<z.ZodType>, expected: string[]) {
  const present = ctx.sections.map((s) => s.heading).filter((h) => expected.includes(h));
  const sorted = [...present].sort((a, b) => expected.indexOf(a) - expected.indexOf(b));
  if (present.join() !== sorted.join()) {
    ctx.problems.push({ file: ctx.file, line: ctx.bodyLine, field: "sections", message: `sections must come in this order: ${expected.join(", ")}` });
  }
}

/**
 * Checks render their prompt, options, items and explanation as Markdown with math, so each
 * string goes through the same KaTeX strict check as a body; answers must point at options.
 */
function checksOf(ctx: Context<typeof questionFrontmatter>): CheckDoc[] {
  const { file, fm } = ctx;
  fm.checks.forEach((c, i) => {
    const strings: [PropertyKey[], string][] = [[["prompt", "zh"], c.prompt.zh], [["prompt", "en"], c.prompt.en], [["explain"], c.explain]];
    if (c.type === "choice" || c.type === "multi") c.options.forEach((o, j) => strings.push([["options", j], o]));
    if (c.type === "order") c.items.forEach((o, j) => strings.push([["items", j], o]));
    for (const [at, value] of strings) {
      const line = ctx.lineOf(["checks", i, ...at]);
      for (const issue of checkMarkdown(value, line).issues) ctx.problems.push({ file, line, field: `checks.${i}.${at.join(".")}`, message: issue.message });
    }
    if (c.type === "choice" || c.type === "multi") {
      const out = c.answer.filter((a) => a >= c.options.length);
      if (out.length) ctx.problems.push({ file, line: ctx.lineOf(["checks", i, "answer"]), field: `checks.${i}.answer`, message: `index ${out.join(", ")} is past the last option (${c.options.length - 1})` });
      if (c.type === "multi" && c.answer.length === c.options.length) ctx.problems.push({ file, line: ctx.lineOf(["checks", i, "answer"]), field: `checks.${i}.answer`, message: "every option is right: nothing to tell apart" });
    }
  });
  return fm.checks;
}

export function parseQuestion(file: string, text: string): Parsed<QuestionDoc> {
  const ctx = open(file, text, questionFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  expectName(ctx, "id", fm.id);
  const folder = path.basename(path.dirname(file));
  if (fm.directions[0] !== folder) {
    ctx.problems.push({ file, line: ctx.lineOf(["directions", 0]), field: "directions.0", message: `the home direction "${fm.directions[0]}" must be the folder name "${folder}"` });
  }
  const allowed = ["题干", "要点", "易错点", "追问", "详解", "公式卡"];
  for (const s of ctx.sections) {
    if (!allowed.includes(s.heading)) ctx.problems.push({ file, line: s.line, field: `## ${s.heading || "(text before the first section)"}`, message: `unexpected section; questions have ${allowed.map((h) => `## ${h}`).join(", ")}` });
  }
  orderOfSections(ctx, allowed);
  const doc: QuestionDoc = {
    id: fm.id,
    level: fm.level,
    title: fm.title,
    directions: fm.directions,
    topics: fm.topics,
    sources: fm.sources,
    seedRef: fm.seed_ref ?? null,
    stem: section(ctx, "题干", false)?.markdown || null,
    keyPoints: bullets(ctx, section(ctx, "要点", true), 3),
    pitfall: section(ctx, "易错点", true)?.markdown ?? "",
    followUps: bullets(ctx, section(ctx, "追问", true), 1, 3),
    detail: section(ctx, "详解", false)?.markdown || null,
    formulaCards: formulaCards(ctx, "question", fm.id),
    checks: checksOf(ctx),
    path: file,
    hash: sha(text),
    refs: refs(ctx, ["directions", "topics"]),
  };
  return { doc: ctx.problems.length ? null : doc, problems: ctx.problems };
}

export function parseDirection(file: string, text: string): Parsed<DirectionDoc> {
  const ctx = open(file, text, directionFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  expectName(ctx, "slug", fm.slug);
  const core = ["做什么", "细分课题", "需求画像", "竞争激烈度"];
  const what = section(ctx, "做什么", true);
  const sub = section(ctx, "细分课题", true);
  const profile = section(ctx, "需求画像", true);
  const why = section(ctx, "竞争激烈度", true);
  orderOfSections(ctx, core);
  const subtopics = sub ? subsections(sub, ctx.body, ctx.bodyLine).map((s) => ({ title: s.title, markdown: s.markdown })) : [];
  if (sub && !subtopics.length) ctx.problems.push({ file, line: sub.line, field: "## 细分课题", message: "needs one ### per sub-topic" });
  const doc: DirectionDoc = {
    slug: fm.slug,
    order: fm.order,
    title: fm.title,
    summary: fm.summary,
    competition: fm.competition,
    tags: fm.tags,
    body: ctx.body,
    sections: {
      what: what?.markdown ?? "",
      extra: ctx.sections.filter((s) => s.heading && !core.includes(s.heading)).map((s) => ({ heading: s.heading, markdown: s.markdown })),
      subtopics,
      profile: profile?.markdown ?? "",
      competitionWhy: why?.markdown ?? "",
    },
    path: file,
    hash: sha(text),
    refs: refs(ctx, ["tags"]),
  };
  return { doc: ctx.problems.length ? null : doc, problems: ctx.problems };
}

export function parseNote(file: string, text: string): Parsed<NoteDoc> {
  const ctx = open(file, text, noteFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  expectName(ctx, "slug", fm.slug);
  if (!parseMarkdown(ctx.body).children.length) ctx.problems.push({ file, line: ctx.bodyLine, field: "body", message: "note has no text" });
  const doc: NoteDoc = {
    slug: fm.slug,
    series: fm.series,
    order: fm.order,
    title: fm.title,
    summary: fm.summary,
    directions: fm.directions,
    topics: fm.topics,
    sources: fm.sources,
    seedRef: fm.seed_ref ?? null,
    body: ctx.body,
    formulaCards: formulaCards(ctx, "note", fm.slug),
    path: file,
    hash: sha(text),
    refs: refs(ctx, ["directions", "topics"]),
  };
  return { doc: ctx.problems.length ? null : doc, problems: ctx.problems };
}

export function parseTalkTrack(file: string, text: string): Parsed<TalkTrackDoc> {
  const ctx = open(file, text, talkTrackFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  const slug = path.basename(file, ".md");
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) ctx.problems.push({ file, line: 1, field: "file name", message: "must be kebab-case ASCII" });
  const doc: TalkTrackDoc = {
    slug,
    order: fm.order,
    kind: fm.kind,
    field: fm.field,
    keywords: fm.keywords,
    directions: fm.directions,
    tracks: bullets(ctx, section(ctx, "话术", true), 1),
    fdeTracks: bullets(ctx, section(ctx, "FDE 话术", false), 0),
    body: ctx.body,
    path: file,
    hash: sha(text),
    refs: refs(ctx, ["directions"]),
  };
  return { doc: ctx.problems.length ? null : doc, problems: ctx.problems };
}

export function parsePlan(file: string, text: string): Parsed<PlanDoc> {
  const ctx = open(file, text, planFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  expectName(ctx, "slug", fm.slug);
  const lines: Record<string, number> = { direction: ctx.lineOf(["direction"]) };
  fm.modules.forEach((_, i) => {
    lines[`modules.${i}.notes`] = ctx.lineOf(["modules", i, "notes"]);
    lines[`modules.${i}.questions`] = ctx.lineOf(["modules", i, "questions"]);
  });
  const doc: PlanDoc = {
    slug: fm.slug,
    direction: fm.direction,
    title: fm.title,
    summary: fm.summary,
    audiences: fm.audiences,
    audienceNote: fm.audience_note,
    modules: fm.modules,
    body: ctx.body,
    path: file,
    hash: sha(text),
    refs: { links: ctx.links, lines },
  };
  return { doc: ctx.problems.length ? null : doc, problems: ctx.problems };
}

const RUBRIC = "好的回答会讲到";
const RED_FLAGS = "危险信号";

/**
 * `probes/<direction or general>.md`: the i-th `## ` heading is the i-th probe of the
 * frontmatter list (its Chinese wording), each with `### 好的回答会讲到` and `### 危险信号`.
 */
export function parseProbeFile(file: string, text: string): Parsed<ProbeFileDoc> {
  const ctx = open(file, text, probeFileFrontmatter);
  if (Array.isArray(ctx)) return { doc: null, problems: ctx };
  const { fm } = ctx;
  expectName(ctx, "direction", fm.direction);
  const probes: ProbeDoc[] = [];
  if (ctx.sections.length !== fm.probes.length) {
    ctx.problems.push({ file, line: ctx.bodyLine, field: "probes", message: `${fm.probes.length} probes listed in the frontmatter but ${ctx.sections.length} \`## \` headings in the body: one heading per probe, in the same order` });
  }
  fm.probes.forEach((entry, i) => {
    const s = ctx.sections[i];
    const line = ctx.lineOf(["probes", i, "id"]);
    if (!entry.id.startsWith(`${fm.direction}-`)) ctx.problems.push({ file, line, field: `probes.${i}.id`, message: `"${entry.id}" must start with "${fm.direction}-"` });
    if (fm.direction === "general" && entry.subtopic) ctx.problems.push({ file, line: ctx.lineOf(["probes", i, "subtopic"]), field: `probes.${i}.subtopic`, message: "general probes belong to no direction's sub-topic" });
    if (!s) return;
    if (!s.heading) {
      ctx.problems.push({ file, line: s.line, field: "body", message: "text before the first probe heading" });
      return;
    }
    if (s.heading.includes("$")) ctx.problems.push({ file, line: s.line, field: `## ${s.heading}`, message: "a probe heading is plain text: no $math$" });
    const parts = subsections(s, ctx.body, ctx.bodyLine);
    const names = parts.map((p) => p.title);
    if (names.join("|") !== `${RUBRIC}|${RED_FLAGS}`) {
      ctx.problems.push({ file, line: s.line, field: `## ${s.heading}`, message: `needs exactly "### ${RUBRIC}" then "### ${RED_FLAGS}", found ${names.map((n) => `"### ${n}"`).join(", ") || "none"}` });
      return;
    }
    const asSection = (p: (typeof parts)[number]) => ({ heading: `${s.heading} / ${p.title}`, line: p.line, markdown: p.markdown, nodes: p.nodes });
    probes.push({
      id: entry.id,
      direction: fm.direction,
      position: i,
      title: { zh: s.heading, en: entry.en },
      kind: entry.kind,
      subtopic: entry.subtopic ?? null,
      topics: entry.topics,
      notes: entry.notes,
      rubric: bullets(ctx, asSection(parts[0]!), 3, 6),
      redFlags: bullets(ctx, asSection(parts[1]!), 2, 4),
      hash: sha(JSON.stringify([entry, s.markdown])),
    });
  });
  const lines: Record<string, number> = {};
  fm.probes.forEach((_, i) => {
    for (const key of ["topics", "notes", "subtopic"]) lines[`probes.${i}.${key}`] = ctx.lineOf(["probes", i, key]);
  });
  return { doc: ctx.problems.length ? null : { direction: fm.direction, probes, path: file, refs: { links: ctx.links, lines } }, problems: ctx.problems };
}
