/**
 * The content the product promises (issues: seed content, question bank, plans), checked on
 * the real corpus in content/. Failing here means a promise in the README is no longer true.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "@/lib/content/load";
import { formatProblem } from "@/lib/content/problems";
import type { Corpus } from "@/lib/content/types";
import { ROOT } from "../support/test-db";

const DIRECTIONS = ["reasoning", "agentic-search", "agent-tool-use", "reward-model", "alignment-safety", "multimodal", "data-engineering", "memory", "deep-research", "code-agent", "generative-search-rec"];
const COMPETITION = [5, 3, 4, 3, 2, 3, 2, 3, 2, 4, 3]; // source 000, in its order

// One note per topic the seed-content issue lists (003, 002, 004, and 000's advice).
const NOTES = [
  "reasoning-paradigm-shift", "cot-self-consistency-tot", "orm-vs-prm", "best-of-n", "ppo-to-grpo", "deepseek-r1", "reasoning-distillation",
  "test-time-scaling", "sequential-vs-parallel-compute", "mcts-puct-rstar", "prm-beam-search", "cot-faithfulness", "model-selection",
  "training-pipeline-overview", "chinchilla-overtraining", "tokenizer", "pretraining-data-recipe", "training-systems-stability", "sft-rlhf-dpo-rft",
  "post-training-four-stages", "graders-eval-loop", "reward-hacking-tampering", "constitutional-ai-deliberative-alignment", "two-scaling-axes",
  "agent-harness", "parl", "meta-harness", "distillation-release-decisions", "why-model-got-better",
  "lessons-from-o1-r1", "merging-thinking-instruct", "anthropic-direction", "agentic-thinking", "agentic-rl-infrastructure", "agent-environments",
  "tool-reward-hacking", "harness-engineering",
  "advice-new-grads", "advice-experienced-hires", "trend-project-depth",
];

// The paper timeline of 003 (appendix A): arXiv id, or the title for entries without one.
const TIMELINE_003 = ["2504.21801", "Claude 3.7 Sonnet", "2501.19393", "2501.12948", "2501.04519", "o3", "Gemini 2.0 Flash Thinking", "o1", "2408.03314", "2408.06195", "2402.03300", "2312.08935", "2305.10601", "2305.20050", "2203.11171", "2205.11916", "2201.11903"];

let corpus: Corpus;
// Loading renders every formula with KaTeX: seconds on a busy 2-core machine, over the default 10 s hook limit.
beforeAll(() => {
  const loaded = loadCorpus(ROOT);
  if (!loaded.corpus) throw new Error(`content/ has problems:\n${loaded.problems.slice(0, 20).map(formatProblem).join("\n")}`);
  corpus = loaded.corpus;
}, 60_000);

describe("directions (source 000)", () => {
  it("has all 11 in the source's order with its competition ratings", () => {
    const sorted = [...corpus.directions].sort((a, b) => a.order - b.order);
    expect(sorted.map((d) => d.slug)).toEqual(DIRECTIONS);
    expect(sorted.map((d) => d.competition)).toEqual(COMPETITION);
  });

  it("lists all eight research problems of direction 1, and sub-topics, profile and rating reason for every direction", () => {
    expect(corpus.directions.find((d) => d.slug === "reasoning")!.sections.subtopics).toHaveLength(8);
    for (const d of corpus.directions) {
      expect(d.sections.subtopics.length, d.slug).toBeGreaterThanOrEqual(3);
      expect(d.sections.profile.length, d.slug).toBeGreaterThan(20);
      expect(d.sections.competitionWhy.length, d.slug).toBeGreaterThan(10);
    }
  });
});

describe("talk tracks (source 001)", () => {
  it("has the 22 fields in order and the general FDE tracks", () => {
    const fields = corpus.talkTracks.filter((t) => t.kind === "field").sort((a, b) => a.order - b.order);
    expect(fields.map((f) => f.order)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    const general = corpus.talkTracks.filter((t) => t.kind === "general");
    expect(general).toHaveLength(1);
    expect(general[0]!.tracks).toHaveLength(6);
    for (const f of fields) {
      expect(f.keywords.zh.length, f.slug).toBeGreaterThan(0);
      expect(f.keywords.en.length, f.slug).toBeGreaterThan(0);
    }
  });
});

describe("cheat-sheet questions (source 003)", () => {
  it("has all 25 with seed_ref, split 10 L1 / 10 L2 / 5 L3 as Q1–10, Q11–20, Q21–25", () => {
    const seeded = corpus.questions.filter((q) => q.seedRef);
    expect(seeded).toHaveLength(25);
    const refs = seeded.map((q) => Number(q.seedRef!.split("Q")[1])).sort((a, b) => a - b);
    expect(refs).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    for (const q of seeded) {
      const n = Number(q.seedRef!.split("Q")[1]);
      expect(q.level, q.id).toBe(n <= 10 ? "L1" : n <= 20 ? "L2" : "L3");
    }
  });
});

describe("question bank", () => {
  it("has at least 20 questions per direction (≥5 L1, ≥5 L2, ≥3 L3) and 220 in total", () => {
    expect(corpus.questions.length).toBeGreaterThanOrEqual(220);
    for (const slug of DIRECTIONS) {
      const home = corpus.questions.filter((q) => q.directions[0] === slug);
      const level = (l: string) => home.filter((q) => q.level === l).length;
      expect(home.length, slug).toBeGreaterThanOrEqual(20);
      expect(level("L1"), `${slug} L1`).toBeGreaterThanOrEqual(5);
      expect(level("L2"), `${slug} L2`).toBeGreaterThanOrEqual(5);
      expect(level("L3"), `${slug} L3`).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives every question ≥3 key points, a pitfall, ≥1 follow-up and ≥1 source", () => {
    for (const q of corpus.questions) {
      expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(3);
      expect(q.pitfall.trim().length, q.id).toBeGreaterThan(0);
      expect(q.followUps.length, q.id).toBeGreaterThanOrEqual(1);
      expect(q.sources.length, q.id).toBeGreaterThanOrEqual(1);
    }
  });

  it("does not ask the same question twice", () => {
    const titles = corpus.questions.map((q) => q.title.zh.replace(/\s+/g, ""));
    expect(new Set(titles).size).toBe(titles.length);
  });

  it("offers at least 20 formula cloze cards", () => {
    const cards = [...corpus.questions, ...corpus.notes].reduce((n, d) => n + d.formulaCards.length, 0);
    expect(cards).toBeGreaterThanOrEqual(20);
  });
});

describe("notes, papers, models", () => {
  it("has one note per listed topic", () => {
    const slugs = new Set(corpus.notes.map((n) => n.slug));
    expect(NOTES.filter((n) => !slugs.has(n))).toEqual([]);
  });

  it("has every paper of the 003 timeline and the 002 references", () => {
    const timeline = corpus.papers.filter((p) => p.lists.includes("timeline-003"));
    for (const entry of TIMELINE_003) {
      expect(timeline.some((p) => p.arxiv === entry || p.title.includes(entry) || p.short?.includes(entry)), entry).toBe(true);
    }
    expect(corpus.papers.filter((p) => p.lists.includes("refs-002")).length).toBeGreaterThanOrEqual(14);
  });

  it("has the 10 reasoning models of 003's comparison table", () => {
    expect(corpus.models).toHaveLength(10);
  });
});

describe("study plans", () => {
  it("has one plan per direction, 2–6 weeks long, covering all of its own questions", () => {
    expect(corpus.plans.map((p) => p.slug).sort()).toEqual([...DIRECTIONS].sort());
    for (const plan of corpus.plans) {
      const days = plan.modules.reduce((n, m) => n + m.days, 0);
      expect(days, plan.slug).toBeGreaterThanOrEqual(10);
      expect(days, plan.slug).toBeLessThanOrEqual(42);
      const inPlan = new Set(plan.modules.flatMap((m) => m.questions));
      const home = corpus.questions.filter((q) => q.directions[0] === plan.direction).map((q) => q.id);
      expect(home.filter((id) => !inPlan.has(id)), plan.slug).toEqual([]);
    }
  });
});

describe("checks", () => {
  it("gives every question at least two, and the bank enough of each kind in every direction and level", () => {
    for (const q of corpus.questions) expect(q.checks.length, q.id).toBeGreaterThanOrEqual(2);
    const all = corpus.questions.flatMap((q) => q.checks.map((c) => ({ q, c })));
    const count = (type: string) => all.filter(({ c }) => c.type === type).length;
    const formula = all.filter(({ c }) => (c.type === "choice" || c.type === "multi") && c.options.every((o) => o.includes("$"))).length;
    expect(all.length).toBeGreaterThanOrEqual(600);
    expect(formula).toBeGreaterThanOrEqual(150);
    expect(count("numeric")).toBeGreaterThanOrEqual(80);
    expect(count("order")).toBeGreaterThanOrEqual(40);
    for (const d of DIRECTIONS) for (const level of ["L1", "L2", "L3"]) {
      expect(all.some(({ q }) => q.directions[0] === d && q.level === level), `${d} ${level}`).toBe(true);
    }
  });
});


describe("probes", () => {
  it("give every direction and general at least 15, every kind, and the bank at least 180", () => {
    const files = new Map(corpus.probeFiles.map((f) => [f.direction, f.probes]));
    expect([...files.keys()].sort()).toEqual([...DIRECTIONS, "general"].sort());
    for (const [direction, probes] of files) {
      expect(probes.length, direction).toBeGreaterThanOrEqual(15);
      const kinds = new Set(probes.map((p) => p.kind));
      for (const kind of ["design", "baseline", "ablation", "failure", "landscape"]) expect(kinds.has(kind as never), `${direction} ${kind}`).toBe(true);
    }
    expect([...files.values()].flat().length).toBeGreaterThanOrEqual(180);
  });

  it("tie most of a direction's probes to one of its sub-topics", () => {
    for (const f of corpus.probeFiles.filter((x) => x.direction !== "general")) {
      const withSubtopic = f.probes.filter((p) => p.subtopic).length;
      expect(withSubtopic / f.probes.length, f.direction).toBeGreaterThanOrEqual(0.6);
    }
  });
});

describe("hand-coding exercises", () => {
  it("number at least 40, cover at least 8 home directions and every level, and drill questions of the bank", () => {
    expect(corpus.exercises.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.exercises.map((e) => e.directions[0])).size).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.exercises.map((e) => e.level))).toEqual(new Set(["L1", "L2", "L3"]));
    for (const e of corpus.exercises) expect(e.testNames.length, e.id).toBeGreaterThanOrEqual(4);
  });
});
