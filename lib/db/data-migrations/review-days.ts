/**
 * Per-day review totals (ReviewDay) for the reviews logged before they were kept, computed
 * from each user's log in their zone. New grades add to them as they are written.
 */
import { rebuildReviewDays } from "../../practice/review-day-store.ts";
import { DEFAULT_TIME_ZONE } from "../../time/zone.ts";
import type { DataMigration } from "./index.ts";

export const reviewDays: DataMigration = {
  id: "2026-12-review-days",
  async run(tx) {
    const users = await tx.reviewLog.groupBy({ by: ["userId"] });
    const zones = new Map((await tx.studySettings.findMany({ select: { userId: true, timeZone: true } })).map((s) => [s.userId, s.timeZone]));
    let days = 0;
    for (const { userId } of users) days += await rebuildReviewDays(tx, userId, zones.get(userId) ?? DEFAULT_TIME_ZONE);
    return days;
  },
};
