/**
 * Where each question stands for a signed-in user, as the bank shows it (LeetCode's
 * solved / attempted / todo, in spaced-repetition terms). Pure.
 */
import { MASTERED_STABILITY_DAYS } from "../plans/progress.ts";
import { LEARNING_STATES, NEW_STATE } from "./card-state.ts";

export const QUESTION_STATUSES = ["new", "learning", "due", "review", "mastered", "suspended"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export type CardRow = { state: number; due: Date; stability: number; suspended: boolean; buriedUntil: Date | null; flagged: boolean };

/**
 * suspended (out of every session) › new (never learned) › due (learned and due now) ›
 * learning (a learning step, due later today) › mastered (stability of three weeks or more) ›
 * review (learned, not yet due).
 */
export function questionStatus(row: CardRow | undefined, now: Date): QuestionStatus {
  if (row?.suspended) return "suspended";
  if (!row || row.state === NEW_STATE) return "new";
  if (row.due.getTime() <= now.getTime()) return "due";
  if (LEARNING_STATES.includes(row.state)) return "learning";
  return row.stability >= MASTERED_STABILITY_DAYS ? "mastered" : "review";
}

export const BANK_SORTS = ["default", "level", "due", "title"] as const;
export type BankSort = (typeof BANK_SORTS)[number];

type Row = { id: string; level: string; titleZh: string; due: Date | null };

/** The bank's order: as written (level, then id), by level (hardest first), by due date (soonest first, never-seen last), by title. */
export function sortBank<T extends Row>(rows: T[], sort: BankSort, locale: string): T[] {
  const byDefault = (a: T, b: T) => a.level.localeCompare(b.level) || a.id.localeCompare(b.id);
  const collator = new Intl.Collator(locale === "en" ? "en" : "zh-CN");
  const compare: Record<BankSort, (a: T, b: T) => number> = {
    default: byDefault,
    level: (a, b) => b.level.localeCompare(a.level) || byDefault(a, b),
    due: (a, b) => (a.due?.getTime() ?? Infinity) - (b.due?.getTime() ?? Infinity) || byDefault(a, b),
    title: (a, b) => collator.compare(a.titleZh, b.titleZh) || byDefault(a, b),
  };
  return [...rows].sort(compare[sort]);
}

export const PAGE_SIZE = 50;

/** One page of rows (1-based, clamped to the pages there are) and how many pages there are. */
export function pageOf<T>(rows: T[], page: number, size = PAGE_SIZE): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pages);
  return { rows: rows.slice((current - 1) * size, current * size), page: current, pages };
}
