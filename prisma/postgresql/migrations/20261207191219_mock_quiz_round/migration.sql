-- AlterTable
ALTER TABLE "MockInterview" ADD COLUMN     "quizEndedAt" TIMESTAMP(3),
ADD COLUMN     "quizLimitSec" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "quizStartedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "MockCheck" (
    "id" TEXT NOT NULL,
    "mockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "checkId" TEXT NOT NULL,
    "response" JSONB,
    "correct" BOOLEAN,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "MockCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "MockCheck_mockId_position_key" ON "MockCheck"("mockId", "position");

-- AddForeignKey
ALTER TABLE "MockCheck" ADD CONSTRAINT "MockCheck_mockId_fkey" FOREIGN KEY ("mockId") REFERENCES "MockInterview"("id") ON DELETE CASCADE ON UPDATE CASCADE;
