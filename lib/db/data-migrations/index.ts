/**
 * Data migrations: rewrites of existing rows that SQL alone cannot do (they need a user's
 * time zone, say). Each runs once per database, inside one transaction with the row that
 * records it, after the schema migrations — so a crash leaves it undone, never half done,
 * and every later start (on any instance) skips it.
 */
import type { Db, Tx } from "../client.ts";
import { calendarDates } from "./calendar-dates.ts";
import { userMarkdownHtml } from "./user-markdown-html.ts";
import { reviewDays } from "./review-days.ts";
import { displayNames } from "./display-names.ts";
import { introducedAt } from "./introduced-at.ts";

export type { Tx };
export type DataMigration = { id: string; run: (tx: Tx) => Promise<number> };

/** In the order they were written; never reorder or edit one that shipped. */
export const DATA_MIGRATIONS: DataMigration[] = [calendarDates, userMarkdownHtml, reviewDays, displayNames, introducedAt];

export async function applyDataMigrations(db: Db, migrations = DATA_MIGRATIONS): Promise<{ id: string; changed: number }[]> {
  const done = new Set((await db.dataMigration.findMany({ select: { id: true } })).map((m) => m.id));
  const applied: { id: string; changed: number }[] = [];
  for (const migration of migrations) {
    if (done.has(migration.id)) continue;
    const changed = await db.$transaction(
      async (tx) => {
        // Another instance may have finished it while this one waited for the write lock.
        if (await tx.dataMigration.findUnique({ where: { id: migration.id } })) return null;
        const n = await migration.run(tx);
        await tx.dataMigration.create({ data: { id: migration.id, appliedAt: new Date(), changed: n } });
        return n;
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    if (changed !== null) applied.push({ id: migration.id, changed });
  }
  return applied;
}
