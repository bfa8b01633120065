/**
 * Reading and writing ReviewDay rows. Takes the database as an argument (the app, scripts,
 * data migrations and tests share it).
 */
import type { Db, Tx } from "../db/client.ts";
import type { CalendarDate } from "../time/calendar-date.ts";
import { totalsFromLog, type DayDelta, type DayTotals } from "./review-days.ts";
import { scheduledDaysBefore } from "./snapshot.ts";


/**
 * Adds one review to its day, for the grade's transaction. One INSERT … ON CONFLICT: two
 * grades of the same day from two tabs both count, on SQLite and PostgreSQL alike.
 */
export function addToReviewDay(db: Db, userId: string, day: CalendarDate, delta: DayDelta) {
  return db.$executeRaw`
    INSERT INTO "ReviewDay" ("userId", "day", "reviews", "matureReviews", "maturePassed")
    VALUES (${userId}, ${day}, ${delta.reviews}, ${delta.matureReviews}, ${delta.maturePassed})
    ON CONFLICT ("userId", "day") DO UPDATE SET
      "reviews" = "ReviewDay"."reviews" + ${delta.reviews},
      "matureReviews" = "ReviewDay"."matureReviews" + ${delta.matureReviews},
      "maturePassed" = "ReviewDay"."maturePassed" + ${delta.maturePassed}`;
}

/** Each user's days from `since` on (inclusive), oldest first. */
export async function reviewDaysSince(db: Db | Tx, userIds: string[], since: CalendarDate): Promise<Map<string, DayTotals[]>> {
  const rows = await db.reviewDay.findMany({ where: { userId: { in: userIds }, day: { gte: since } }, orderBy: { day: "asc" } });
  const out = new Map<string, DayTotals[]>(userIds.map((id) => [id, []]));
  for (const { userId, ...totals } of rows) out.get(userId)!.push(totals);
  return out;
}

/** Recomputes a user's days from their whole log (data migration, benchmarks); returns the days written. */
export async function rebuildReviewDays(tx: Db | Tx, userId: string, timeZone: string): Promise<number> {
  const logs = await tx.reviewLog.findMany({ where: { userId }, select: { reviewedAt: true, rating: true, stateBefore: true } });
  const totals = totalsFromLog(logs.map((l) => ({ reviewedAt: l.reviewedAt, rating: l.rating, scheduledDaysBefore: scheduledDaysBefore(l.stateBefore) })), timeZone);
  await tx.reviewDay.deleteMany({ where: { userId } });
  if (totals.length) await tx.reviewDay.createMany({ data: totals.map((t) => ({ userId, ...t })) });
  return totals.length;
}
