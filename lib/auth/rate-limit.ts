/**
 * Fixed-window counters in the database, so every app instance sees the same counts.
 * One upsert statement per hit: atomic on both dialects (SQLite ≥ 3.35 and PostgreSQL
 * both support INSERT … ON CONFLICT … RETURNING).
 */
import type { Db } from "../db/client.ts";

export type Window = { count: number; resetAt: number };

export async function hit(db: Db, key: string, windowMs: number, now = Date.now()): Promise<Window> {
  const cutoff = BigInt(now - windowMs);
  const start = BigInt(now);
  const rows = await db.$queryRaw<{ count: number | bigint; windowStart: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, ${start})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${start} ELSE "RateLimit"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0]!;
  return { count: Number(row.count), resetAt: Number(row.windowStart) + windowMs };
}

/** Current count in the window without adding to it. */
export async function peek(db: Db, key: string, windowMs: number, now = Date.now()): Promise<Window> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || Number(row.windowStart) <= now - windowMs) return { count: 0, resetAt: now + windowMs };
  return { count: row.count, resetAt: Number(row.windowStart) + windowMs };
}

export async function clear(db: Db, key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
