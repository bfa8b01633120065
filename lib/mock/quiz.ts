/**
 * A mock's timed quiz round: which checks it asks, how long it gets, when an answer still
 * counts, and its score. Pure.
 */
import type { CheckType } from "../content/schema.ts";
import { shuffled } from "../practice/shuffle.ts";

/** Seconds the round allows per check, by type: reading options takes less than ordering steps. */
export const QUIZ_SECONDS: Record<CheckType, number> = { choice: 45, multi: 60, numeric: 60, order: 90 };

/** An answer sent this long after the clock ran out still counts: it left the browser in time. */
export const QUIZ_GRACE_MS = 5_000;

export type QuizCandidate = { id: string; type: CheckType; questionId: string };

/**
 * `count` checks from the pool, at most one per question, none from the questions the mock
 * asks in writing (their key points were just shown, which would give the checks away).
 */
export function pickQuizChecks(pool: QuizCandidate[], count: number, askedQuestions: readonly string[], seed: number): QuizCandidate[] {
  const asked = new Set(askedQuestions);
  const picked: QuizCandidate[] = [];
  const used = new Set<string>();
  for (const check of shuffled(pool, seed)) {
    if (picked.length >= count) break;
    if (asked.has(check.questionId) || used.has(check.questionId)) continue;
    used.add(check.questionId);
    picked.push(check);
  }
  return picked;
}

export function quizLimitSec(checks: { type: CheckType }[]): number {
  return checks.reduce((s, c) => s + QUIZ_SECONDS[c.type], 0);
}

/** Whether an answer arriving at `now` still counts. */
export function quizOpen(round: { startedAt: Date | null; endedAt: Date | null; limitSec: number }, now: Date): boolean {
  if (round.endedAt) return false;
  if (!round.startedAt) return true;
  return now.getTime() <= round.startedAt.getTime() + round.limitSec * 1000 + QUIZ_GRACE_MS;
}

export type QuizRow = { correct: boolean | null; directions: string[] };

/**
 * The round's score: an unanswered check counts as missed. Per direction as in the written
 * part: the chosen directions a check's question belongs to, else its home direction.
 */
export function quizReport(rows: QuizRow[], chosenDirections: readonly string[] = []) {
  const byDirection = new Map<string, { right: number; total: number }>(chosenDirections.map((d) => [d, { right: 0, total: 0 }]));
  for (const r of rows) {
    const counted = chosenDirections.length ? r.directions.filter((d) => byDirection.has(d)) : r.directions.slice(0, 1);
    for (const d of counted) {
      const a = byDirection.get(d) ?? { right: 0, total: 0 };
      a.total++;
      if (r.correct) a.right++;
      byDirection.set(d, a);
    }
  }
  return {
    right: rows.filter((r) => r.correct).length,
    answered: rows.filter((r) => r.correct !== null).length,
    total: rows.length,
    perDirection: [...byDirection].filter(([, a]) => a.total > 0).map(([direction, a]) => ({ direction, ...a })),
  };
}
