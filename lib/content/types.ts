/** The parsed, validated content corpus. */
import type { CheckDoc, Level, ProbeKind, Source } from "./schema.ts";

export type Bilingual = { zh: string; en: string };

/** Links and the frontmatter lines of reference keys, for the corpus-wide check. */
export type DocRefs = { links: { url: string; line: number }[]; lines: Record<string, number> };

export type FormulaCardDoc = {
  id: string;
  ownerKind: "question" | "note";
  ownerId: string;
  position: number;
  title: string;
  latex: string; // with ⟦ ⟧ markers
  caption: string | null;
  hash: string;
};

export type DirectionSections = {
  what: string;
  extra: { heading: string; markdown: string }[];
  subtopics: { title: string; markdown: string }[];
  profile: string;
  competitionWhy: string;
};

export type DirectionDoc = {
  slug: string;
  order: number;
  title: Bilingual;
  summary: Bilingual;
  competition: number;
  tags: string[];
  body: string;
  sections: DirectionSections;
  path: string;
  hash: string;
  refs: DocRefs;
};

export type QuestionDoc = {
  id: string;
  level: Level;
  title: Bilingual;
  directions: string[];
  topics: string[];
  sources: Source[];
  seedRef: string | null;
  stem: string | null;
  keyPoints: string[];
  pitfall: string;
  followUps: string[];
  detail: string | null;
  formulaCards: FormulaCardDoc[];
  checks: CheckDoc[];
  path: string;
  hash: string;
  refs: DocRefs;
};

export type NoteDoc = {
  slug: string;
  series: string;
  order: number;
  title: Bilingual;
  summary: Bilingual;
  directions: string[];
  topics: string[];
  sources: Source[];
  seedRef: string | null;
  body: string;
  formulaCards: FormulaCardDoc[];
  path: string;
  hash: string;
  refs: DocRefs;
};

export type TalkTrackDoc = {
  slug: string;
  order: number;
  kind: "field" | "general";
  field: Bilingual;
  keywords: { zh: string[]; en: string[]; also: string[] };
  directions: string[];
  tracks: string[];
  fdeTracks: string[];
  body: string;
  path: string;
  hash: string;
  refs: DocRefs;
};

export type PaperDoc = {
  id: string;
  date: string;
  title: string;
  short: string | null;
  authors: string | null;
  arxiv: string | null;
  url: string | null;
  contribution: Bilingual;
  lists: string[];
  hash: string;
};

export type ModelDoc = {
  id: string;
  position: number;
  name: string;
  vendor: string;
  released: string;
  training: Bilingual;
  control: Bilingual;
  openness: Bilingual;
  papers: string[];
  hash: string;
};

export type PlanDoc = {
  slug: string;
  direction: string;
  title: Bilingual;
  summary: Bilingual;
  audiences: string[];
  audienceNote: Bilingual;
  modules: { id: string; title: Bilingual; goal: Bilingual; days: number; notes: string[]; questions: string[] }[];
  body: string;
  path: string;
  hash: string;
  refs: DocRefs;
};

/** An interviewer's probe into a candidate's project: the question, its rubric, its red flags. */
export type ProbeDoc = {
  id: string;
  direction: string; // a direction slug, or "general"
  position: number;
  title: Bilingual; // zh: the `## ` heading; en: from the frontmatter
  kind: ProbeKind;
  subtopic: string | null;
  topics: string[];
  notes: string[];
  rubric: string[]; // ### 好的回答会讲到
  redFlags: string[]; // ### 危险信号
  hash: string;
};

export type ProbeFileDoc = { direction: string; probes: ProbeDoc[]; path: string; refs: DocRefs };

export type TopicDoc = { id: string; zh: string; en: string; position: number };

/** A hand-coding exercise: its README (rendered at ingest) and its Python files, as written. */
export type ExerciseDoc = {
  id: string;
  level: Level;
  title: Bilingual;
  directions: string[];
  topics: string[];
  sources: Source[];
  questions: string[];
  task: string; // Markdown before the first section
  signature: string;
  examples: string;
  hints: string[];
  explanation: string;
  starter: string;
  solution: string;
  tests: string;
  testNames: { name: string; doc: string }[]; // in the order tests.py defines them
  path: string; // the directory
  hash: string;
  refs: DocRefs;
};

export type Corpus = {
  directions: DirectionDoc[];
  questions: QuestionDoc[];
  notes: NoteDoc[];
  talkTracks: TalkTrackDoc[];
  papers: PaperDoc[];
  models: ModelDoc[];
  topics: TopicDoc[];
  plans: PlanDoc[];
  probeFiles: ProbeFileDoc[];
  exercises: ExerciseDoc[];
  hash: string;
};
