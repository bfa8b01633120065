-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN "undoes" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CardState" (
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "due" DATETIME NOT NULL,
    "stability" REAL NOT NULL,
    "difficulty" REAL NOT NULL,
    "elapsedDays" INTEGER NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "learningSteps" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" DATETIME,
    "version" INTEGER NOT NULL,
    "introducedAt" DATETIME,
    "suspended" BOOLEAN NOT NULL DEFAULT false,
    "buriedUntil" DATETIME,
    "flagged" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("userId", "cardId"),
    CONSTRAINT "CardState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CardState_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_CardState" ("cardId", "createdAt", "difficulty", "due", "elapsedDays", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId", "version") SELECT "cardId", "createdAt", "difficulty", "due", "elapsedDays", "lapses", "lastReview", "learningSteps", "reps", "scheduledDays", "stability", "state", "updatedAt", "userId", "version" FROM "CardState";
DROP TABLE "CardState";
ALTER TABLE "new_CardState" RENAME TO "CardState";
CREATE INDEX "CardState_userId_due_idx" ON "CardState"("userId", "due");
CREATE INDEX "CardState_userId_introducedAt_idx" ON "CardState"("userId", "introducedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
