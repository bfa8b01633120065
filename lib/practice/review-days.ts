/**
 * Per-day review totals, the unit progress pages read (model ReviewDay). Pure.
 */
import type { CalendarDate } from "../time/calendar-date.ts";
import { studyDate } from "../time/study-day.ts";

// A card is mature once its interval reaches three weeks (Anki's definition); true retention
// is the pass rate of reviews of mature cards.
const MATURE_DAYS = 21;

export type DayTotals = { day: CalendarDate; reviews: number; matureReviews: number; maturePassed: number };
export type DayDelta = Omit<DayTotals, "day">;

/** What one review adds to its day: Again (1) is a fail, anything else a pass. */
export function dayDelta(rating: number, scheduledDaysBefore: number | null): DayDelta {
  const mature = (scheduledDaysBefore ?? 0) >= MATURE_DAYS ? 1 : 0;
  return { reviews: 1, matureReviews: mature, maturePassed: mature && rating > 1 ? 1 : 0 };
}

/** The totals a log adds up to — what the stored rows must equal (rebuild, tests). */
export function totalsFromLog(logs: { reviewedAt: Date; rating: number; scheduledDaysBefore: number | null }[], timeZone: string): DayTotals[] {
  const byDay = new Map<CalendarDate, DayTotals>();
  for (const log of logs) {
    const day = studyDate(log.reviewedAt, timeZone);
    const totals = byDay.get(day) ?? { day, reviews: 0, matureReviews: 0, maturePassed: 0 };
    const delta = dayDelta(log.rating, log.scheduledDaysBefore);
    totals.reviews += delta.reviews;
    totals.matureReviews += delta.matureReviews;
    totals.maturePassed += delta.maturePassed;
    byDay.set(day, totals);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}
