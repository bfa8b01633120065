-- AlterTable
ALTER TABLE "MockInterview" ADD COLUMN     "projectId" TEXT;

-- AlterTable
ALTER TABLE "MockItem" ADD COLUMN     "probeId" TEXT,
ALTER COLUMN "questionId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "MentorProbe" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "rubric" JSONB NOT NULL,
    "redFlags" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MentorProbe_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TakeShare" (
    "userId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "mentorId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TakeShare_pkey" PRIMARY KEY ("userId","direction","mentorId")
);

-- CreateTable
CREATE TABLE "TakeComment" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TakeComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MentorProbe_projectId_createdAt_idx" ON "MentorProbe"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "TakeShare_mentorId_idx" ON "TakeShare"("mentorId");

-- CreateIndex
CREATE INDEX "TakeComment_userId_direction_createdAt_idx" ON "TakeComment"("userId", "direction", "createdAt");

-- CreateIndex
CREATE INDEX "MockInterview_projectId_idx" ON "MockInterview"("projectId");

-- AddForeignKey
ALTER TABLE "MockInterview" ADD CONSTRAINT "MockInterview_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MentorProbe" ADD CONSTRAINT "MentorProbe_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TakeShare" ADD CONSTRAINT "TakeShare_userId_direction_fkey" FOREIGN KEY ("userId", "direction") REFERENCES "DirectionTake"("userId", "direction") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TakeComment" ADD CONSTRAINT "TakeComment_userId_direction_fkey" FOREIGN KEY ("userId", "direction") REFERENCES "DirectionTake"("userId", "direction") ON DELETE CASCADE ON UPDATE CASCADE;
