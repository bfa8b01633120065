-- A plan's target date becomes the interview date it always was (study settings), where none is set.
UPDATE "StudySettings" SET "interviewDate" = (SELECT MIN(e."targetDate") FROM "PlanEnrollment" e WHERE e."userId" = "StudySettings"."userId") WHERE "interviewDate" IS NULL;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PlanEnrollment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "planSlug" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PlanEnrollment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_PlanEnrollment" ("id", "planSlug", "startedAt", "status", "updatedAt", "userId") SELECT "id", "planSlug", "startedAt", "status", "updatedAt", "userId" FROM "PlanEnrollment";
DROP TABLE "PlanEnrollment";
ALTER TABLE "new_PlanEnrollment" RENAME TO "PlanEnrollment";
CREATE UNIQUE INDEX "PlanEnrollment_userId_planSlug_key" ON "PlanEnrollment"("userId", "planSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
