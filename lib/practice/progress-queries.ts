import "server-only";
import { db } from "@/lib/db";
import { DAY_MS } from "@/lib/time/zone";
import { dailyCounts, forecast, mastery, streak, weeklyRetention, type LogPoint } from "./progress";
import { loadSettings, snapshotOf } from "./review-service";

const YEAR_MS = 366 * DAY_MS;

/** Everything /progress shows, for one user. */
export async function progressOf(userId: string, now = new Date()) {
  const settings = await loadSettings(db, userId);
  const [logs, states, cards] = await Promise.all([
    db.reviewLog.findMany({ where: { userId, reviewedAt: { gte: new Date(now.getTime() - YEAR_MS) } }, select: { reviewedAt: true, rating: true, stateBefore: true } }),
    db.cardState.findMany({ where: { userId } }),
    db.card.findMany({ where: { retiredAt: null }, select: { id: true, direction: true } }),
  ]);
  const points: LogPoint[] = logs.map((l) => ({
    reviewedAt: l.reviewedAt,
    rating: l.rating,
    scheduledDaysBefore: (l.stateBefore as { scheduledDays?: number } | null)?.scheduledDays ?? null,
  }));
  const stateOf = new Map(states.map((s) => [s.cardId, snapshotOf(s)]));
  const tz = settings.timeZone;
  return {
    timeZone: tz,
    totalReviews: logs.length,
    heatmap: dailyCounts(points, now, tz),
    forecast: forecast(states.map((s) => s.due), now, tz),
    retention: weeklyRetention(points, now, tz),
    streak: streak(points, now, tz),
    mastery: mastery(cards.map((c) => ({ direction: c.direction, state: stateOf.get(c.id) ?? null })), now),
    seenCards: states.length,
  };
}
