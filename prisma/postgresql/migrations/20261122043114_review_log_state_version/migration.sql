-- DropIndex
DROP INDEX "ReviewLog_userId_cardId_reviewedAt_idx";

-- AlterTable (hand-written backfill: existing logs are numbered per card in review order)
ALTER TABLE "ReviewLog" ADD COLUMN     "stateVersion" INTEGER;
UPDATE "ReviewLog" AS l SET "stateVersion" = n.v
FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "userId", "cardId" ORDER BY "reviewedAt", "id") AS v FROM "ReviewLog") AS n
WHERE l."id" = n."id";
ALTER TABLE "ReviewLog" ALTER COLUMN "stateVersion" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "ReviewLog_userId_cardId_stateVersion_key" ON "ReviewLog"("userId", "cardId", "stateVersion");
