-- DropIndex
DROP INDEX "CardState_userId_createdAt_idx";

-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "buriedUntil" TIMESTAMP(3),
ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "introducedAt" TIMESTAMP(3),
ADD COLUMN     "suspended" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "undoes" TEXT;

-- CreateIndex
CREATE INDEX "CardState_userId_introducedAt_idx" ON "CardState"("userId", "introducedAt");
