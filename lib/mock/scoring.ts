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
export function itemScore(r: { keyPointCount: number; checked: number[]; pitfallHit: boolean }): number {
  if (!r.keyPointCount) return 0;
  const share = new Set(r.checked.filter((i) => i >= 0 && i < r.keyPointCount)).size / r.keyPointCount;
  return Math.max(0, share - (r.pitfallHit ? 0.25 : 0));
}

/**
 * The report of a mock. Per direction: each of the directions the candidate chose, over the
 * questions that belong to it (a question shared by two chosen directions counts in both);
 * with none chosen, each question counts in its home direction.
 */
export function mockReport(items: ItemResult[], chosenDirections: readonly string[] = []) {
  const perQuestion = items.map((r) => ({
    questionId: r.questionId,
    level: r.level,
    score: itemScore({ keyPointCount: r.keyPoints.length, checked: r.checked, pitfallHit: r.pitfallHit }),
    overTime: r.timeUsedSec > r.timeLimitSec,
    timeUsedSec: r.timeUsedSec,
    missed: r.keyPoints.filter((_, i) => !r.checked.includes(i)),
    pitfallHit: r.pitfallHit,
  }));
  const byDirection = new Map<string, { total: number; n: number }>(chosenDirections.map((d) => [d, { total: 0, n: 0 }]));
  items.forEach((r, i) => {
    const counted = chosenDirections.length ? r.directions.filter((d) => byDirection.has(d)) : r.directions.slice(0, 1);
    for (const d of counted) {
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
    perDirection: [...byDirection].filter(([, a]) => a.n > 0).map(([direction, a]) => ({ direction, score: a.total / a.n, questions: a.n })),
    timeUsedSec: items.reduce((s, r) => s + r.timeUsedSec, 0),
    timeLimitSec: items.reduce((s, r) => s + r.timeLimitSec, 0),
  };
}

export type ProbeResult = { rubric: string[]; checked: number[]; redFlagHit: boolean; timeUsedSec: number; timeLimitSec: number };

/** The project round of a mock: each probe scored like a written answer (its rubric as key points, a red flag as the pitfall), and their mean. */
export function projectRoundReport(probes: ProbeResult[]) {
  const perProbe = probes.map((p) => ({
    score: itemScore({ keyPointCount: p.rubric.length, checked: p.checked, pitfallHit: p.redFlagHit }),
    missed: p.rubric.filter((_, i) => !p.checked.includes(i)),
    overTime: p.timeUsedSec > p.timeLimitSec,
    timeUsedSec: p.timeUsedSec,
    redFlagHit: p.redFlagHit,
  }));
  return { overall: perProbe.length ? perProbe.reduce((s, p) => s + p.score, 0) / perProbe.length : 0, perProbe };
}
