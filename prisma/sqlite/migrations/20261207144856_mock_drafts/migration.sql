-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MockItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "timeLimitSec" INTEGER NOT NULL,
    "startedAt" DATETIME,
    "answeredAt" DATETIME,
    "timeUsedSec" INTEGER,
    "answer" TEXT,
    "draft" TEXT,
    "draftVersion" INTEGER NOT NULL DEFAULT 0,
    "checkedPoints" JSONB,
    "keyPointCount" INTEGER NOT NULL,
    "pitfallHit" BOOLEAN,
    "gradedAt" DATETIME,
    CONSTRAINT "MockItem_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MockItem" ("answer", "answeredAt", "checkedPoints", "gradedAt", "id", "keyPointCount", "mockId", "pitfallHit", "position", "questionId", "startedAt", "timeLimitSec", "timeUsedSec") SELECT "answer", "answeredAt", "checkedPoints", "gradedAt", "id", "keyPointCount", "mockId", "pitfallHit", "position", "questionId", "startedAt", "timeLimitSec", "timeUsedSec" FROM "MockItem";
DROP TABLE "MockItem";
ALTER TABLE "new_MockItem" RENAME TO "MockItem";
CREATE UNIQUE INDEX "MockItem_mockId_position_key" ON "MockItem"("mockId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
