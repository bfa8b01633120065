-- CreateTable
CREATE TABLE "MockCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "checkId" TEXT NOT NULL,
    "response" JSONB,
    "correct" BOOLEAN,
    "answeredAt" DATETIME,
    CONSTRAINT "MockCheck_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MockInterview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "config" JSONB NOT NULL,
    "quizLimitSec" INTEGER NOT NULL DEFAULT 0,
    "quizStartedAt" DATETIME,
    "quizEndedAt" DATETIME,
    CONSTRAINT "MockInterview_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_MockInterview" ("config", "createdAt", "finishedAt", "id", "userId") SELECT "config", "createdAt", "finishedAt", "id", "userId" FROM "MockInterview";
DROP TABLE "MockInterview";
ALTER TABLE "new_MockInterview" RENAME TO "MockInterview";
CREATE INDEX "MockInterview_userId_createdAt_idx" ON "MockInterview"("userId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "MockCheck_mockId_position_key" ON "MockCheck"("mockId", "position");
