-- AlterTable
ALTER TABLE "Card" ADD COLUMN "checkId" TEXT;

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "faces" JSONB NOT NULL,
    "key" JSONB NOT NULL,
    "explainHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_StudySettings" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "desiredRetention" REAL NOT NULL DEFAULT 0.9,
    "newPerDay" INTEGER NOT NULL DEFAULT 10,
    "maxIntervalDays" INTEGER NOT NULL DEFAULT 365,
    "directions" JSONB NOT NULL,
    "levels" JSONB NOT NULL,
    "includeFormulas" BOOLEAN NOT NULL DEFAULT true,
    "includeChecks" BOOLEAN NOT NULL DEFAULT true,
    "interviewDate" DATETIME,
    "timeZone" TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StudySettings_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudySettings" ("desiredRetention", "directions", "includeFormulas", "interviewDate", "levels", "maxIntervalDays", "newPerDay", "timeZone", "updatedAt", "userId") SELECT "desiredRetention", "directions", "includeFormulas", "interviewDate", "levels", "maxIntervalDays", "newPerDay", "timeZone", "updatedAt", "userId" FROM "StudySettings";
DROP TABLE "StudySettings";
ALTER TABLE "new_StudySettings" RENAME TO "StudySettings";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Check_questionId_idx" ON "Check"("questionId");
