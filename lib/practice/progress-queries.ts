import "server-only";
import { db } from "@/lib/db";
import { addDays } from "@/lib/time/calendar-date";
import { studyDate } from "@/lib/time/study-day";
import { dailyCounts, forecast, mastery, streak, weeklyRetention } from "./progress";
import { loadSettings } from "./review-service";
import { learned, snapshotOf } from "./card-state";
import { reviewDaysSince } from "./review-day-store";

// The heatmap's year, and enough before it for a long streak to keep counting.
const HISTORY_DAYS = 3 * 366;

/**
 * Everything /progress shows, for one user. Reads a row per day and one per card seen — never
 * the review log, whose length grows with every grade.
 */
export async function progressOf(userId: string, now = new Date()) {
  const settings = await loadSettings(db, userId);
  const tz = settings.timeZone;
  const today = studyDate(now, tz);
  const [days, states, cards] = await Promise.all([
    reviewDaysSince(db, [userId], addDays(today, -HISTORY_DAYS)).then((m) => m.get(userId)!),
    db.cardState.findMany({ where: { userId, ...learned } }),
    db.card.findMany({ where: { retiredAt: null }, select: { id: true, direction: true } }),
  ]);
  const yearAgo = addDays(today, -365);
  const stateOf = new Map(states.map((s) => [s.cardId, snapshotOf(s)]));
  return {
    timeZone: tz,
    totalReviews: days.filter((d) => d.day > yearAgo).reduce((n, d) => n + d.reviews, 0),
    heatmap: dailyCounts(days, today),
    forecast: forecast(states.map((s) => s.due), now, tz),
    retention: weeklyRetention(days, today),
    streak: streak(days, today),
    mastery: mastery(cards.map((c) => ({ direction: c.direction, state: stateOf.get(c.id) ?? null })), now),
    seenCards: states.length,
  };
}
