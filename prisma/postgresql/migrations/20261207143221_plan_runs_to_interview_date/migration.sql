-- A plan's target date becomes the interview date it always was (study settings), where none is set.
UPDATE "StudySettings" SET "interviewDate" = (SELECT MIN(e."targetDate") FROM "PlanEnrollment" e WHERE e."userId" = "StudySettings"."userId") WHERE "interviewDate" IS NULL;

-- AlterTable
ALTER TABLE "PlanEnrollment" DROP COLUMN "targetDate";
