/**
 * Calibration: how a candidate grades themselves on a question's self-graded card against
 * how often they get that question's checks right. A self-grade passes when it is not Again
 * (FSRS's own line between recalled and forgotten); a check is right when the server graded
 * it so (its derived rating is Again exactly when it was wrong). Only questions with both
 * kinds of answers count, so the two rates talk about the same questions. Pure.
 */
import { questionOfCheck } from "./ids.ts";

/** Per card: graded answers and how many passed (undone grades already taken out). */
export type CardTally = { cardId: string; total: number; passed: number };
export type Rate = { total: number; passed: number; rate: number };
export type QuestionCalibration = { questionId: string; self: Rate; checks: Rate; gap: number };
export type DirectionCalibration = { direction: string; self: Rate; checks: Rate; gap: number; questions: number };

const rate = (total: number, passed: number): Rate => ({ total, passed, rate: total ? passed / total : 0 });

export function calibrate(tallies: CardTally[], homeOf: Map<string, string>): { directions: DirectionCalibration[]; questions: QuestionCalibration[] } {
  const self = new Map<string, [number, number]>();
  const checks = new Map<string, [number, number]>();
  const add = (into: Map<string, [number, number]>, id: string, t: CardTally) => {
    const [n, p] = into.get(id) ?? [0, 0];
    into.set(id, [n + t.total, p + t.passed]);
  };
  for (const t of tallies) {
    if (t.cardId.startsWith("q:")) add(self, t.cardId.slice(2), t);
    else if (t.cardId.startsWith("c:")) add(checks, questionOfCheck(t.cardId.slice(2)), t);
  }
  const questions: QuestionCalibration[] = [];
  for (const [questionId, [sn, sp]] of self) {
    const c = checks.get(questionId);
    if (!c || !sn || !c[0]) continue;
    const s = rate(sn, sp);
    const k = rate(c[0], c[1]);
    questions.push({ questionId, self: s, checks: k, gap: s.rate - k.rate });
  }
  const byDirection = new Map<string, QuestionCalibration[]>();
  for (const q of questions) {
    const d = homeOf.get(q.questionId);
    if (d) byDirection.set(d, [...(byDirection.get(d) ?? []), q]);
  }
  const directions = [...byDirection].map(([direction, qs]) => {
    const s = rate(qs.reduce((n, q) => n + q.self.total, 0), qs.reduce((n, q) => n + q.self.passed, 0));
    const k = rate(qs.reduce((n, q) => n + q.checks.total, 0), qs.reduce((n, q) => n + q.checks.passed, 0));
    return { direction, self: s, checks: k, gap: s.rate - k.rate, questions: qs.length };
  });
  questions.sort((a, b) => b.gap - a.gap || a.questionId.localeCompare(b.questionId));
  return { directions, questions };
}
