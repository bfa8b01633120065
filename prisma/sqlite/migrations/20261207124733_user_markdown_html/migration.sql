-- AlterTable
ALTER TABLE "AssignmentComment" ADD COLUMN "bodyHtml" TEXT;
ALTER TABLE "AssignmentComment" ADD COLUMN "editedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "candidateId" TEXT,
    "kind" TEXT NOT NULL,
    "planSlug" TEXT,
    "title" TEXT NOT NULL,
    "items" JSONB NOT NULL,
    "note" TEXT NOT NULL,
    "noteHtml" TEXT,
    "dueDate" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Assignment" ("candidateId", "cohortId", "createdAt", "dueDate", "id", "items", "kind", "note", "planSlug", "title") SELECT "candidateId", "cohortId", "createdAt", "dueDate", "id", "items", "kind", "note", "planSlug", "title" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE INDEX "Assignment_cohortId_idx" ON "Assignment"("cohortId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
