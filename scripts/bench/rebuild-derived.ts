/**
 * For bench:usage: after it seeds review logs with raw inserts, make what the app derives from
 * them (per-day totals), as a real history would have built them grade by grade.
 */
import { createDb } from "../../lib/db/client.ts";
import { rebuildReviewDays } from "../../lib/practice/review-day-store.ts";
import { DEFAULT_TIME_ZONE } from "../../lib/time/zone.ts";

const db = createDb(process.env.DATABASE_URL!);
const started = performance.now();
const users = await db.reviewLog.groupBy({ by: ["userId"] });
let days = 0;
for (const { userId } of users) days += await rebuildReviewDays(db, userId, DEFAULT_TIME_ZONE);
await db.$disconnect();
console.log(`rebuilt ${days} review days for ${users.length} users in ${((performance.now() - started) / 1000).toFixed(1)} s`);
