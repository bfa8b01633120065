/** Progress statistics from review logs and card states. Pure. */
import { retrievability, type Snapshot } from "./scheduler.ts";
import { startOfStudyDay, studyDate } from "../time/study-day.ts";
import { DAY_MS } from "../time/zone.ts";


export type LogPoint = { reviewedAt: Date; rating: number; scheduledDaysBefore: number | null };

/** Reviews per study day for the last `days` days (oldest first), as [date, count]. */
export function dailyCounts(logs: LogPoint[], now: Date, timeZone: string, days = 365): [string, number][] {
  const counts = new Map<string, number>();
  for (const log of logs) {
    const d = studyDate(log.reviewedAt, timeZone);
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  const today = startOfStudyDay(now, timeZone).getTime();
  const out: [string, number][] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = studyDate(new Date(today - i * DAY_MS + DAY_MS / 2), timeZone);
    out.push([date, counts.get(date) ?? 0]);
  }
  return out;
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
 * interval before the review was at least 21 days — per week, oldest first.
 */
export function weeklyRetention(logs: LogPoint[], now: Date, timeZone: string, weeks = 26): { week: string; reviews: number; passRate: number | null }[] {
  const end = startOfStudyDay(now, timeZone).getTime() + DAY_MS;
  const out: { week: string; reviews: number; passRate: number | null }[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const from = end - (w + 1) * 7 * DAY_MS;
    const to = end - w * 7 * DAY_MS;
    const mature = logs.filter((l) => l.reviewedAt.getTime() >= from && l.reviewedAt.getTime() < to && (l.scheduledDaysBefore ?? 0) >= 21);
    const passed = mature.filter((l) => l.rating > 1).length;
    out.push({ week: studyDate(new Date(from + DAY_MS / 2), timeZone), reviews: mature.length, passRate: mature.length ? passed / mature.length : null });
  }
  return out;
}

/** Consecutive study days with at least one review, ending today (or yesterday, if today is still open). */
export function streak(logs: LogPoint[], now: Date, timeZone: string): number {
  const days = new Set(logs.map((l) => studyDate(l.reviewedAt, timeZone)));
  let cursor = startOfStudyDay(now, timeZone).getTime() + DAY_MS / 2;
  if (!days.has(studyDate(new Date(cursor), timeZone))) cursor -= DAY_MS;
  let n = 0;
  while (days.has(studyDate(new Date(cursor), timeZone))) {
    n++;
    cursor -= DAY_MS;
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
