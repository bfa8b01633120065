/**
 * Progress through a plan: per module, notes read, questions seen and mastered; the next step;
 * and where the candidate should be by now on the way to their interview date. Pure.
 */
import { addDays, daysBetween, type CalendarDate } from "../time/calendar-date.ts";

// A card is mastered once FSRS expects to remember it for three weeks.
export const MASTERED_STABILITY_DAYS = 21;

export type PlanModule = { id: string; title: { zh: string; en: string }; goal: { zh: string; en: string }; days: number; notes: string[]; questions: string[] };
export type CardProgress = { stability: number; due: Date };

/** Covered = every note read and every question seen once; mastered = every question mastered. */
export type ModuleProgress = { id: string; notes: number; notesRead: number; total: number; seen: number; mastered: number; covered: boolean; done: boolean };

const cardOf = (question: string) => `q:${question}`;
const isMastered = (c: CardProgress | undefined) => (c?.stability ?? 0) >= MASTERED_STABILITY_DAYS;

export function moduleProgress(modules: PlanModule[], states: Map<string, CardProgress>, notesRead: ReadonlySet<string> = new Set()): ModuleProgress[] {
  return modules.map((m) => {
    const cards = m.questions.map((q) => states.get(cardOf(q)));
    const seen = cards.filter(Boolean).length;
    const mastered = cards.filter(isMastered).length;
    const read = m.notes.filter((n) => notesRead.has(n)).length;
    return { id: m.id, notes: m.notes.length, notesRead: read, total: m.questions.length, seen, mastered, covered: read === m.notes.length && seen === m.questions.length, done: mastered === m.questions.length };
  });
}

/** Share of the plan covered (notes read and questions seen), 0–1: what "x %" on /plans means. */
export function planCoverage(progress: ModuleProgress[]): number {
  const items = progress.reduce((n, m) => n + m.notes + m.total, 0);
  return items ? progress.reduce((n, m) => n + m.notesRead + m.seen, 0) / items : 0;
}

export type NextStep =
  | { kind: "read"; moduleId: string; note: string }
  | { kind: "learn"; moduleId: string; question: string }
  | { kind: "review"; moduleId: string; question: string }
  | { kind: "complete" };

/**
 * The next thing to do: in the first module not yet covered, read its first unread note, then
 * learn its first unseen question (new review cards come from the plan in this order). Once
 * everything is covered, review the weakest question not yet mastered.
 */
export function nextStep(modules: PlanModule[], states: Map<string, CardProgress>, notesRead: ReadonlySet<string> = new Set()): NextStep {
  for (const m of modules) {
    const note = m.notes.find((n) => !notesRead.has(n));
    if (note) return { kind: "read", moduleId: m.id, note };
    const unseen = m.questions.find((q) => !states.has(cardOf(q)));
    if (unseen) return { kind: "learn", moduleId: m.id, question: unseen };
  }
  const weakest = modules
    .flatMap((m) => m.questions.map((q) => ({ moduleId: m.id, question: q, stability: states.get(cardOf(q))?.stability ?? 0 })))
    .filter((x) => x.stability < MASTERED_STABILITY_DAYS)
    .sort((a, b) => a.stability - b.stability)[0];
  return weakest ? { kind: "review", moduleId: weakest.moduleId, question: weakest.question } : { kind: "complete" };
}

/** New-card order contributed by a plan: its questions, module by module. */
export function planQuestionOrder(modules: PlanModule[]): string[] {
  return modules.flatMap((m) => m.questions);
}

export type ModuleWindow = { id: string; from: CalendarDate; to: CalendarDate };
export type PlanCalendar = {
  windows: ModuleWindow[];
  end: CalendarDate; // the interview date, or the plan's own length from the start
  /** The module the calendar puts today in (null before the start or after the end). */
  expected: string | null;
  /** The first module not yet covered (null when all are). */
  actual: string | null;
  pace: "ahead" | "on-track" | "behind" | "done";
  /** Days the plan asks for; whether it was fitted into fewer before the interview; days left to the end. */
  planDays: number;
  squeezed: boolean;
  daysLeft: number;
};

/**
 * Each module's window from the start to the end date, in proportion to its days: with an
 * interview date the plan is stretched or squeezed to fit; without one, it keeps its own
 * length. Today's expected module against the first one not yet covered gives the pace.
 */
export function planCalendar(modules: PlanModule[], progress: ModuleProgress[], start: CalendarDate, today: CalendarDate, interviewDate: CalendarDate | null): PlanCalendar {
  const planDays = Math.max(1, modules.reduce((n, m) => n + m.days, 0));
  const end = interviewDate && interviewDate > start ? interviewDate : addDays(start, planDays);
  const span = Math.max(1, daysBetween(start, end));
  const windows: ModuleWindow[] = [];
  let used = 0;
  for (const m of modules) {
    const from = addDays(start, Math.round((used / planDays) * span));
    used += m.days;
    const to = addDays(start, Math.max(daysBetween(start, from) + 1, Math.round((used / planDays) * span)) - 1);
    windows.push({ id: m.id, from, to });
  }
  const expectedIndex = today < start ? -1 : windows.findIndex((w) => today <= w.to);
  const actualIndex = progress.findIndex((p) => !p.covered);
  const pace = actualIndex === -1 ? "done" : expectedIndex === -1 && today >= start ? "behind" : actualIndex > expectedIndex ? "ahead" : actualIndex === expectedIndex ? "on-track" : "behind";
  return {
    windows, end,
    expected: expectedIndex >= 0 ? windows[expectedIndex]!.id : null,
    actual: actualIndex >= 0 ? modules[actualIndex]!.id : null,
    pace,
    planDays,
    squeezed: end === interviewDate && span < planDays,
    daysLeft: Math.max(0, daysBetween(today > start ? today : start, end)),
  };
}
