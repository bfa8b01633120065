/**
 * Counters in the database, so every app instance sees the same counts. One upsert statement
 * per hit: atomic on both dialects (INSERT … ON CONFLICT … RETURNING, SQLite ≥ 3.35).
 * - fixed window: counts hits from the first one until `windowMs` has passed;
 * - sliding: counts hits until `windowMs` passes without one (failures "cool down").
 * Expired rows are deleted now and then, so attackers inventing keys cannot grow the table.
 */
import type { Db } from "../db/client.ts";

/** windowStart: the first hit of a fixed window, the latest hit of a sliding one. */
export type Counter = { count: number; windowStart: number; expiresAt: number };
export type Window = { windowMs: number; sliding?: boolean };

type Row = { count: number | bigint; windowStart: number | bigint; expiresAt: number | bigint };

const PRUNE_EVERY_MS = 60_000;
const lastPrune = new WeakMap<Db, number>();

export async function hit(db: Db, key: string, { windowMs, sliding = false }: Window, now = Date.now()): Promise<Counter> {
  await pruneNowAndThen(db, now);
  const t = BigInt(now);
  const cutoff = BigInt(now - windowMs);
  const expires = BigInt(now + windowMs);
  const rows = sliding
    ? await db.$queryRaw<Row[]>`
        INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt") VALUES (${key}, 1, ${t}, ${expires})
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimit"."expiresAt" <= ${t} THEN 1 ELSE "RateLimit"."count" + 1 END,
          "windowStart" = ${t},
          "expiresAt" = ${expires}
        RETURNING "count", "windowStart", "expiresAt"`
    : await db.$queryRaw<Row[]>`
        INSERT INTO "RateLimit" ("key", "count", "windowStart", "expiresAt") VALUES (${key}, 1, ${t}, ${expires})
        ON CONFLICT ("key") DO UPDATE SET
          "count" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN 1 ELSE "RateLimit"."count" + 1 END,
          "windowStart" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${t} ELSE "RateLimit"."windowStart" END,
          "expiresAt" = CASE WHEN "RateLimit"."windowStart" <= ${cutoff} THEN ${expires} ELSE "RateLimit"."expiresAt" END
        RETURNING "count", "windowStart", "expiresAt"`;
  const row = rows[0]!;
  return { count: Number(row.count), windowStart: Number(row.windowStart), expiresAt: Number(row.expiresAt) };
}

/** The counter as it stands, without adding to it (zero when expired). */
export async function peek(db: Db, key: string, now = Date.now()): Promise<Counter> {
  const row = await db.rateLimit.findUnique({ where: { key } });
  if (!row || Number(row.expiresAt) <= now) return { count: 0, windowStart: now, expiresAt: now };
  return { count: row.count, windowStart: Number(row.windowStart), expiresAt: Number(row.expiresAt) };
}

export async function clear(db: Db, keys: string[]): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: keys } } });
}

export async function clearPrefix(db: Db, prefix: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { startsWith: prefix } } });
}

/** Deletes expired counters, at most once a minute per process (cheap: an indexed range). */
export async function pruneNowAndThen(db: Db, now = Date.now()): Promise<number> {
  if (now - (lastPrune.get(db) ?? 0) < PRUNE_EVERY_MS) return 0;
  lastPrune.set(db, now);
  return (await db.rateLimit.deleteMany({ where: { expiresAt: { lte: BigInt(now) } } })).count;
}
