/** Mock interviews: picking questions, time limits and scoring the report. Pure. */
import type { Level } from "../content/schema.ts";
import { shuffled } from "../practice/shuffle.ts";

export const TIME_LIMIT_SEC: Record<Level, number> = { L1: 180, L2: 360, L3: 600 };

export type Candidate = { id: string; level: Level };

/** `mix[level]` questions of each level, L1 first, no repeats; fewer when the pool is short. */
export function pickQuestions(pool: Candidate[], mix: Record<Level, number>, seed: number): Candidate[] {
  const picked: Candidate[] = [];
  (["L1", "L2", "L3"] as const).forEach((level, i) => {
    picked.push(...shuffled(pool.filter((q) => q.level === level), seed + i).slice(0, mix[level]));
  });
  return picked;
}

export type ItemResult = {
  questionId: string;
  level: Level;
  directions: string[];
  keyPoints: string[];
  checked: number[];
  pitfallHit: boolean;
  timeUsedSec: number;
  timeLimitSec: number;
};

/** Score of one answer: share of key points hit, with the pitfall costing a quarter. */
export function itemScore(r: Pick<ItemResult, "keyPoints" | "checked" | "pitfallHit">): number {
  if (!r.keyPoints.length) return 0;
  const share = new Set(r.checked.filter((i) => i >= 0 && i < r.keyPoints.length)).size / r.keyPoints.length;
  return Math.max(0, share - (r.pitfallHit ? 0.25 : 0));
}

export function mockReport(items: ItemResult[]) {
  const perQuestion = items.map((r) => ({
    questionId: r.questionId,
    level: r.level,
    score: itemScore(r),
    overTime: r.timeUsedSec > r.timeLimitSec,
    timeUsedSec: r.timeUsedSec,
    missed: r.keyPoints.filter((_, i) => !r.checked.includes(i)),
    pitfallHit: r.pitfallHit,
  }));
  const byDirection = new Map<string, { total: number; n: number }>();
  items.forEach((r, i) => {
    for (const d of r.directions.slice(0, 1)) {
      const a = byDirection.get(d) ?? { total: 0, n: 0 };
      a.total += perQuestion[i]!.score;
      a.n++;
      byDirection.set(d, a);
    }
  });
  const overall = perQuestion.length ? perQuestion.reduce((s, q) => s + q.score, 0) / perQuestion.length : 0;
  return {
    overall,
    perQuestion,
    perDirection: [...byDirection].map(([direction, a]) => ({ direction, score: a.total / a.n, questions: a.n })),
    timeUsedSec: items.reduce((s, r) => s + r.timeUsedSec, 0),
    timeLimitSec: items.reduce((s, r) => s + r.timeLimitSec, 0),
  };
}
