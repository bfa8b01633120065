/** Progress statistics from per-day review totals and card states. Pure. */
import { retrievability, type Snapshot } from "./scheduler.ts";
import type { DayTotals } from "./review-days.ts";
import { addDays, type CalendarDate } from "../time/calendar-date.ts";
import { startOfStudyDay, studyDate } from "../time/study-day.ts";
import { DAY_MS } from "../time/zone.ts";

const byDay = (totals: DayTotals[]) => new Map(totals.map((t) => [t.day, t]));

/** Reviews per study day for the `days` days ending `today` (oldest first), as [date, count]. */
export function dailyCounts(totals: DayTotals[], today: CalendarDate, days = 365): [string, number][] {
  const map = byDay(totals);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return [day, map.get(day)?.reviews ?? 0];
  });
}

/** Cards falling due on each of the next `days` study days; overdue cards count for today. */
export function forecast(dues: Date[], now: Date, timeZone: string, days = 30): [string, number][] {
  const start = startOfStudyDay(now, timeZone).getTime();
  const buckets = Array.from({ length: days }, () => 0);
  for (const due of dues) {
    const index = Math.max(0, Math.floor((due.getTime() - start) / DAY_MS));
    if (index < days) buckets[index]!++;
  }
  return buckets.map((n, i) => [studyDate(new Date(start + i * DAY_MS + DAY_MS / 2), timeZone), n]);
}

/**
 * True retention: the pass rate (anything but Again) of reviews of mature cards — cards whose
 * interval before the review was at least 21 days — per week ending `today`, oldest first.
 */
export function weeklyRetention(totals: DayTotals[], today: CalendarDate, weeks = 26): { week: string; reviews: number; passRate: number | null }[] {
  const map = byDay(totals);
  return Array.from({ length: weeks }, (_, w) => {
    const first = addDays(today, (w - weeks + 1) * 7 - 6);
    let reviews = 0;
    let passed = 0;
    for (let d = 0; d < 7; d++) {
      const t = map.get(addDays(first, d));
      reviews += t?.matureReviews ?? 0;
      passed += t?.maturePassed ?? 0;
    }
    return { week: first, reviews, passRate: reviews ? passed / reviews : null };
  });
}

/** Consecutive study days with at least one review, ending today (or yesterday, if today is still open). */
export function streak(totals: DayTotals[], today: CalendarDate): number {
  const reviewed = new Set(totals.filter((t) => t.reviews > 0).map((t) => t.day));
  let day = reviewed.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (reviewed.has(day)) {
    n++;
    day = addDays(day, -1);
  }
  return n;
}

/** Mean probability of recall over a direction's cards; cards never seen count as 0. */
export function mastery(cards: { direction: string; state: Snapshot | null }[], now: Date): Map<string, { mean: number; cards: number; seen: number }> {
  const acc = new Map<string, { sum: number; cards: number; seen: number }>();
  for (const c of cards) {
    const a = acc.get(c.direction) ?? { sum: 0, cards: 0, seen: 0 };
    a.cards++;
    if (c.state) {
      a.seen++;
      a.sum += retrievability(c.state, now);
    }
    acc.set(c.direction, a);
  }
  return new Map([...acc].map(([d, a]) => [d, { mean: a.cards ? a.sum / a.cards : 0, cards: a.cards, seen: a.seen }]));
}
