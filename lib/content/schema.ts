/** Frontmatter and list schemas of the content corpus (content/README.md). Pure. */
import { z } from "zod";

export const LEVELS = ["L1", "L2", "L3"] as const;
export type Level = (typeof LEVELS)[number];
export const NOTE_SERIES = ["reasoning", "pipeline", "agentic", "career"] as const;
const PAPER_LISTS = ["timeline-003", "refs-002", "bank"] as const;

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slug = z
  .string()
  .max(64, "at most 64 characters")
  .regex(SLUG, "use lower-case kebab-case ASCII (a-z, 0-9, -)");

export function isSlug(value: string): boolean {
  return value.length <= 64 && SLUG.test(value);
}

const text = z.string().trim().min(1, "must not be empty");
const bilingual = z.strictObject({ zh: text, en: text });

const arxivId = z.custom<string>(
  (v) => typeof v === "string" && /^\d{4}\.\d{4,5}(v\d+)?$/.test(v),
  { message: 'must be an arXiv id in quotes, e.g. "2402.03300" (unquoted ids lose trailing zeros)' },
);

export const source = z.strictObject({
  title: text,
  arxiv: arxivId.optional(),
  url: z.url({ message: "must be an absolute http(s) URL" }).optional(),
});
export type Source = z.infer<typeof source>;

const slugList = z.array(slug).refine((a) => new Set(a).size === a.length, "lists a value twice");

export const directionFrontmatter = z.strictObject({
  slug,
  order: z.int().min(1).max(11),
  title: bilingual,
  summary: bilingual,
  competition: z.int().min(1, "is 1–5 stars").max(5, "is 1–5 stars"),
  tags: slugList,
});

// Auto-graded checks (content/README.md "Checks"): the app grades them itself.
export const CHECK_TYPES = ["choice", "multi", "numeric", "order"] as const;
export type CheckType = (typeof CHECK_TYPES)[number];
const checkBase = { id: slug, prompt: bilingual, explain: text };
const options = z.array(text).min(3, "needs 3–6 options").max(6, "needs 3–6 options").refine((o) => new Set(o).size === o.length, "lists an option twice");
const indices = z.array(z.int().min(0, "indices are 0-based")).refine((a) => new Set(a).size === a.length, "lists an index twice");
/** "5%" or an absolute number; a relative tolerance is a share of the answer. */
export const tolerance = z.union([
  z.number().min(0, "must not be negative"),
  z.string().regex(/^\d+(\.\d+)?%$/, 'must be a number or a percentage like "5%"'),
]);
export const check = z.discriminatedUnion("type", [
  z.strictObject({ ...checkBase, type: z.literal("choice"), options, answer: indices.length(1, "a choice has exactly one answer") }),
  z.strictObject({ ...checkBase, type: z.literal("multi"), options, answer: indices.min(1, "needs at least one answer") }),
  z.strictObject({
    ...checkBase,
    type: z.literal("numeric"),
    answer: z.number().refine(Number.isFinite, "must be a finite number"),
    tolerance: tolerance.default(0),
    unit: text.optional(),
  }),
  z.strictObject({ ...checkBase, type: z.literal("order"), items: z.array(text).min(3, "needs at least 3 items").max(8, "at most 8 items").refine((o) => new Set(o).size === o.length, "lists an item twice") }),
]);
export type CheckDoc = z.infer<typeof check>;

export const questionFrontmatter = z.strictObject({
  id: slug,
  level: z.enum(LEVELS, { message: "must be L1, L2 or L3" }),
  title: bilingual,
  directions: slugList.min(1, "needs at least the home direction"),
  topics: slugList.min(1, "needs at least one topic"),
  sources: z.array(source).min(1, "needs at least one source"),
  seed_ref: z
    .string()
    .regex(/^00[0-4] Q\d{1,2}$/, 'must look like "003 Q7"')
    .optional(),
  checks: z.array(check).default([]),
});

/** What a probe digs into: the completeness check of a project story asks for the same kinds. */
export const PROBE_KINDS = ["design", "baseline", "ablation", "failure", "results", "scale", "next", "landscape"] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export const probeEntry = z.strictObject({
  id: slug,
  en: text,
  kind: z.enum(PROBE_KINDS, { message: `must be one of ${PROBE_KINDS.join(", ")}` }),
  subtopic: text.optional(),
  topics: slugList.default([]),
  notes: slugList.default([]),
});

/** A hand-coding exercise's README.md (content/README.md "Exercises"). */
export const exerciseFrontmatter = z.strictObject({
  id: slug,
  level: z.enum(LEVELS, { message: "must be L1, L2 or L3" }),
  title: bilingual,
  directions: slugList.min(1, "needs at least the home direction").max(3, "at most 3 directions"),
  topics: slugList.min(1, "needs at least one topic").max(4, "at most 4 topics"),
  sources: z.array(source).min(1, "needs at least one source").max(3, "at most 3 sources"),
  questions: slugList.min(1, "link at least one question it drills").max(3, "at most 3 questions"),
});

export const probeFileFrontmatter = z.strictObject({
  direction: slug,
  probes: z.array(probeEntry).min(15, "needs at least 15 probes"),
});

export const talkTrackFrontmatter = z.strictObject({
  field: bilingual,
  order: z.int().min(0).max(99),
  kind: z.enum(["field", "general"]).default("field"),
  // `also`: terms of a neighbouring field that this one fits too (weighed half in the finder).
  keywords: z.strictObject({ zh: z.array(text), en: z.array(text), also: z.array(text).default([]) }),
  directions: slugList,
});

export const noteFrontmatter = z.strictObject({
  slug,
  series: z.enum(NOTE_SERIES),
  order: z.int().min(1).max(999),
  title: bilingual,
  summary: bilingual,
  directions: slugList.min(1, "needs at least one direction"),
  topics: slugList,
  sources: z.array(source).min(1, "needs at least one source"),
  seed_ref: text.optional(),
});

export const paperEntry = z.strictObject({
  id: slug,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must look like "2025-01"'),
  title: text,
  short: text.optional(),
  authors: text.optional(),
  arxiv: arxivId.optional(),
  url: z.url().optional(),
  contribution: bilingual,
  lists: z.array(z.enum(PAPER_LISTS)).min(1),
});

export const modelEntry = z.strictObject({
  id: slug,
  name: text,
  vendor: text,
  released: z.string().min(1),
  training: bilingual,
  control: bilingual,
  openness: bilingual,
  papers: slugList,
});

export const topicEntry = z.strictObject({ id: slug, zh: text, en: text });

export type DirectionFrontmatter = z.infer<typeof directionFrontmatter>;
export type QuestionFrontmatter = z.infer<typeof questionFrontmatter>;
export type TalkTrackFrontmatter = z.infer<typeof talkTrackFrontmatter>;
export type NoteFrontmatter = z.infer<typeof noteFrontmatter>;
export type PaperEntry = z.infer<typeof paperEntry>;
export type ModelEntry = z.infer<typeof modelEntry>;
export type TopicEntry = z.infer<typeof topicEntry>;

const PLAN_AUDIENCES = ["new-grad", "experienced"] as const;

export const planModule = z.strictObject({
  id: slug,
  title: bilingual,
  goal: bilingual,
  days: z.int().min(1).max(14),
  notes: slugList,
  questions: slugList.min(1, "a module needs at least one question"),
});

export const planFrontmatter = z
  .strictObject({
    slug,
    direction: slug,
    title: bilingual,
    summary: bilingual,
    audiences: z.array(z.enum(PLAN_AUDIENCES)).min(1),
    audience_note: bilingual,
    modules: z.array(planModule).min(2, "a plan needs at least two modules"),
  })
  .superRefine((plan, ctx) => {
    const days = plan.modules.reduce((n, m) => n + m.days, 0);
    if (days < 10 || days > 42) ctx.addIssue({ code: "custom", path: ["modules"], message: `modules add up to ${days} days; a plan runs 2–6 weeks (10–42 days)` });
    const ids = plan.modules.map((m) => m.id);
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", path: ["modules"], message: "module ids must be unique" });
  });
export type PlanFrontmatter = z.infer<typeof planFrontmatter>;
