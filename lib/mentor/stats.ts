/** What a mentor sees per mentee. Pure. */
import { mastery } from "../practice/progress.ts";
import type { DayTotals } from "../practice/review-days.ts";
import type { Snapshot } from "../practice/scheduler.ts";
import { MASTERED_STABILITY_DAYS } from "../plans/progress.ts";
import { addDays, type CalendarDate } from "../time/calendar-date.ts";
import { DAY_MS } from "../time/zone.ts";

export type MenteeInput = {
  now: Date;
  today: CalendarDate; // the mentee's study day now, in their zone
  days: DayTotals[]; // the mentee's last 30 study days (or more)
  states: { cardId: string; due: Date; stability: number; snapshot: Snapshot | null }[]; // cards learned
  cards: { id: string; direction: string }[];
  assignedCards: string[]; // card ids (questions `q:`, checks `c:`) across the mentor's assignments to this mentee
};

export type MenteeStats = {
  reviews7d: number;
  retention30d: number | null; // pass rate on mature cards
  overdue: number; // due more than a day ago
  weakest: string[]; // directions with the lowest mastery among those started
  assignment: { seen: number; mastered: number; total: number };
};

export function menteeStats(input: MenteeInput): MenteeStats {
  const from7 = addDays(input.today, -6);
  const from30 = addDays(input.today, -29);
  const last30 = input.days.filter((d) => d.day >= from30);
  const mature = last30.reduce((n, d) => n + d.matureReviews, 0);
  const passed = last30.reduce((n, d) => n + d.maturePassed, 0);
  const stateOf = new Map(input.states.map((s) => [s.cardId, s]));
  const byDirection = mastery(input.cards.map((c) => ({ direction: c.direction, state: stateOf.get(c.id)?.snapshot ?? null })), input.now);
  const started = [...byDirection].filter(([, m]) => m.seen > 0).sort((a, b) => a[1].mean - b[1].mean);
  const assigned = [...new Set(input.assignedCards)];
  return {
    reviews7d: last30.filter((d) => d.day >= from7).reduce((n, d) => n + d.reviews, 0),
    retention30d: mature ? passed / mature : null,
    overdue: input.states.filter((s) => s.due.getTime() < input.now.getTime() - DAY_MS).length,
    weakest: started.slice(0, 2).map(([d]) => d),
    assignment: {
      seen: assigned.filter((id) => stateOf.has(id)).length,
      mastered: assigned.filter((id) => (stateOf.get(id)?.stability ?? 0) >= MASTERED_STABILITY_DAYS).length,
      total: assigned.length,
    },
  };
}

export type SortKey = "name" | "assignment" | "reviews7d" | "retention" | "overdue";

export function sortMentees<T extends { name: string; stats: MenteeStats }>(rows: T[], key: SortKey, descending: boolean): T[] {
  const value = (r: T): number | string => {
    switch (key) {
      case "name": return r.name;
      // Seen and mastered both count: a mentee who started everything is ahead of one who started nothing.
      case "assignment": return r.stats.assignment.total ? (r.stats.assignment.seen + r.stats.assignment.mastered) / (2 * r.stats.assignment.total) : -1;
      case "reviews7d": return r.stats.reviews7d;
      case "retention": return r.stats.retention30d ?? -1;
      case "overdue": return r.stats.overdue;
    }
  };
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return sign * (typeof x === "string" ? x.localeCompare(y as string) : x - (y as number)) || a.name.localeCompare(b.name);
  });
}
