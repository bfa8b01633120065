-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ReviewLog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "clientReviewId" TEXT NOT NULL,
    "stateVersion" INTEGER NOT NULL,
    "rating" INTEGER NOT NULL,
    "suggestedRating" INTEGER,
    "reviewedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "stateBefore" JSONB NOT NULL,
    "stateAfter" JSONB NOT NULL,
    "params" JSONB NOT NULL,
    "answer" TEXT,
    "checkedPoints" JSONB,
    "pitfallHit" BOOLEAN,
    CONSTRAINT "ReviewLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill (hand-written): existing logs are numbered per card in review order.
INSERT INTO "new_ReviewLog" ("answer", "cardId", "checkedPoints", "clientReviewId", "durationMs", "id", "params", "pitfallHit", "rating", "reviewedAt", "source", "stateAfter", "stateBefore", "suggestedRating", "userId", "stateVersion") SELECT "answer", "cardId", "checkedPoints", "clientReviewId", "durationMs", "id", "params", "pitfallHit", "rating", "reviewedAt", "source", "stateAfter", "stateBefore", "suggestedRating", "userId", ROW_NUMBER() OVER (PARTITION BY "userId", "cardId" ORDER BY "reviewedAt", "id") FROM "ReviewLog";
DROP TABLE "ReviewLog";
ALTER TABLE "new_ReviewLog" RENAME TO "ReviewLog";
CREATE INDEX "ReviewLog_userId_reviewedAt_idx" ON "ReviewLog"("userId", "reviewedAt");
CREATE UNIQUE INDEX "ReviewLog_userId_clientReviewId_key" ON "ReviewLog"("userId", "clientReviewId");
CREATE UNIQUE INDEX "ReviewLog_userId_cardId_stateVersion_key" ON "ReviewLog"("userId", "cardId", "stateVersion");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
