-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "checkId" TEXT;

-- AlterTable
ALTER TABLE "StudySettings" ADD COLUMN     "includeChecks" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Check" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "faces" JSONB NOT NULL,
    "key" JSONB NOT NULL,
    "explainHtml" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "retiredAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Check_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Check_questionId_idx" ON "Check"("questionId");
