-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "windowStart" BIGINT NOT NULL,
    "expiresAt" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "new_RateLimit" ("count", "key", "windowStart") SELECT "count", "key", "windowStart" FROM "RateLimit";
DROP TABLE "RateLimit";
ALTER TABLE "new_RateLimit" RENAME TO "RateLimit";
CREATE INDEX "RateLimit_expiresAt_idx" ON "RateLimit"("expiresAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
