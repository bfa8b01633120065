/**
 * The daily new-card limit now counts first grades (CardState.introducedAt) instead of rows
 * created, since a bury or an undo can leave a row for a card still new. Existing rows were
 * all created by a first grade.
 */
import type { DataMigration } from "./index.ts";

export const introducedAt: DataMigration = {
  id: "2026-12-introduced-at",
  run: (tx) => tx.$executeRaw`UPDATE "CardState" SET "introducedAt" = "createdAt" WHERE "introducedAt" IS NULL AND "state" <> 0`,
};
